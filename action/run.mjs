#!/usr/bin/env node
// The GitHub Action's step (action.yml): runs the built CLI with the runner's Node.
//   annotations + job summary:  go-doctor check --format github --fail-on $INPUT_FAIL_ON [--policy $INPUT_POLICY] $INPUT_ARGS
//   SARIF (when asked):         go-doctor check --format sarif --output $INPUT_SARIF_FILE --fail-on never
// Writes exit-code (and sarif-file) to $GITHUB_OUTPUT and exits with the check's exit code.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.cjs');
const env = process.env;

/** Splits the args input like a shell would for simple cases: whitespace, '…' and "…" quoting. */
function splitArgs(text) {
  const out = [];
  let cur = null;
  let q = null;
  for (const c of text) {
    if (q) {
      if (c === q) q = null;
      else cur += c;
    } else if (c === "'" || c === '"') {
      q = c;
      cur ??= '';
    } else if (/\s/.test(c)) {
      if (cur !== null) out.push(cur);
      cur = null;
    } else cur = (cur ?? '') + c;
  }
  if (q) throw new Error(`unbalanced ${q} in the args input`);
  if (cur !== null) out.push(cur);
  return out;
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

let args;
try {
  args = splitArgs(env.INPUT_ARGS ?? '');
} catch (err) {
  console.log(`::error title=go-doctor action::${err.message}`);
  process.exit(2);
}
const failOn = (env.INPUT_FAIL_ON ?? '').trim() || 'error';
const policy = (env.INPUT_POLICY ?? '').trim();
if (policy !== '') args = ['--policy', policy, ...args];
const childEnv = { ...env };
if ((env.INPUT_SUMMARY ?? 'true').trim().toLowerCase() === 'false') delete childEnv.GITHUB_STEP_SUMMARY;

const main = spawnSync(process.execPath, [cli, 'check', '--format', 'github', '--fail-on', failOn, ...args], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: childEnv,
});
const code = main.status ?? 2;

const sarif = (env.INPUT_SARIF_FILE ?? '').trim();
if (sarif !== '') {
  delete childEnv.GITHUB_STEP_SUMMARY;
  const s = spawnSync(
    process.execPath,
    [cli, 'check', '--format', 'sarif', '--output', sarif, ...args, '--fail-on', 'never'],
    { stdio: ['ignore', 'ignore', 'inherit'], env: childEnv },
  );
  if (s.status !== 0)
    console.log(`::warning title=go-doctor action::could not write the SARIF file ${sarif}`);
  else output('sarif-file', sarif);
}
output('exit-code', String(code));
process.exit(code);
