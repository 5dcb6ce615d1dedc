#!/usr/bin/env node
// Writes src/checks/_lib/goflags-table.ts: for each installed Go release, every flag name that $GOFLAGS may
// name, and how each common go command parses it. Usage:
//
//   node scripts/gen-goflags.mjs [GOROOT...]
//
// Without arguments the releases are found like the test suite finds them (GO_DOCTOR_TEST_GOROOTS, else
// /usr/lib/go-1.NN and /usr/local/go). For each release:
//
//   1. Candidates: every string literal that names a flag in a flag definition under $GOROOT/src/cmd/go
//      (Bool/String/Int/Duration/Var/Func… calls on a FlagSet), the keys of the passFlagToTest and
//      passAnalyzersToVet tables, and "test." + each passFlagToTest key.
//   2. Confirmation with the real go (GOTOOLCHAIN=local, GOENV=off, GOPROXY=off, a temp module):
//      `GOFLAGS=-NAME=x go version` fails with "go: parsing $GOFLAGS: unknown flag -NAME" exactly when
//      no go subcommand knows the flag (base.InitGOFLAGS → hasFlag(Go, name)). Only confirmed names are
//      kept; a made-up name is run as a control.
//   3. For each command in COMMANDS and each confirmed flag, how the command parses it
//      (base.SetFromGOFLAGS), again by running it on a package that does not exist, so nothing is built:
//        `GOFLAGS=-NAME`        "flag needs an argument: -NAME (from $GOFLAGS)"     → takes a value
//        `GOFLAGS=-NAME=zzzq`   "invalid boolean value "zzzq" for flag -NAME"        → boolean
//      For a boolean flag, `-NAME=` and `-NAME=auto` are tried too (-buildvcs accepts both). For a flag
//      with a value, `-NAME=zzzq`, `-NAME=1` and `-NAME=1s` tell whether the flag's Set checks the value
//      ("invalid value … for flag -NAME"): an integer, a duration, or some other checked value.
//   4. Whether $GOFLAGS is split with quoted.Split (quotes group words) or strings.Fields: whether
//      `GOFLAGS="'-mod=mod'" go version` is accepted.
//
// The table is committed; rerun this script when a new Go release is installed, and commit the result.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src', 'checks', '_lib', 'goflags-table.ts');

/** The commands whose parsing is recorded, in the order of the per-flag code strings. */
const COMMANDS = [
  { key: 'mod download', args: ['mod', 'download'] },
  { key: 'build', args: ['build', './nonexistent-pkg'] },
  { key: 'test', args: ['test', './nonexistent-pkg'] },
  { key: 'install', args: ['install', './nonexistent-pkg'] },
  { key: 'run', args: ['run', './nonexistent-pkg'] },
  { key: 'list', args: ['list', './nonexistent-pkg'] },
  { key: 'vet', args: ['vet', './nonexistent-pkg'] },
  { key: 'get', args: ['get', 'example.invalid/nonexistent@v0.0.0'] },
];

const CONCURRENCY = Number(process.env.GEN_GOFLAGS_JOBS ?? 2);

function versionOf(goroot) {
  try {
    const first = readFileSync(path.join(goroot, 'VERSION'), 'utf8').split('\n')[0].trim();
    const m = /^go(\d+\.\d+(?:\.\d+)?)/.exec(first);
    return m ? m[1] : null;
  } catch {
    return null;
  }
}

function findRoots() {
  const args = process.argv.slice(2);
  if (args.length > 0) return args;
  const override = process.env.GO_DOCTOR_TEST_GOROOTS;
  if (override) return override.split(path.delimiter).filter(Boolean);
  const roots = [];
  try {
    for (const n of readdirSync('/usr/lib')) if (/^go-1\.\d+$/.test(n)) roots.push(path.join('/usr/lib', n));
  } catch {
    // none
  }
  if (existsSync('/usr/local/go')) roots.push('/usr/local/go');
  return roots;
}

function cmpVersion(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function walk(dir, files = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'testdata') continue;
      walk(p, files);
    } else if (e.name.endsWith('.go') && !e.name.endsWith('_test.go')) files.push(p);
  }
  return files;
}

const DEF_RE =
  /\.(?:Bool|BoolVar|BoolFunc|String|StringVar|Int|IntVar|Int64|Int64Var|Uint|UintVar|Uint64|Uint64Var|Float64|Float64Var|Duration|DurationVar|Var|Func|TextVar)\(([^\n]*)/g;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Step 1: flag names the source defines (over-approximated; step 2 confirms). */
function candidates(goroot) {
  const dir = path.join(goroot, 'src', 'cmd', 'go');
  const names = new Set();
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(DEF_RE)) {
      const lit = /"([^"\\]*)"/.exec(m[1] ?? '');
      if (lit && NAME_RE.test(lit[1]) && !lit[1].endsWith('.')) names.add(lit[1]);
    }
    if (file.endsWith(path.join('internal', 'test', 'flagdefs.go'))) {
      const block = /var passFlagToTest = map\[string\]bool\{([\s\S]*?)\n\}/.exec(text);
      for (const m of (block?.[1] ?? '').matchAll(/"([^"]+)":\s*true/g)) {
        names.add(m[1]);
        names.add(`test.${m[1]}`);
      }
      const vet = /var passAnalyzersToVet = map\[string\]bool\{([\s\S]*?)\n\}/.exec(text);
      for (const m of (vet?.[1] ?? '').matchAll(/"([^"]+)":\s*true/g)) names.add(m[1]);
    }
  }
  return [...names].sort();
}

function runGo(release, args, goflags, cwd) {
  return new Promise((resolve) => {
    const env = {
      PATH: `${path.join(release.goroot, 'bin')}:/usr/bin:/bin`,
      HOME: release.home,
      GOENV: 'off',
      GOTOOLCHAIN: 'local',
      GOPROXY: 'off',
      GOSUMDB: 'off',
      GOWORK: 'off',
      GO111MODULE: 'on',
      GOPATH: path.join(release.tmp, 'gopath'),
      GOCACHE: path.join(release.tmp, 'cache'),
      GOFLAGS: goflags,
    };
    const child = spawn(release.go, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      if (stderr.length < 8192) stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

async function pool(items, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

/** A fresh module directory per probe, so nothing a probe writes (go.mod edits, trace files) leaks. */
function freshModule(release) {
  const d = mkdtempSync(path.join(release.tmp, 'm-'));
  writeFileSync(path.join(d, 'go.mod'), 'module example.test/probe\n\ngo 1.19\n');
  return d;
}

async function probe(release, cmd, goflags) {
  const d = freshModule(release);
  try {
    return await runGo(release, cmd.args, goflags, d);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Step 3 for one command: '.' absent, 'b' boolean, 's' any value, 'i' integer, 'd' duration, 'p' per-package
 * flags, 'c' checked some other way.
 */
async function classify(release, cmd, name) {
  const from = '\\(from \\$GOFLAGS\\)';
  const bare = await probe(release, cmd, `-${name}`);
  if (new RegExp(`flag needs an argument: -${esc(name)} ${from}`).test(bare.stderr)) {
    const rejection = async (v) => {
      const re = new RegExp(`invalid value "${esc(v)}" for flag -${esc(name)} ${from}: (.*)`);
      const m = re.exec((await probe(release, cmd, `-${name}=${v}`)).stderr);
      return m ? m[1] : null;
    };
    const rejects = async (v) => (await rejection(v)) !== null;
    const z = await rejection('zzzq');
    if (z === null) return { code: 's' };
    // Per-package flags (-gcflags, -ldflags, …): load.PerPackageFlag wants "-flags" or "pattern=flags".
    if (/missing =<value> in <pattern>=<value>/.test(z)) return { code: 'p' };
    let code = 'c';
    if (!(await rejects('1'))) code = 'i';
    else if (!(await rejects('1s'))) code = 'd';
    // A number or duration only if the usual words are refused too (-shuffle takes on, off or N).
    if (code !== 'c') {
      for (const w of ['on', 'off', 'auto', 'true', 'false', 'all', 'none']) {
        if (!(await rejects(w))) return { code: 'c' };
      }
    }
    return { code };
  }
  const badBool = (v, stderr) =>
    new RegExp(`invalid boolean value "${esc(v)}" for flag -${esc(name)} ${from}`).test(stderr);
  const z = await probe(release, cmd, `-${name}=zzzq`);
  if (!badBool('zzzq', z.stderr)) return { code: '.' };
  const extra = [];
  for (const v of ['', 'auto']) {
    const r = await probe(release, cmd, `-${name}=${v}`);
    if (!badBool(v, r.stderr)) extra.push(v);
  }
  return { code: 'b', extra };
}

async function generate(goroot) {
  const version = versionOf(goroot);
  const go = path.join(goroot, 'bin', 'go');
  if (!version || !existsSync(go)) return null;
  const tmp = mkdtempSync(path.join(os.tmpdir(), `gen-goflags-${version}-`));
  const home = path.join(tmp, 'home');
  mkdirSync(home);
  const release = { version, goroot, go, tmp, home };
  try {
    const version0 = { key: 'version', args: ['version'] };
    const names = candidates(goroot);
    const control = await probe(release, version0, '-zz-not-a-go-flag=x');
    if (!/unknown flag -zz-not-a-go-flag/.test(control.stderr))
      throw new Error(`go${version}: the control flag was not reported unknown: ${control.stderr}`);
    const known = (
      await pool(names, async (n) => {
        const r = await probe(release, version0, `-${n}=x`);
        return new RegExp(`unknown flag -${esc(n)}(\\s|$)`).test(r.stderr) ? null : n;
      })
    ).filter((n) => n !== null);
    const quotedProbe = await probe(release, version0, "'-mod=mod'");
    const quoted = !/non-flag/.test(quotedProbe.stderr);
    const flags = {};
    const boolExtra = {};
    const jobs = known.flatMap((n) => COMMANDS.map((c) => ({ n, c })));
    const results = await pool(jobs, ({ n, c }) => classify(release, c, n));
    for (const n of known) flags[n] = '';
    jobs.forEach(({ n }, i) => {
      const r = results[i];
      flags[n] += r.code;
      if (r.code === 'b' && r.extra.length > 0) {
        const prev = boolExtra[n];
        if (prev && JSON.stringify(prev) !== JSON.stringify(r.extra))
          throw new Error(`go${version}: -${n} accepts different values in different commands`);
        boolExtra[n] = r.extra;
      }
    });
    process.stderr.write(
      `go${version}: ${names.length} candidates, ${known.length} known flags, quoted=${quoted}\n`,
    );
    return { version, quoted, flags, boolExtra, candidates: names.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const byVersion = new Map();
for (const r of findRoots()) {
  const v = versionOf(r);
  if (v && !byVersion.has(v)) byVersion.set(v, r);
}
const versions = [...byVersion.keys()].sort(cmpVersion);
if (versions.length === 0) {
  process.stderr.write('gen-goflags: no Go release found\n');
  process.exit(1);
}
const releases = [];
for (const v of versions) {
  const r = await generate(byVersion.get(v));
  if (r) releases.push(r);
}

const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** An object key as the formatter (biome) writes it: bare when it is an identifier. */
const key = (s) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? s : q(s));
const lines = [
  '// Generated by scripts/gen-goflags.mjs. Do not edit; rerun the script with the Go releases installed:',
  '//   node scripts/gen-goflags.mjs [GOROOT...]',
  '// Flag names were taken from the flag definitions in $GOROOT/src/cmd/go and each was confirmed with the',
  '// real go command (GOFLAGS=-NAME=x go version must not say "unknown flag"); how each command parses it',
  '// was found by running that command with GOFLAGS=-NAME, -NAME=zzzq, -NAME=1, -NAME=1s (see the script).',
  `// Releases: ${releases.map((r) => `go${r.version}`).join(', ')} (${process.platform}/${process.arch}).`,
  '',
  '/** The commands, in the order of the letters of each flag code. */',
  'export const GOFLAGS_COMMANDS = [',
  ...COMMANDS.map((c) => `  ${q(c.key)},`),
  '] as const;',
  '',
  '/**',
  ' * Per command: "." the command does not define the flag (go skips it), "b" boolean, "s" takes any value,',
  ' * "i" an integer, "d" a duration, "p" per-package flags ("-flags" or "pattern=flags"), "c" a value the',
  ' * flag checks in some other way.',
  ' */',
  'export interface GoflagsRelease {',
  '  version: string;',
  '  /** $GOFLAGS is split with quoted.Split (quotes group words); otherwise with strings.Fields. */',
  '  quoted: boolean;',
  '  /** Every flag name that some go subcommand defines, with one letter per GOFLAGS_COMMANDS entry. */',
  '  flags: Readonly<Record<string, string>>;',
  '  /** Boolean flags that accept more than strconv.ParseBool does. */',
  '  boolExtra: Readonly<Record<string, readonly string[]>>;',
  '}',
  '',
  'export const GOFLAGS_TABLE: readonly GoflagsRelease[] = [',
];
for (const r of releases) {
  lines.push('  {');
  lines.push(`    version: ${q(r.version)},`);
  lines.push(`    quoted: ${r.quoted},`);
  lines.push('    flags: {');
  for (const [n, code] of Object.entries(r.flags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    lines.push(`      ${key(n)}: ${q(code)},`);
  lines.push('    },');
  const extras = Object.entries(r.boolExtra).sort(([a], [b]) => (a < b ? -1 : 1));
  lines.push(
    `    boolExtra: {${extras.map(([n, v]) => ` ${key(n)}: [${v.map(q).join(', ')}]`).join(',')}${extras.length ? ' ' : ''}},`,
  );
  lines.push('  },');
}
lines.push('];', '');
writeFileSync(out, lines.join('\n'));
process.stderr.write(`wrote ${path.relative(root, out)}\n`);
