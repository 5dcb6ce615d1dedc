/** One entry point for every report format. Pure. */
import { allChecks } from '../checks/index.js';
import type { AnyCheck } from '../core/check.js';
import type { FailOn } from '../core/findings.js';
import type { Lang } from '../i18n/lang.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { CheckReport } from './model.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** text: colour (default false), every check (default false), ASCII glyphs. */
  color?: boolean;
  verbose?: boolean;
  ascii?: boolean;
  /** junit: the severity that fails a test case (default error). */
  failOn?: FailOn;
  /** The words the report itself adds (headings, summary); messages were localized by buildReport. */
  lang?: Lang;
  /** sarif: the checks that ran, for rule metadata (default: every check of `go-doctor check`). */
  checks?: readonly AnyCheck[];
}

export function render(report: CheckReport, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, {
        color: options.color ?? false,
        verbose: options.verbose ?? false,
        ascii: options.ascii ?? false,
        ...(options.lang ? { lang: options.lang } : {}),
      });
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, options.lang);
    case 'sarif':
      return renderSarif(report, {
        checks: options.checks ?? allChecks,
        ...(options.lang ? { lang: options.lang } : {}),
      });
    case 'junit':
      return renderJunit(report, {
        failOn: options.failOn ?? 'error',
        ...(options.lang ? { lang: options.lang } : {}),
      });
    case 'github':
      return renderGithub(report, options.lang);
  }
}
