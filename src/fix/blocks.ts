/**
 * Text editing for go-doctor fix, pure: the marked block (`# >>> go-doctor >>>` … `# <<< go-doctor <<<`)
 * that holds everything go-doctor adds to a file, one line per key so that applying twice changes
 * nothing; neutralising a line that sets something; and unified diffs.
 */
import type { Syntax } from '../shells/startup.js';

export const BLOCK_BEGIN = '# >>> go-doctor >>>';
export const BLOCK_END = '# <<< go-doctor <<<';
const BLOCK_NOTE = '# Added by go-doctor fix; "go-doctor fix --undo" restores the previous file.';

/** A text file as lines, remembering its line ending and whether it ended with one. */
export interface TextFile {
  lines: string[];
  eol: '\n' | '\r\n';
  finalNewline: boolean;
}

export function splitText(text: string | null): TextFile {
  if (text === null || text === '') return { lines: [], eol: '\n', finalNewline: true };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const finalNewline = text.endsWith('\n');
  const body = finalNewline ? text.slice(0, text.endsWith('\r\n') ? -2 : -1) : text;
  return { lines: body.split(/\r?\n/), eol, finalNewline };
}

export function joinText(f: TextFile): string {
  if (f.lines.length === 0) return '';
  return f.lines.join(f.eol) + (f.finalNewline ? f.eol : '');
}

/** Where the go-doctor block is (0-based line indexes of its markers), or null. */
export function findBlock(lines: readonly string[]): { begin: number; end: number } | null {
  const begin = lines.findIndex((l) => l.trim() === BLOCK_BEGIN);
  if (begin < 0) return null;
  for (let i = begin + 1; i < lines.length; i++) if (lines[i]?.trim() === BLOCK_END) return { begin, end: i };
  return null;
}

/** The block's content lines (without markers and the note). */
export function blockLines(lines: readonly string[]): string[] {
  const b = findBlock(lines);
  if (!b) return [];
  return lines.slice(b.begin + 1, b.end).filter((l) => l !== BLOCK_NOTE);
}

/**
 * Replaces the block's content (keeping its place), appends a new block at the end, or removes the
 * block when content is empty. Returns the new lines.
 */
export function withBlock(lines: readonly string[], content: readonly string[]): string[] {
  const b = findBlock(lines);
  const block = content.length === 0 ? [] : [BLOCK_BEGIN, BLOCK_NOTE, ...content, BLOCK_END];
  if (b) {
    // A block removed from the end of a file takes the blank line that set it apart with it.
    const before =
      block.length === 0 && b.end === lines.length - 1 && b.begin > 0 && lines[b.begin - 1]?.trim() === ''
        ? b.begin - 1
        : b.begin;
    return [...lines.slice(0, before), ...block, ...lines.slice(b.end + 1)];
  }
  if (block.length === 0) return [...lines];
  const out = [...lines];
  if (out.length > 0 && out[out.length - 1]?.trim() !== '') out.push('');
  out.push(...block);
  return out;
}

export const REMOVED_MARK = 'go-doctor fix removed:';

/**
 * The line that replaces one go-doctor takes out. POSIX shells get a `:` no-op so an `if … then`
 * whose only command this was stays valid; fish and PowerShell accept empty blocks, so a comment does.
 */
export function neutralised(line: string, syntax: Syntax): string {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const body = line.trim();
  if (syntax === 'posix') return `${indent}: # ${REMOVED_MARK} ${body}`;
  return `${indent}# ${REMOVED_MARK} ${body}`;
}

// ---------------------------------------------------------------------------------------------------
// Unified diff

type Op = { t: ' ' | '-' | '+'; s: string };

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  // Trim the common head and tail, then an LCS table over the rest (startup files are small).
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const A = a.slice(head, a.length - tail);
  const B = b.slice(head, b.length - tail);
  const n = A.length;
  const m = B.length;
  const ops: Op[] = a.slice(0, head).map((s) => ({ t: ' ', s }));
  if (n * m > 4_000_000) {
    for (const s of A) ops.push({ t: '-', s });
    for (const s of B) ops.push({ t: '+', s });
  } else {
    const L = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        L[i * (m + 1) + j] =
          A[i] === B[j]
            ? (L[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
            : Math.max(L[(i + 1) * (m + 1) + j] ?? 0, L[i * (m + 1) + j + 1] ?? 0);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && A[i] === B[j]) {
        ops.push({ t: ' ', s: A[i] ?? '' });
        i++;
        j++;
      } else if (i < n && (j >= m || (L[(i + 1) * (m + 1) + j] ?? 0) >= (L[i * (m + 1) + j + 1] ?? 0))) {
        ops.push({ t: '-', s: A[i] ?? '' });
        i++;
      } else {
        ops.push({ t: '+', s: B[j] ?? '' });
        j++;
      }
    }
  }
  for (const s of a.slice(a.length - tail)) ops.push({ t: ' ', s });
  return ops;
}

/** A unified diff (3 lines of context) from before (null: file does not exist) to after. */
export function unifiedDiff(file: string, before: string | null, after: string | null, context = 3): string {
  const a = before === null ? [] : splitText(before).lines;
  const b = after === null ? [] : splitText(after).lines;
  const ops = lcsOps(a, b);
  const out: string[] = [
    `--- ${before === null ? '/dev/null' : `a${file.startsWith('/') ? '' : '/'}${file}`}`,
  ];
  out.push(`+++ ${after === null ? '/dev/null' : `b${file.startsWith('/') ? '' : '/'}${file}`}`);
  const changed = ops.map((o) => o.t !== ' ');
  let k = 0;
  let hunks = 0;
  while (k < ops.length) {
    if (!changed[k]) {
      k++;
      continue;
    }
    let start = Math.max(0, k - context);
    let end = k;
    // extend while changes are within 2*context of each other
    for (;;) {
      let next = end;
      while (next < ops.length && changed[next]) next++;
      let gap = next;
      while (gap < ops.length && !changed[gap] && gap - next < 2 * context) gap++;
      if (gap < ops.length && changed[gap] && gap - next < 2 * context) {
        end = gap;
        continue;
      }
      end = Math.min(ops.length, next + context);
      break;
    }
    // line numbers
    let aLine = 1;
    let bLine = 1;
    for (let i = 0; i < start; i++) {
      if (ops[i]?.t !== '+') aLine++;
      if (ops[i]?.t !== '-') bLine++;
    }
    const slice = ops.slice(start, end);
    const aLen = slice.filter((o) => o.t !== '+').length;
    const bLen = slice.filter((o) => o.t !== '-').length;
    out.push(`@@ -${aLen === 0 ? aLine - 1 : aLine},${aLen} +${bLen === 0 ? bLine - 1 : bLine},${bLen} @@`);
    for (const o of slice) out.push(`${o.t}${o.s}`);
    hunks++;
    k = end;
    start = end;
  }
  if (hunks === 0) return '';
  return `${out.join('\n')}\n`;
}
