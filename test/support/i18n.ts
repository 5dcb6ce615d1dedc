/**
 * Translation checks that run wherever findings are made in tests: runCheck (test/support/facts.ts)
 * formats every finding of every check unit test in zh-CN too and fails on the problems found here, so
 * each translation runs on the same data as the English message it stands for.
 */
import type { Finding } from '../../src/core/findings.js';

const CJK = /[\u3400-\u9fff]/;

/** The "quoted" spans of a text (go's own messages are quoted this way and must survive translation). */
export function quotedSpans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"\n]*)"/g)) if (m[1] !== undefined && m[1] !== '') out.push(m[1]);
  return out;
}

/** What is wrong with a translated finding compared with the English one made from the same data. */
export function translationProblems(en: Finding, zh: Finding): string[] {
  const where = `${en.id}/${en.code}`;
  const problems: string[] = [];
  if (/\(message failed: /.test(zh.message)) problems.push(`${where}: zh-CN message threw: ${zh.message}`);
  if (!CJK.test(zh.message)) problems.push(`${where}: zh-CN message has no Chinese: ${zh.message}`);
  if ((en.why ?? '') !== '' && !CJK.test(zh.why ?? ''))
    problems.push(`${where}: zh-CN why has no Chinese: ${zh.why}`);
  const zhText = `${zh.message}\n${zh.why ?? ''}`;
  for (const span of quotedSpans(`${en.message}\n${en.why ?? ''}`)) {
    if (!zhText.includes(span)) problems.push(`${where}: zh-CN text lost the quoted "${span}"`);
  }
  en.fixes.forEach((f, i) => {
    const z = zh.fixes[i];
    if (f.fix.kind !== 'advice') return;
    if (f.fix.key === undefined) problems.push(`${where}: advice fix without a key: ${f.text}`);
    else if (z && z.text !== f.text && !CJK.test(z.text))
      problems.push(`${where}: advice ${f.fix.key}: ${z.text}`);
    else if (z && z.text === f.text && /[a-z]{3,} [a-z]{3,} [a-z]{3,}/.test(f.text))
      problems.push(`${where}: advice ${f.fix.key} is not translated: ${f.text}`);
  });
  return problems;
}
