/**
 * The library's one-call entry: collect this machine's facts (or take given ones), run every check (with
 * a repo policy when given) and build the report that render() turns into any format.
 */
import { allChecks } from './checks/index.js';
import { type CollectOptions, collectFacts } from './collect/index.js';
import type { Facts } from './core/facts.js';
import type { Policy } from './core/policy.js';
import { runChecks } from './core/run.js';
import { loadLang } from './i18n/index.js';
import type { Lang } from './i18n/lang.js';
import { buildReport, type CheckReport } from './report/model.js';
import type { ShellName } from './report/shell.js';
import { VERSION } from './version.js';

export interface DiagnoseOptions extends CollectOptions {
  /** Check these facts (e.g. a saved snapshot) instead of collecting. */
  facts?: Facts;
  /** Only these check ids / all but these. */
  only?: readonly string[];
  ignore?: readonly string[];
  /** A repo policy (see loadPolicy / findPolicy). */
  policy?: Policy | null;
  /** Shell syntax for fix commands (default: the user's shell). */
  shell?: ShellName;
  /** Language of messages, why and fix texts (default English). */
  lang?: Lang;
}

export async function diagnose(options: DiagnoseOptions = {}): Promise<CheckReport> {
  if (options.lang) await loadLang(options.lang);
  const facts = options.facts ?? (await collectFacts(options));
  const start = performance.now();
  const { results, context } = runChecks(allChecks, facts, {
    only: options.only ?? [],
    ignore: options.ignore ?? [],
    policy: options.policy ?? null,
  });
  return buildReport({
    facts,
    results,
    context,
    checks: allChecks,
    toolVersion: VERSION,
    checkMs: performance.now() - start,
    policyFile: options.policy?.file ?? null,
    ...(options.shell ? { shell: options.shell } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  });
}
