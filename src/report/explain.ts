/**
 * Renders `go-doctor explain`: text (one aligned block per variable, coloured like the check report) and
 * the JSON contract (docs/explain.md). Pure: colour is decided by the caller; values arrive redacted.
 */
import { styleText } from 'node:util';
import type { ExplainedLayer, ExplainedVar, Explanation } from '../core/explain.js';
import { ui as enUi, type Ui } from '../i18n/en/ui.js';
import { type Lang, localizer } from '../i18n/index.js';
import { displayWidth, padEndDisplay } from './width.js';

type Style = Parameters<typeof styleText>[0];

export const EXPLAIN_SCHEMA_VERSION = 1;

export interface ExplainTextOptions {
  color: boolean;
  toolVersion: string;
  /** Language of the text (default English; load it first with loadLang). */
  lang?: Lang;
}

function painter(color: boolean) {
  return (style: Style, text: string): string =>
    color ? styleText(style, text, { validateStream: false }) : text;
}

function where(l: { file?: string; line?: number }): string {
  if (!l.file) return '';
  return l.line !== undefined ? `${l.file}:${l.line}` : l.file;
}

type Words = Ui['explain'];

function sourceText(w: Words, source: ExplainedLayer['source'], l: { file?: string; line?: number }): string {
  switch (source) {
    case 'env':
      return w.source.env;
    case 'envfile':
      return w.source.envfile({ at: where(l) });
    case 'goroot':
      return w.source.goroot({ at: where(l) });
    default:
      return w.source.default;
  }
}

function layerText(w: Words, name: string, l: ExplainedLayer): string {
  const layer = w.layer({ name, value: l.value, source: sourceText(w, l.source, l) });
  return l.note ? w.layerWithNote({ layer, note: w.layerNote(l.note) }) : layer;
}

export function renderExplainText(e: Explanation, options: ExplainTextOptions): string {
  const paint = painter(options.color);
  const ui = localizer(options.lang).ui;
  const w = ui.explain;
  const lines: string[] = [];
  const head = w.head({ version: e.goVersion, os: e.os, arch: e.arch });
  lines.push(`${paint('bold', `go-doctor ${options.toolVersion} explain`)} · ${head}`);
  if (!e.goAnswered) lines.push(paint('yellow', w.noAnswer({ error: e.goError ?? null })));
  if (e.origin) lines.push(paint('dim', w.factsFrom({ origin: e.origin })));
  lines.push('');
  const width = Math.max(0, ...e.vars.map((v) => v.name.length));
  const pad = ' '.repeat(width + 3);
  const labelWidth = Math.max(9, ...Object.values(w.labels).map((l) => displayWidth(l) + 1));
  const label = (text: string) => paint('dim', padEndDisplay(text, labelWidth));
  for (const v of e.vars) {
    const value = v.value === '' ? paint('dim', w.empty) : v.value;
    lines.push(`${paint('bold', v.name.padEnd(width))} = ${value}`);
    lines.push(
      `${pad}${label(w.labels.from)}${paint('cyan', sourceText(w, v.source, v))}${v.confirmed ? '' : paint('dim', w.predicted({ goAnswered: e.goAnswered }))}`,
    );
    if (v.derivation) lines.push(`${pad}${label(w.labels.derived)}${w.derivation(v.derivation)}`);
    for (const s of v.shadowed)
      lines.push(`${pad}${label(w.labels.shadows)}${paint('yellow', layerText(w, v.name, s))}`);
    for (const s of v.ignored)
      lines.push(`${pad}${label(w.labels.ignored)}${paint('yellow', layerText(w, v.name, s))}`);
    for (const n of v.notes) lines.push(`${pad}${label(w.labels.note)}${w.note(n, ui.phrase)}`);
    if (v.modelDisagrees) {
      const model = v.modelDisagrees.model === '' ? w.empty : v.modelDisagrees.model;
      lines.push(`${pad}${label(w.labels.model)}${paint('red', w.modelDisagrees({ model }))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderExplainJson(e: Explanation, toolVersion: string): string {
  const out = {
    schemaVersion: EXPLAIN_SCHEMA_VERSION,
    tool: { name: 'go-doctor', version: toolVersion },
    goVersion: e.goVersion,
    os: e.os,
    arch: e.arch,
    goAnswered: e.goAnswered,
    ...(e.goError !== undefined ? { goError: e.goError } : {}),
    vars: e.vars.map((v: ExplainedVar) => ({
      name: v.name,
      value: v.value,
      source: v.source,
      ...(v.file !== undefined ? { file: v.file } : {}),
      ...(v.line !== undefined ? { line: v.line } : {}),
      shadowed: v.shadowed,
      ignored: v.ignored,
      ...(v.derivation !== undefined ? { derivation: v.derivation } : {}),
      notes: v.notes.map((n) => enUi.explain.note(n)),
      confirmed: v.confirmed,
      ...(v.modelDisagrees ? { modelDisagrees: v.modelDisagrees } : {}),
    })),
    ...(e.origin !== undefined ? { origin: e.origin } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
