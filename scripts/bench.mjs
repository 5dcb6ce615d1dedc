#!/usr/bin/env node
// npm run bench: median wall time of `go-doctor check` against the floor of `node -e ''` plus one
// `go env -json`, measured alternately in the same run, printed as a ratio (target: at most 1.3x).
//
//   node scripts/bench.mjs [--runs N] [--json]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.cjs');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '21' }, json: { type: 'boolean', default: false } },
});
const runs = Math.max(3, Number(values.runs) || 21);

function time(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const goProbe = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' });
if (goProbe.error || goProbe.status !== 0) {
  console.error('bench: needs a go command on PATH');
  process.exit(2);
}

// Warm up the file cache and the go binary once.
time(process.execPath, [cli, 'check']);
time(process.execPath, ['-e', '']);
time('go', ['env', '-json']);

const check = [];
const node = [];
const goenv = [];
for (let i = 0; i < runs; i++) {
  // Alternate the order so drift in machine load hits both sides alike.
  if (i % 2 === 0) {
    check.push(time(process.execPath, [cli, 'check']));
    node.push(time(process.execPath, ['-e', '']));
    goenv.push(time('go', ['env', '-json']));
  } else {
    node.push(time(process.execPath, ['-e', '']));
    goenv.push(time('go', ['env', '-json']));
    check.push(time(process.execPath, [cli, 'check']));
  }
}
const floors = node.map((n, i) => n + (goenv[i] ?? 0));
const result = {
  runs,
  checkMs: Math.round(median(check) * 10) / 10,
  floorMs: Math.round(median(floors) * 10) / 10,
  nodeMs: Math.round(median(node) * 10) / 10,
  goEnvMs: Math.round(median(goenv) * 10) / 10,
};
result.ratio = Math.round((result.checkMs / result.floorMs) * 100) / 100;
if (values.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(
    `go-doctor check: median ${result.checkMs} ms over ${runs} runs; floor (node -e '' ${result.nodeMs} ms + go env -json ${result.goEnvMs} ms): median ${result.floorMs} ms; ratio ${result.ratio}x (target <= 1.3x)`,
  );
}
