#!/usr/bin/env node
// npm run bench: median wall time of `go-doctor check` against the floor of `node -e ''` plus one
// `go env -json`, measured alternately in the same run, printed as a ratio (target: at most 1.3x).
// Then `go-doctor du` on a module cache of 100k+ files (scripts/du-tree.mjs builds it once under the
// temp directory) against `du -sb` of the same tree: the walker alone and the whole command, each as a
// ratio of medians (target: at most 1.5x).
//
//   node scripts/bench.mjs [--runs N] [--du-runs N] [--skip-du] [--json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.cjs');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    'du-runs': { type: 'string', default: '7' },
    'skip-du': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const runs = Math.max(3, Number(values.runs) || 21);

function time(cmd, args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'], ...(env ? { env } : {}) });
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

if (!values['skip-du']) {
  const { ensureModCacheTree } = await import('./du-tree.mjs');
  const esbuild = await import('esbuild');
  const goroot = goProbe.stdout.trim();
  const tree = ensureModCacheTree(goroot);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-bench-du-'));
  try {
    // The walker alone, bundled from source: node start-up plus walkSizeParallel(tree) with the default
    // worker pool (what go-doctor du uses).
    const walker = path.join(tmp, 'walk.mjs');
    await esbuild.build({
      stdin: {
        contents: `import { WalkPool, walkSizeParallel } from './src/collect/walk-parallel.ts';\nconst pool = new WalkPool();\nconst r = await walkSizeParallel(process.argv[2], pool);\nawait pool.close();\nif (r.files === 0) process.exit(1);\n`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: walker,
      logLevel: 'warning',
    });
    // The whole command: GOMODCACHE is the tree; GOCACHE and GOPATH are empty temp directories.
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      XDG_CONFIG_HOME: tmp,
      GOPATH: path.join(tmp, 'gopath'),
      GOCACHE: path.join(tmp, 'gocache'),
      GOMODCACHE: tree,
      GOTOOLCHAIN: 'local',
      GOTELEMETRY: 'off',
    };
    const duRuns = Math.max(3, Number(values['du-runs']) || 7);
    const du = [];
    const walk = [];
    const cmd = [];
    time('du', ['-sb', tree]);
    time(process.execPath, [walker, tree]);
    for (let i = 0; i < duRuns; i++) {
      const order = [
        () => du.push(time('du', ['-sb', tree])),
        () => walk.push(time(process.execPath, [walker, tree])),
        () => cmd.push(time(process.execPath, [cli, 'du', '--format', 'json'], env)),
      ];
      for (let k = 0; k < order.length; k++) order[(i + k) % order.length]();
    }
    const r1 = (x) => Math.round(x * 10) / 10;
    result.du = {
      runs: duRuns,
      tree,
      duMs: r1(median(du)),
      walkMs: r1(median(walk)),
      commandMs: r1(median(cmd)),
    };
    result.du.walkRatio = Math.round((result.du.walkMs / result.du.duMs) * 100) / 100;
    result.du.commandRatio = Math.round((result.du.commandMs / result.du.duMs) * 100) / 100;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (values.json) {
  console.log(JSON.stringify(result));
} else {
  console.log(
    `go-doctor check: median ${result.checkMs} ms over ${runs} runs; floor (node -e '' ${result.nodeMs} ms + go env -json ${result.goEnvMs} ms): median ${result.floorMs} ms; ratio ${result.ratio}x (target <= 1.3x)`,
  );
  if (result.du) {
    const d = result.du;
    console.log(
      `go-doctor du: module cache of 100k+ files (${d.tree}), medians over ${d.runs} alternated runs: du -sb ${d.duMs} ms; walker ${d.walkMs} ms, ratio ${d.walkRatio}x; go-doctor du --format json ${d.commandMs} ms, ratio ${d.commandRatio}x (target <= 1.5x)`,
    );
  }
}
