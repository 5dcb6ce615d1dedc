/**
 * Reading data-only config files (the repo policy) into nodes that remember their line, so that every
 * error can name file, line and key. YAML is read as a strict subset: block mappings and sequences,
 * flow sequences of scalars ([a, b]), plain, 'single' and "double" quoted scalars, comments. Every scalar
 * is a string (so `on`, `0` and `1.22` mean what they say, not YAML 1.1 booleans or floats); anchors,
 * aliases, tags, block scalars and multiple documents are refused. JSON is read with JSON.parse and
 * mapped to the same nodes. Pure.
 */
import { type PolicyProblem, problemText } from '../i18n/en/ui-policyFile.js';

export type DataNode =
  | { kind: 'map'; line: number; entries: { key: string; line: number; value: DataNode }[] }
  | { kind: 'seq'; line: number; items: DataNode[] }
  | { kind: 'scalar'; line: number; value: string };

/** A problem at a line of a data file; `problem` says it for any language (src/i18n ui.policyFile). */
export class DataFileError extends Error {
  constructor(
    readonly line: number,
    readonly problem: PolicyProblem,
  ) {
    super(problemText(problem));
  }
}

interface Line {
  n: number;
  indent: number;
  text: string;
}

/** Removes a comment (# after whitespace or at the start, outside quotes). */
function stripComment(s: string): string {
  let q: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) {
        if (q === "'" && s[i + 1] === "'") i++;
        else q = null;
      } else if (c === '\\' && q === '"') i++;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[,-]/.test(s[i - 1] ?? '')) q = c;
    } else if (c === '#' && (i === 0 || /\s/.test(s[i - 1] ?? ''))) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

function scalar(raw: string, line: number): string {
  const s = raw.trim();
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2)
      throw new DataFileError(line, { key: 'unterminatedDouble', data: { text: s } });
    try {
      return JSON.parse(s) as string;
    } catch {
      throw new DataFileError(line, { key: 'badEscape', data: { text: s } });
    }
  }
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2)
      throw new DataFileError(line, { key: 'unterminatedSingle', data: { text: s } });
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (/^[&*!|>%@`]/.test(s)) throw new DataFileError(line, { key: 'anchor', data: { char: s[0] ?? '' } });
  return s;
}

/** Splits "key: value" at the first ": " (or a final ":") outside quotes; null when it is not a pair. */
function splitPair(s: string): { key: string; rest: string } | null {
  let q: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\\' && q === '"') i++;
    } else if ((c === '"' || c === "'") && i === 0) q = c;
    else if (c === ':' && (i === s.length - 1 || s[i + 1] === ' ')) {
      return { key: s.slice(0, i).trim(), rest: s.slice(i + 1).trim() };
    }
  }
  return null;
}

function flowSeq(s: string, line: number): DataNode {
  const inner = s.slice(1, -1).trim();
  if (inner === '') return { kind: 'seq', line, items: [] };
  const items: DataNode[] = [];
  let cur = '';
  let q: string | null = null;
  for (const c of inner) {
    if (q) {
      cur += c;
      if (c === q) q = null;
    } else if (c === '"' || c === "'") {
      q = c;
      cur += c;
    } else if (c === '[' || c === '{') throw new DataFileError(line, { key: 'nestedFlow', data: {} });
    else if (c === ',') {
      items.push({ kind: 'scalar', line, value: scalar(cur, line) });
      cur = '';
    } else cur += c;
  }
  items.push({ kind: 'scalar', line, value: scalar(cur, line) });
  return { kind: 'seq', line, items };
}

function value(rest: string, line: number): DataNode {
  if (rest.startsWith('[')) {
    if (!rest.endsWith(']')) throw new DataFileError(line, { key: 'unterminatedList', data: { text: rest } });
    return flowSeq(rest, line);
  }
  if (rest.startsWith('{')) throw new DataFileError(line, { key: 'flowMapping', data: {} });
  return { kind: 'scalar', line, value: scalar(rest, line) };
}

export function parseYaml(text: string): DataNode {
  const lines: Line[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] ?? '';
    const n = i + 1;
    if (/^\s*(#.*)?$/.test(t)) continue;
    if (/^(---|\.\.\.)\s*$/.test(t)) {
      if (lines.length === 0 && t.startsWith('---')) continue;
      throw new DataFileError(n, { key: 'multipleDocuments', data: {} });
    }
    const lead = /^[ \t]*/.exec(t)?.[0] ?? '';
    if (lead.includes('\t')) throw new DataFileError(n, { key: 'tabs', data: {} });
    const body = stripComment(t.slice(lead.length));
    if (body === '') continue;
    lines.push({ n, indent: lead.length, text: body });
  }
  if (lines.length === 0) return { kind: 'map', line: 1, entries: [] };
  let pos = 0;

  function block(indent: number): DataNode {
    const first = lines[pos] as Line;
    if (first.text === '-' || first.text.startsWith('- ')) return seq(indent);
    return map(indent);
  }

  function nested(parentIndent: number): DataNode | null {
    const next = lines[pos];
    if (!next || next.indent <= parentIndent) return null;
    return block(next.indent);
  }

  function map(indent: number): DataNode {
    const node: DataNode = { kind: 'map', line: (lines[pos] as Line).n, entries: [] };
    const seen = new Set<string>();
    while (pos < lines.length) {
      const l = lines[pos] as Line;
      if (l.indent < indent) break;
      if (l.indent > indent) throw new DataFileError(l.n, { key: 'unexpectedIndent', data: {} });
      if (l.text.startsWith('- ') || l.text === '-')
        throw new DataFileError(l.n, { key: 'listItem', data: {} });
      const pair = splitPair(l.text);
      if (!pair) throw new DataFileError(l.n, { key: 'expectedPair', data: { text: l.text } });
      const key = scalar(pair.key, l.n);
      if (key === '') throw new DataFileError(l.n, { key: 'emptyKey', data: {} });
      if (seen.has(key)) throw new DataFileError(l.n, { key: 'duplicateKey', data: { key } });
      seen.add(key);
      pos++;
      let v: DataNode;
      if (pair.rest === '') v = nested(indent) ?? { kind: 'scalar', line: l.n, value: '' };
      else v = value(pair.rest, l.n);
      node.entries.push({ key, line: l.n, value: v });
    }
    return node;
  }

  function seq(indent: number): DataNode {
    const node: DataNode = { kind: 'seq', line: (lines[pos] as Line).n, items: [] };
    while (pos < lines.length) {
      const l = lines[pos] as Line;
      if (l.indent < indent) break;
      if (l.indent > indent) throw new DataFileError(l.n, { key: 'unexpectedIndent', data: {} });
      if (!(l.text === '-' || l.text.startsWith('- '))) break;
      const rest = l.text.slice(1).trim();
      pos++;
      if (rest === '') {
        node.items.push(nested(indent) ?? { kind: 'scalar', line: l.n, value: '' });
      } else if (splitPair(rest) && !rest.startsWith('"') && !rest.startsWith("'")) {
        // "- key: value" starts a mapping whose further keys are indented to the key's column.
        lines.splice(pos, 0, { n: l.n, indent: indent + 2, text: rest });
        node.items.push(map(indent + 2));
      } else node.items.push(value(rest, l.n));
    }
    return node;
  }

  const root = block(lines[0]?.indent ?? 0);
  const extra = lines[pos];
  if (extra) throw new DataFileError(extra.n, { key: 'unexpectedLine', data: { text: extra.text } });
  return root;
}

/** The line on which `"key"` first appears as a JSON key at or after a position (best effort). */
function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export function parseJsonData(text: string): DataNode {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
    throw new DataFileError(m ? lineOf(text, Number(m[1])) : 1, {
      key: 'notJson',
      data: { error: (err as Error).message },
    });
  }
  // Lines of keys are found by scanning for each "key": in document order.
  let cursor = 0;
  const keyLine = (key: string): number => {
    const needle = `${JSON.stringify(key)}`;
    const re = new RegExp(`${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'g');
    re.lastIndex = cursor;
    const m = re.exec(text);
    if (!m) return 1;
    cursor = m.index + m[0].length;
    return lineOf(text, m.index);
  };
  const conv = (v: unknown, line: number): DataNode => {
    if (Array.isArray(v)) return { kind: 'seq', line, items: v.map((x) => conv(x, line)) };
    if (v !== null && typeof v === 'object') {
      const entries: { key: string; line: number; value: DataNode }[] = [];
      for (const [k, x] of Object.entries(v)) {
        const l = keyLine(k);
        entries.push({ key: k, line: l, value: conv(x, l) });
      }
      return { kind: 'map', line, entries };
    }
    return { kind: 'scalar', line, value: v === null ? '' : String(v) };
  };
  return conv(data, 1);
}
