/**
 * Renders `go-doctor explain`: text (one aligned block per variable, coloured like the check report) and
 * the JSON contract (docs/explain.md). Pure: colour is decided by the caller; values arrive redacted.
 */
import { styleText } from 'node:util';
import type { ExplainedLayer, ExplainedVar, Explanation } from '../core/explain.js';

type Style = Parameters<typeof styleText>[0];

export const EXPLAIN_SCHEMA_VERSION = 1;

export interface ExplainTextOptions {
  color: boolean;
  toolVersion: string;
}

function painter(color: boolean) {
  return (style: Style, text: string): string =>
    color ? styleText(style, text, { validateStream: false }) : text;
}

function where(l: { file?: string; line?: number }): string {
  if (!l.file) return '';
  return l.line !== undefined ? `${l.file}:${l.line}` : l.file;
}

function sourceText(source: ExplainedLayer['source'], l: { file?: string; line?: number }): string {
  const at = where(l);
  switch (source) {
    case 'env':
      return 'the environment';
    case 'envfile':
      return at ? `the go env -w file (${at})` : 'the go env -w file';
    case 'goroot':
      return at ? `$GOROOT/go.env (${at})` : '$GOROOT/go.env';
    default:
      return 'the default';
  }
}

function shown(value: string): string {
  return value === '' ? '(empty)' : value;
}

function layerText(name: string, l: ExplainedLayer): string {
  const base = `${name}=${l.value}${l.value === '' ? ' (empty)' : ''} in ${sourceText(l.source, l)}`;
  return l.note ? `${base}: ${l.note}` : base;
}

export function renderExplainText(e: Explanation, options: ExplainTextOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  const head = e.goVersion ? `go${e.goVersion} ${e.os}/${e.arch}` : `go (version unknown) ${e.os}/${e.arch}`;
  lines.push(`${paint('bold', `go-doctor ${options.toolVersion} explain`)} · ${head}`);
  if (!e.goAnswered)
    lines.push(
      paint(
        'yellow',
        `go env did not answer (${e.goError ?? 'unknown reason'}): the values below are predicted`,
      ),
    );
  if (e.origin) lines.push(paint('dim', `facts from: ${e.origin}`));
  lines.push('');
  const width = Math.max(0, ...e.vars.map((v) => v.name.length));
  const pad = ' '.repeat(width + 3);
  const label = (text: string) => paint('dim', text.padEnd(9));
  for (const v of e.vars) {
    const value = v.value === '' ? paint('dim', '(empty)') : v.value;
    lines.push(`${paint('bold', v.name.padEnd(width))} = ${value}`);
    lines.push(
      `${pad}${label('from')}${paint('cyan', sourceText(v.source, v))}${v.confirmed ? '' : paint('dim', e.goAnswered ? " (predicted; not in go's answer)" : ' (predicted)')}`,
    );
    if (v.derivation) lines.push(`${pad}${label('derived')}${v.derivation}`);
    for (const s of v.shadowed)
      lines.push(`${pad}${label('shadows')}${paint('yellow', layerText(v.name, s))}`);
    for (const s of v.ignored)
      lines.push(`${pad}${label('ignored')}${paint('yellow', layerText(v.name, s))}`);
    for (const n of v.notes) lines.push(`${pad}${label('note')}${n}`);
    if (v.modelDisagrees)
      lines.push(
        `${pad}${label('model')}${paint('red', `go-doctor's model predicted ${shown(v.modelDisagrees.model)}; go's own answer is shown`)}`,
      );
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
      notes: v.notes,
      confirmed: v.confirmed,
      ...(v.modelDisagrees ? { modelDisagrees: v.modelDisagrees } : {}),
    })),
    ...(e.origin !== undefined ? { origin: e.origin } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
