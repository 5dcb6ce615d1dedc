/**
 * Facts for unit tests of checks. `linuxFacts()` is a healthy Linux machine with Go 1.23.5 in /usr/local/go,
 * shaped like what the collector records on such a machine (compare `go-doctor facts` on this CI box).
 * Tests change what they need with the helpers below, keeping the OS environment, the go env file and
 * what `go env` answered consistent.
 */

import { appendFileSync } from 'node:fs';
import type { AnyCheck, RawFinding } from '../../src/core/check.js';
import type { EnvFileEntry, Facts, PathInfo, StartupFacts, StartupPathFacts } from '../../src/core/facts.js';
import { collectFindings, type Finding } from '../../src/core/findings.js';
import { runChecks } from '../../src/core/run.js';
import { localizer } from '../../src/i18n/index.js';
import { renderFix, type ShellName } from '../../src/report/shell.js';
import { isRelevantLine } from '../../src/shells/startup.js';
import { translationProblems } from './i18n.js';
// Registers the zh-CN catalog (the CLI loads it on demand with loadLang).
import '../../src/i18n/zh-CN/index.js';

function dir(p: string, extra: Partial<PathInfo> = {}): PathInfo {
  return {
    path: p,
    absolute: p.startsWith('/') || /^[A-Za-z]:\\/.test(p),
    kind: 'dir',
    realPath: p,
    readable: true,
    writable: true,
    volume: { free: 50e9, total: 100e9, mountPoint: '/', fsType: 'ext4' },
    ...extra,
  };
}

export function linuxFacts(): Facts {
  const home = '/home/alice';
  return {
    schemaVersion: 1,
    collectedAt: '2026-11-22T00:00:00.000Z',
    collector: { name: 'go-doctor', version: 'test', durationMs: 1 },
    origin: 'test/support/facts.ts linuxFacts(): a healthy Linux/amd64 machine, Go 1.23.5 in /usr/local/go',
    host: {
      os: 'linux',
      arch: 'amd64',
      uid: 1000,
      username: 'alice',
      accountHome: home,
      shell: 'bash',
      ci: false,
    },
    cwd: `${home}/proj`,
    physicalCwd: `${home}/proj`,
    env: {
      HOME: home,
      PATH: `/usr/local/go/bin:${home}/go/bin:/usr/local/bin:/usr/bin:/bin`,
      SHELL: '/bin/bash',
      PWD: `${home}/proj`,
    },
    pathEntries: ['/usr/local/go/bin', `${home}/go/bin`, '/usr/local/bin', '/usr/bin', '/bin'].map(
      (entry, index) => ({
        entry,
        index,
        info: dir(entry),
      }),
    ),
    goBinaries: [
      {
        name: 'go',
        path: '/usr/local/go/bin/go',
        pathIndex: 0,
        realPath: '/usr/local/go/bin/go',
        goroot: '/usr/local/go',
        version: '1.23.5',
        versionSource: 'VERSION file',
        executable: true,
      },
    ],
    offPathInstalls: [],
    goEnv: {
      binary: '/usr/local/go/bin/go',
      args: ['env', '-json'],
      ok: true,
      exitCode: 0,
      timedOut: false,
      timeoutMs: 10000,
      durationMs: 5,
      stderr: '',
      values: {
        GOVERSION: 'go1.23.5',
        GOROOT: '/usr/local/go',
        GOTOOLDIR: '/usr/local/go/pkg/tool/linux_amd64',
        GOPATH: `${home}/go`,
        GOBIN: '',
        GOCACHE: `${home}/.cache/go-build`,
        GOMODCACHE: `${home}/go/pkg/mod`,
        GOENV: `${home}/.config/go/env`,
        GOFLAGS: '',
        GO111MODULE: '',
        GOPROXY: 'https://proxy.golang.org,direct',
        GOSUMDB: 'sum.golang.org',
        GONOPROXY: '',
        GONOSUMDB: '',
        GOPRIVATE: '',
        GOINSECURE: '',
        GOVCS: '',
        GOTOOLCHAIN: 'local',
        GOOS: 'linux',
        GOARCH: 'amd64',
        GOHOSTOS: 'linux',
        GOHOSTARCH: 'amd64',
        GOEXPERIMENT: '',
        CGO_ENABLED: '1',
        CC: 'gcc',
        CXX: 'g++',
        GOTMPDIR: '',
        GOEXE: '',
        GOTELEMETRY: 'local',
        GOTELEMETRYDIR: `${home}/.config/go/telemetry`,
      },
    },
    goroot: { path: '/usr/local/go', version: '1.23.5', pkgTool: true },
    fileProxies: [],
    envFile: {
      path: `${home}/.config/go/env`,
      origin: '$HOME/.config/go/env',
      exists: false,
      entries: [],
      ignored: [],
    },
    gorootEnvFile: {
      path: '/usr/local/go/go.env',
      origin: '$GOROOT/go.env',
      exists: true,
      entries: [
        { key: 'GOPROXY', value: 'https://proxy.golang.org,direct', line: 7 },
        { key: 'GOSUMDB', value: 'sum.golang.org', line: 8 },
        { key: 'GOTOOLCHAIN', value: 'auto', line: 12 },
      ],
      ignored: [],
    },
    paths: {
      GOROOT: dir('/usr/local/go', { writable: false }),
      'GOPATH[0]': dir(`${home}/go`),
      GOCACHE: dir(`${home}/.cache/go-build`),
      GOMODCACHE: dir(`${home}/go/pkg/mod`),
      GOENV: {
        path: `${home}/.config/go/env`,
        absolute: true,
        kind: 'missing',
        nearestExisting: `${home}/.config`,
        writable: true,
      },
      HOME: dir(home),
      TMPDIR: dir('/tmp', { volume: { free: 50e9, total: 100e9, mountPoint: '/', fsType: 'ext4' } }),
      cwd: dir(`${home}/proj`),
    },
    module: {
      gomod: {
        path: `${home}/proj/go.mod`,
        module: 'example.com/proj',
        go: '1.22.0',
        goLine: 3,
        godebug: [],
      },
      gowork: null,
      vendor: false,
    },
    cc: { name: 'gcc', path: '/usr/bin/gcc', fromOSEnv: false },
    errors: [],
  };
}

/** Sets a variable in the OS environment and, unless told otherwise, what go env reports for it. */
export function setEnv(
  f: Facts,
  name: string,
  value: string | undefined,
  goValue: string | undefined = value,
): Facts {
  if (value === undefined) delete f.env[name];
  else f.env[name] = value;
  if (f.goEnv?.values && goValue !== undefined) f.goEnv.values[name] = goValue;
  return f;
}

/** Adds a line to the user's go env file and, unless told otherwise, sets what go env reports. */
export function setEnvFile(
  f: Facts,
  name: string,
  value: string,
  goValue: string | undefined = value,
): Facts {
  if (!f.envFile) {
    f.envFile = {
      path: '/home/alice/.config/go/env',
      origin: '$HOME/.config/go/env',
      exists: true,
      entries: [],
      ignored: [],
    };
  }
  f.envFile.exists = true;
  const entry: EnvFileEntry = { key: name, value, line: f.envFile.entries.length + 1 };
  f.envFile.entries.push(entry);
  if (f.goEnv?.values && goValue !== undefined) f.goEnv.values[name] = goValue;
  return f;
}

/** Makes the facts describe another Go release (binary, GOVERSION, GOROOT/VERSION). */
export function setGoVersion(f: Facts, version: string): Facts {
  for (const b of f.goBinaries) if (b.name === 'go') b.version = version;
  if (f.goEnv?.values) f.goEnv.values.GOVERSION = `go${version}`;
  if (f.goroot) f.goroot.version = version;
  return f;
}

/** Replaces what the file system says about a labelled path. */
export function setPath(f: Facts, label: string, info: Partial<PathInfo> & { path: string }): Facts {
  f.paths[label] = { absolute: info.path.startsWith('/'), kind: 'dir', ...info };
  return f;
}

export interface CheckRun {
  raw: RawFinding[];
  findings: Finding[];
  status: string;
}

/** Runs one check over facts and formats its findings (fixes rendered for bash unless told). */
export function runCheck(check: AnyCheck, facts: Facts, shell: ShellName = 'bash'): CheckRun {
  const { results } = runChecks([check], facts);
  const r = results[0];
  if (!r) throw new Error('no result');
  if (r.status === 'crashed') throw new Error(`check crashed: ${r.crash}`);
  const byId = new Map([[check.id, check]]);
  const findings = collectFindings(results, byId, (fix) => renderFix(fix, shell));
  // Every finding a check test makes is also made in zh-CN: the translation must run on the same data,
  // be Chinese, and keep go's quoted messages verbatim.
  const zh = localizer('zh-CN');
  const zhFindings = collectFindings(results, byId, (fix) => renderFix(fix, shell, zh.ui.fix), zh);
  const problems = findings.flatMap((f, i) => {
    const z = zhFindings[i];
    return z ? translationProblems(f, z) : [`${f.id}/${f.code}: no zh-CN finding`];
  });
  if (problems.length > 0) throw new Error(`translation problems:\n${problems.join('\n')}`);
  // GO_DOCTOR_I18N_SEEN=FILE records which codes and advice keys the tests exercised in zh-CN.
  const seen = process.env.GO_DOCTOR_I18N_SEEN;
  if (seen)
    appendFileSync(
      seen,
      findings
        .flatMap((f) => [
          `message ${f.id}/${f.code}\n`,
          ...f.fixes.flatMap((x) =>
            x.fix.kind === 'advice' && x.fix.key ? [`advice ${f.id}/${x.fix.key}\n`] : [],
          ),
        ])
        .join(''),
    );
  return { raw: r.findings, findings, status: r.status };
}

/**
 * Adds shell startup files to facts the way src/collect/startup.ts records them (only relevant lines),
 * with what the file system says about the paths they name.
 */
export function withStartup(
  f: Facts,
  files: Record<string, string>,
  paths: Record<string, StartupPathFacts> = {},
  extra: Partial<StartupFacts> = {},
): Facts {
  const home = f.env.HOME ?? f.env.USERPROFILE ?? '/home/alice';
  f.startup = {
    home,
    files: Object.entries(files).map(([p, text]) => ({
      path: p.replace(/^~/, home),
      exists: true,
      lines: text
        .split('\n')
        .map((t, i) => ({ n: i + 1, text: t }))
        .filter((l) => isRelevantLine(l.text)),
    })),
    dirs: {},
    paths,
    durationMs: 1,
    ...extra,
  };
  return f;
}
