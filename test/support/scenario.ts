/**
 * The real-go scenario harness. Each scenario builds a broken or healthy Go setup in a temp dir (its own
 * HOME, PATH, environment, go.mod, files), runs the real go command for ground truth, runs go-doctor on
 * the same environment, and the suite asserts that they agree: go-doctor reports an error iff a probe
 * command fails, naming the right variable.
 *
 * A "world" per Go release holds what scenarios share: a file:// module proxy with example.test/dep,
 * a warm build cache (reached through XDG_CACHE_HOME, so GOCACHE itself stays unset), and the go.sum
 * lines of the template module.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allChecks } from '../../src/checks/index.js';
import { collectFacts } from '../../src/collect/index.js';
import type { RawFinding, Severity } from '../../src/core/check.js';
import { type ExplainedVar, explain } from '../../src/core/explain.js';
import type { Facts } from '../../src/core/facts.js';
import { runChecks } from '../../src/core/run.js';
import type { SettingSource } from '../../src/core/settings.js';
import { compare } from '../../src/core/version.js';
import type { Release } from './releases.js';
import { makeZip } from './zip.js';

export const MODULE = 'example.test/hello';
export const DEP = 'example.test/dep';

export const TEMPLATE: Record<string, string> = {
  'go.mod': `module ${MODULE}\n\ngo 1.19\n\nrequire ${DEP} v1.0.0\n`,
  'main.go': `package main\n\nimport (\n\t"fmt"\n\t"net"\n\n\t"${DEP}"\n)\n\nfunc main() { fmt.Println(dep.Hello(), net.ParseIP("127.0.0.1")) }\n`,
  'main_test.go': 'package main\n\nimport "testing"\n\nfunc TestHello(t *testing.T) {}\n',
};

function depFiles(version: string): Record<string, string> {
  const prefix = `${DEP}@${version}/`;
  return {
    [`${prefix}go.mod`]: `module ${DEP}\n\ngo 1.19\n`,
    [`${prefix}dep.go`]: `package dep\n\n// Hello says hello.\nfunc Hello() string { return "hello ${version}" }\n`,
  };
}

export interface World {
  release: Release;
  root: string;
  proxyDir: string;
  proxyUrl: string;
  /** XDG_CACHE_HOME whose go-build holds a warm cache for this release. */
  xdgCache: string;
  goSum: string;
  template: string;
  /** Kept between runs (GO_DOCTOR_REUSE_WORLDS). */
  reused?: boolean;
}

export function writeProxy(dir: string): void {
  const base = path.join(dir, DEP, '@v');
  mkdirSync(base, { recursive: true });
  const versions = ['v1.0.0', 'v1.1.0'];
  writeFileSync(path.join(base, 'list'), `${versions.join('\n')}\n`);
  for (const v of versions) {
    writeFileSync(path.join(base, `${v}.info`), JSON.stringify({ Version: v, Time: '2024-01-01T00:00:00Z' }));
    writeFileSync(path.join(base, `${v}.mod`), `module ${DEP}\n\ngo 1.19\n`);
    writeFileSync(path.join(base, `${v}.zip`), makeZip(depFiles(v)));
  }
}

export function baseEnv(world: World, home: string, cwd: string): Record<string, string> {
  return {
    // $HOME/go/bin is go install's default target; a tidy setup has it on PATH.
    PATH: `${world.release.goroot}/bin:${home}/go/bin:/usr/bin:/bin`,
    HOME: home,
    XDG_CACHE_HOME: world.xdgCache,
    GOPROXY: world.proxyUrl,
    PWD: cwd,
  };
}

/** Runs go without blocking the event loop (scenarios run concurrently in one worker). */
function run(
  go: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 300_000,
  uid?: number,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const ids = uid === undefined ? {} : { uid, gid: uid };
    const child = spawn(go, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ status: null, stdout, stderr: `${stderr}${String(err)}` });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

export async function createWorld(release: Release): Promise<World> {
  if (process.env.GO_DOCTOR_REUSE_WORLDS) {
    const final = path.join(os.tmpdir(), 'go-doctor-worlds', release.version);
    const marker = path.join(final, 'world.json');
    if (existsSync(marker)) {
      const w = JSON.parse(readFileSync(marker, 'utf8')) as World;
      return { ...w, reused: true };
    }
    const fresh = await buildWorld(release, path.dirname(final));
    try {
      renameSync(fresh.root, final);
    } catch {
      // another run made it first
      removeTree(fresh.root);
      return { ...(JSON.parse(readFileSync(marker, 'utf8')) as World), reused: true };
    }
    const moved = relocateWorld(fresh, final);
    writeFileSync(marker, JSON.stringify(moved));
    return { ...moved, reused: true };
  }
  return await buildWorld(release, os.tmpdir());
}

function relocateWorld(w: World, root: string): World {
  const swap = (p: string) => path.join(root, path.relative(w.root, p));
  return {
    ...w,
    root,
    proxyDir: swap(w.proxyDir),
    proxyUrl: `file://${swap(w.proxyDir)}`,
    xdgCache: swap(w.xdgCache),
    template: swap(w.template),
  };
}

async function buildWorld(release: Release, parent: string): Promise<World> {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, `gd-world-${release.version}-`));
  const proxyDir = path.join(root, 'proxy');
  writeProxy(proxyDir);
  const xdgCache = path.join(root, 'xdg-cache');
  mkdirSync(xdgCache, { recursive: true });
  const template = path.join(root, 'template');
  mkdirSync(template);
  for (const [f, c] of Object.entries(TEMPLATE)) writeFileSync(path.join(template, f), c);
  const world: World = {
    release,
    root,
    proxyDir,
    proxyUrl: `file://${proxyDir}`,
    xdgCache,
    goSum: '',
    template,
  };
  const warmHome = path.join(root, 'warm-home');
  mkdirSync(warmHome);
  const env = { ...baseEnv(world, warmHome, template), GONOSUMDB: 'example.test', GOFLAGS: '-mod=mod' };
  const dl = await run(release.go, ['mod', 'download', '-json', `${DEP}@v1.0.0`], env, template);
  if (dl.status !== 0) throw new Error(`world setup: go mod download failed: ${dl.stderr}${dl.stdout}`);
  const info = JSON.parse(dl.stdout) as { Sum: string; GoModSum: string };
  world.goSum = `${DEP} v1.0.0 ${info.Sum}\n${DEP} v1.0.0/go.mod ${info.GoModSum}\n`;
  writeFileSync(path.join(template, 'go.sum'), world.goSum);
  const warmEnv = baseEnv(world, warmHome, template);
  for (const args of [
    ['build', './...'],
    ['test', './...'],
    ['vet', './...'],
  ]) {
    const r = await run(release.go, args, warmEnv, template);
    if (r.status !== 0) throw new Error(`world setup: go ${args.join(' ')} failed: ${r.stderr}`);
  }
  return world;
}

export function destroyWorld(world: World): void {
  if (!world.reused) removeTree(world.root);
}

export function removeTree(dir: string): void {
  // The module cache is read-only; make it writable so a non-root user can delete it.
  try {
    execFileSync('chmod', ['-R', 'u+w', dir], { stdio: 'ignore' });
  } catch {
    // best effort
  }
  // Go 1.23+ may leave a detached telemetry process writing under $HOME for a moment: retry, and never
  // let clean-up decide a scenario's outcome.
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (err) {
    process.stderr.write(`scenario clean-up: could not remove ${dir}: ${String(err)}\n`);
  }
}

// ---------------------------------------------------------------------------------------------------

export interface Probe {
  name: string;
  /** "$DIR" in an argument stands for the scenario's temp dir. */
  args: string[];
  /** Run as this uid (and gid) instead of the test's user; needs root. The scenario dir is opened to it. */
  uid?: number;
  /**
   * Run `go ARGS` through this shell command line instead of directly (e.g. ['bash', '-lc'] or
   * ['/usr/bin/env', 'PATH=/usr/bin:/bin', 'zsh', '-c']), to see what go does in that shell context.
   */
  shell?: string[];
  /** Not one of the common go commands of this context: does not count towards goFails (see Expectation.observed). */
  observe?: boolean;
}

export const PROBES = {
  download: { name: 'mod download', args: ['mod', 'download'] },
  build: { name: 'build', args: ['build', './...'] },
  test: { name: 'test', args: ['test', './...'] },
  install: { name: 'install', args: ['install', '.'] },
  /** Downloads a version that is not in go.sum, so the checksum database is consulted. */
  fetchNew: { name: 'mod download (new)', args: ['mod', 'download', `${DEP}@v1.1.0`] },
  run: { name: 'run', args: ['run', '.'] },
} satisfies Record<string, Probe>;

/** What every scenario runs unless it says otherwise: the common go commands. */
export const STANDARD_PROBES: Probe[] = [PROBES.download, PROBES.build, PROBES.test, PROBES.install];

export interface Expectation {
  /** Whether the probes must fail (a sanity check that the scenario really breaks, or does not break, go). */
  goFails: boolean;
  /** Check ids that must report at exactly this severity. */
  errors?: string[];
  warnings?: string[];
  infos?: string[];
  /** Check ids that must report nothing. */
  absent?: string[];
  /** When go fails, an error finding must name one of these variables. */
  vars?: string[];
  /** go's own output must match (documents the message the check is built on). */
  stderr?: RegExp;
  /** go-doctor must report nothing above info (a setup that looks odd but is fine). */
  quiet?: boolean;
  /**
   * Why the probes fail although go-doctor must report no error: the probe itself is at fault (it mixes a
   * link and a resolved path), or it shows a later consequence of a warning (another user's run).
   */
  failsWithoutError?: string;
  /**
   * `go-doctor explain` over the same facts: the layer each named variable comes from, and the layers
   * it must list as shadowed / ignored (by source, in order). The model must also agree with go's value.
   */
  explain?: Record<string, { source: SettingSource; shadowed?: SettingSource[]; ignored?: SettingSource[] }>;
  /** What observe-only probes (other shell contexts) must do: fail or succeed, and print (stdout+stderr). */
  observed?: { probe: string; fails: boolean; output?: RegExp }[];
}

export interface Setup {
  world: World;
  version: string;
  /** The scenario's temp dir. */
  dir: string;
  home: string;
  /** The module directory (template copied, with go.sum). */
  mod: string;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Timeout for go-doctor's subprocesses. */
  doctorTimeoutMs: number;
  /** Timeout for each probe. */
  probeTimeoutMs: number;
  write(rel: string, content: string, mode?: number): string;
  mkdir(rel: string): string;
  symlink(target: string, rel: string): string;
  /** Appends KEY=VALUE lines to the default go env file ($HOME/.config/go/env). */
  goEnvFile(lines: Record<string, string>): string;
  /** Makes a directory read-only for everyone, root included (read-only bind mount), or skips. */
  readOnly(dir: string): void;
  /** Mounts a tmpfs at dir with options (e.g. noexec, size=1m), or skips the scenario. */
  tmpfs(dir: string, options: string): void;
  skip(reason: string): void;
  /** Lines of go.mod after the module line, replacing the go line. */
  setGoLine(line: string): void;
}

export interface Scenario {
  name: string;
  about: string;
  /** Releases it applies to (inclusive since, exclusive before). */
  go?: { since?: string; before?: string };
  setup?: (s: Setup) => void;
  probes?: Probe[];
  expect: Expectation | ((version: string) => Expectation);
  /** Extra agreement checks over the outcome (e.g. go-doctor's startup analysis vs what a shell printed). */
  verify?: (o: Outcome) => string[];
}

export interface ProbeResult {
  name: string;
  args: string[];
  status: number | null;
  stderr: string;
  stdout?: string;
  observe?: boolean;
  shell?: string[];
}

export interface Outcome {
  scenario: string;
  version: string;
  skipped?: string;
  probes: ProbeResult[];
  goFailed: boolean;
  findings: RawFinding[];
  crashed: string[];
  facts: Facts | null;
  expectation: Expectation;
  /** explain() over the facts, for the variables the expectation names. */
  explained?: ExplainedVar[];
  /** Problems found by the scenario's verify(). */
  verified?: string[];
}

function lookGo(env: Record<string, string | undefined>): string | null {
  for (const d of (env.PATH ?? '').split(':')) {
    if (!d) continue;
    const p = path.resolve(d, 'go');
    try {
      const s = statSync(p);
      if (s.isFile() && (s.mode & 0o111) !== 0) return p;
    } catch {
      // next
    }
  }
  return null;
}

function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

export function applies(s: Scenario, version: string): boolean {
  if (s.go?.since && compare(version, s.go.since) < 0) return false;
  if (s.go?.before && compare(version, s.go.before) >= 0) return false;
  return true;
}

export async function runScenario(world: World, scenario: Scenario): Promise<Outcome> {
  const version = world.release.version;
  const expectation = typeof scenario.expect === 'function' ? scenario.expect(version) : scenario.expect;
  const dir = mkdtempSync(path.join(world.root, `${scenario.name}-`));
  const home = path.join(dir, 'home');
  const mod = path.join(dir, 'work');
  mkdirSync(home);
  cpSync(world.template, mod, { recursive: true });
  const mounts: string[] = [];
  let skipped: string | undefined;
  const s: Setup = {
    world,
    version,
    dir,
    home,
    mod,
    env: baseEnv(world, home, mod),
    cwd: mod,
    doctorTimeoutMs: 20_000,
    probeTimeoutMs: 300_000,
    write(rel, content, mode) {
      const p = path.resolve(dir, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, content);
      if (mode !== undefined) chmodSync(p, mode);
      return p;
    },
    mkdir(rel) {
      const p = path.resolve(dir, rel);
      mkdirSync(p, { recursive: true });
      return p;
    },
    symlink(target, rel) {
      const p = path.resolve(dir, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      symlinkSync(target, p);
      return p;
    },
    goEnvFile(lines) {
      const p = path.join(home, '.config', 'go', 'env');
      mkdirSync(path.dirname(p), { recursive: true });
      const text = Object.entries(lines)
        .map(([k, v]) => `${k}=${v}\n`)
        .join('');
      writeFileSync(p, text, { flag: 'a' });
      return p;
    },
    readOnly(target) {
      mkdirSync(target, { recursive: true });
      if (process.getuid?.() !== 0) {
        chmodSync(target, 0o555);
        return;
      }
      const a = spawnSync('mount', ['--bind', target, target], { stdio: 'ignore' });
      if (a.status !== 0) return s.skip('cannot bind-mount (need root with CAP_SYS_ADMIN)');
      mounts.push(target);
      const b = spawnSync('mount', ['-o', 'remount,bind,ro', target], { stdio: 'ignore' });
      if (b.status !== 0) s.skip('cannot remount read-only');
    },
    tmpfs(target, options) {
      mkdirSync(target, { recursive: true });
      const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target], { stdio: 'ignore' });
      if (r.status !== 0) return s.skip(`cannot mount tmpfs (${options}); needs root`);
      mounts.push(target);
    },
    skip(reason) {
      skipped ??= reason;
    },
    setGoLine(line) {
      const text = TEMPLATE['go.mod']?.replace('go 1.19\n', `${line}\n`) ?? '';
      writeFileSync(path.join(mod, 'go.mod'), text);
    },
  };
  try {
    scenario.setup?.(s);
    if (skipped) {
      return {
        scenario: scenario.name,
        version,
        skipped,
        probes: [],
        goFailed: false,
        findings: [],
        crashed: [],
        facts: null,
        expectation,
      };
    }
    // PWD follows the working directory, unless the scenario unset it or set it to something else.
    if (s.env.PWD === mod) s.env.PWD = s.cwd;
    const env = cleanEnv(s.env);
    const go = lookGo(env);
    const probes: ProbeResult[] = [];
    for (const p of scenario.probes ?? STANDARD_PROBES) {
      if (p.shell) {
        const [cmd, ...rest] = p.shell;
        const line = ['go', ...p.args]
          .map((a) => (/^[\w./@:=-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))
          .join(' ');
        const r = await run(cmd ?? 'sh', [...rest, line], env, s.cwd, s.probeTimeoutMs);
        const res: ProbeResult = {
          name: p.name,
          args: p.args,
          status: r.status,
          stderr: r.stderr.slice(0, 4000),
          stdout: r.stdout.slice(0, 4000),
        };
        if (p.observe) res.observe = true;
        res.shell = p.shell;
        probes.push(res);
        continue;
      }
      if (!go) {
        probes.push({ name: p.name, args: p.args, status: 127, stderr: 'go: command not found' });
        continue;
      }
      const args = p.args.map((a) => a.replaceAll('$DIR', dir));
      if (p.uid !== undefined) {
        chmodSync(world.root, 0o711);
        chmodSync(dir, 0o755);
      }
      const r = await run(go, args, env, s.cwd, s.probeTimeoutMs, p.uid);
      probes.push({ name: p.name, args, status: r.status, stderr: r.stderr.slice(0, 4000) });
    }
    const facts = await collectFacts({ env, cwd: s.cwd, timeoutMs: s.doctorTimeoutMs });
    const { results } = runChecks(allChecks, facts);
    const explainNames = Object.keys(expectation.explain ?? {});
    const outcome: Outcome = {
      ...(explainNames.length > 0 ? { explained: explain(facts, explainNames).vars } : {}),
      scenario: scenario.name,
      version,
      probes,
      goFailed: probes.some((p) => !p.observe && p.status !== 0),
      findings: results.flatMap((r) => r.findings),
      crashed: results.filter((r) => r.status === 'crashed').map((r) => `${r.id}: ${r.crash ?? ''}`),
      facts,
      expectation,
    };
    if (scenario.verify) outcome.verified = scenario.verify(outcome);
    return outcome;
  } finally {
    for (const m of mounts.reverse()) spawnSync('umount', ['-l', m], { stdio: 'ignore' });
    if (!process.env.GO_DOCTOR_KEEP_SCENARIOS) removeTree(dir);
  }
}

/** Problems with an outcome, as sentences; empty when go-doctor and go agree. */
export function disagreements(o: Outcome): string[] {
  const problems: string[] = [];
  const e = o.expectation;
  const bySeverity = (sev: Severity) =>
    new Set(o.findings.filter((f) => f.severity === sev).map((f) => f.id));
  const errors = bySeverity('error');
  const warnings = bySeverity('warning');
  const infos = bySeverity('info');
  const all = new Set(o.findings.map((f) => f.id));
  if (o.crashed.length > 0) problems.push(`checks crashed: ${o.crashed.join('; ')}`);
  if (e.goFails !== o.goFailed) {
    problems.push(
      `the scenario expects go to ${e.goFails ? 'fail' : 'succeed'}, but it ${o.goFailed ? 'failed' : 'succeeded'}`,
    );
  }
  if (e.failsWithoutError !== undefined) {
    if (errors.size > 0)
      problems.push(`go-doctor reported errors (${[...errors].join(', ')}) for a probe's own fault`);
  } else if (errors.size > 0 !== o.goFailed) {
    problems.push(
      o.goFailed
        ? 'go failed but go-doctor reported no error'
        : `go succeeded but go-doctor reported errors: ${[...errors].join(', ')}`,
    );
  }
  if (o.goFailed && e.vars && e.vars.length > 0) {
    const named = o.findings
      .filter((f) => f.severity === 'error')
      .some((f) => f.vars.some((v) => e.vars?.includes(v)));
    if (!named) problems.push(`no error finding names ${e.vars.join(' or ')}`);
  }
  for (const id of e.errors ?? []) if (!errors.has(id)) problems.push(`expected error ${id}`);
  for (const id of e.warnings ?? []) if (!warnings.has(id)) problems.push(`expected warning ${id}`);
  for (const id of e.infos ?? []) if (!infos.has(id)) problems.push(`expected info ${id}`);
  for (const id of e.absent ?? []) if (all.has(id)) problems.push(`expected no finding from ${id}`);
  if (e.quiet && warnings.size + errors.size > 0)
    problems.push(`expected nothing above info, got ${[...errors, ...warnings].join(', ')}`);
  for (const [name, want] of Object.entries(e.explain ?? {})) {
    const v = o.explained?.find((x) => x.name === name);
    if (!v) {
      problems.push(`explain did not list ${name}`);
      continue;
    }
    if (v.source !== want.source)
      problems.push(`explain says ${name} comes from ${v.source}, not ${want.source}`);
    const shadowed = v.shadowed.map((l) => l.source).join(',');
    if (want.shadowed && shadowed !== want.shadowed.join(','))
      problems.push(`explain: ${name} shadows [${shadowed}], expected [${want.shadowed.join(',')}]`);
    const ignored = v.ignored.map((l) => l.source).join(',');
    if (want.ignored && ignored !== want.ignored.join(','))
      problems.push(`explain: ${name} ignores [${ignored}], expected [${want.ignored.join(',')}]`);
    if (v.modelDisagrees)
      problems.push(`explain: go says ${name}=${v.value}, the model ${v.modelDisagrees.model}`);
  }
  for (const want of e.observed ?? []) {
    const p = o.probes.find((x) => x.name === want.probe);
    if (!p) {
      problems.push(`no probe named ${want.probe}`);
      continue;
    }
    if ((p.status !== 0) !== want.fails)
      problems.push(
        `${want.probe} was expected to ${want.fails ? 'fail' : 'succeed'} but exited ${p.status}`,
      );
    if (want.output && !want.output.test(`${p.stdout ?? ''}${p.stderr}`))
      problems.push(`${want.probe} output does not match ${want.output}`);
  }
  problems.push(...(o.verified ?? []));
  if (e.stderr) {
    const text = o.probes
      .filter((p) => !p.observe)
      .map((p) => p.stderr)
      .join('\n');
    if (!e.stderr.test(text)) problems.push(`go's output does not match ${e.stderr}`);
  }
  return problems;
}

export function describeOutcome(o: Outcome): string {
  const lines = [`scenario ${o.scenario} on go${o.version}`];
  for (const p of o.probes) {
    lines.push(
      `  ${p.shell ? `${p.shell.join(' ')} ` : ''}go ${p.args.join(' ')} -> ${p.status}${p.stderr ? `: ${p.stderr.trim().split('\n').slice(0, 4).join(' | ')}` : ''}${p.stdout ? ` [stdout: ${p.stdout.trim().slice(0, 200)}]` : ''}`,
    );
  }
  for (const f of o.findings)
    lines.push(`  ${f.severity} ${f.id}/${f.code} vars=${f.vars.join(',')} ${JSON.stringify(f.data)}`);
  for (const v of o.explained ?? [])
    lines.push(
      `  explain ${v.name}=${v.value} from ${v.source} shadows=[${v.shadowed.map((l) => l.source)}] ignored=[${v.ignored.map((l) => l.source)}]`,
    );
  return lines.join('\n');
}

export function listDirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}
