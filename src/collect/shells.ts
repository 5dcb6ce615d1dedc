/**
 * Runs each installed shell in each startup mode (through the runner: hard timeout, no stdin, a
 * throwaway TTY where interactivity is needed), all in parallel, and collects what each one sees: which
 * go, its version (GOTOOLCHAIN=local), the Go variables and the PATH entries with Go in them.
 *
 * Every context starts from a clean environment (HOME, USER, LOGNAME, a minimal PATH, plus ZDOTDIR,
 * XDG_CONFIG_HOME, ENV and BASH_ENV when set, since they locate the startup files), so each row shows what the startup
 * files themselves provide, not what this process inherited. The "minimal" context is what cron,
 * systemd units and GUI apps get: /bin/sh -c with only that environment.
 *
 * Shells are traced (-x, fish_trace) into a temp file; when one does not finish in time, the last
 * traced command names the startup file (and line) it hung in.
 */
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OS, StartupFacts } from '../core/facts.js';
import { fromGoVersionText } from '../core/version.js';
import type { ContextMode, ShellContextResult as ShellContext } from '../shells/differences.js';
import { isGoPathEntry, MODES, type Mode, SHELL_KINDS, type ShellKind } from '../shells/startup.js';
import { now } from './clock.js';
import { runProcess } from './runner.js';

export type { ContextMode, ShellContextResult as ShellContext } from '../shells/differences.js';

export const PROBED_VARS = ['GOROOT', 'GOPATH', 'GOBIN', 'GOPROXY', 'GOTOOLCHAIN', 'GOFLAGS', 'GO111MODULE'];

const BEGIN = '@@GO-DOCTOR-BEGIN@@';
const END = '@@GO-DOCTOR-END@@';

const VARS = [...PROBED_VARS, 'PATH'].join(' ');

const POSIX_PROBE = `printf '\\n%s\\n' '${BEGIN}'
g=$(command -v go 2>/dev/null)
printf 'go=%s\\n' "$g"
if [ -n "$g" ]; then printf 'version=%s\\n' "$(GOTOOLCHAIN=local go version 2>&1)"; fi
for v in ${VARS}; do eval "if [ -n \\"\\\${$v+x}\\" ]; then printf 'env.%s=%s\\n' $v \\"\\$$v\\"; fi"; done
printf '%s\\n' '${END}'`;

const FISH_PROBE = `printf '\\n%s\\n' '${BEGIN}'
set -l g (command -v go 2>/dev/null)
printf 'go=%s\\n' "$g"
if test -n "$g"; printf 'version=%s\\n' (env GOTOOLCHAIN=local go version 2>&1 | string collect); end
for v in ${VARS}; if set -q $v; printf 'env.%s=%s\\n' $v (string join : -- $$v); end; end
printf '%s\\n' '${END}'`;

const PWSH_PROBE = `Write-Output ''; Write-Output '${BEGIN}'
$g = Get-Command go -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
Write-Output ("go=" + $(if ($g) { $g.Source } else { '' }))
if ($g) { $env:GOTOOLCHAIN_SAVED = $env:GOTOOLCHAIN; $env:GOTOOLCHAIN = 'local'; Write-Output ("version=" + ((& $g.Source version 2>&1 | Out-String).Trim())); $env:GOTOOLCHAIN = $env:GOTOOLCHAIN_SAVED; Remove-Item Env:GOTOOLCHAIN_SAVED }
foreach ($v in '${VARS.split(' ').join("','")}'.Split(',')) { $x = [Environment]::GetEnvironmentVariable($v); if ($null -ne $x) { Write-Output ("env." + $v + "=" + $x) } }
Write-Output '${END}'`;

export interface ShellsOptions {
  env: NodeJS.ProcessEnv;
  os: OS;
  /** Limit to these shells (default: every installed one). */
  shells?: readonly ShellKind[];
  /** Per context, in ms (default 3000). */
  timeoutMs?: number;
  /** For naming the file a hung context was reading. */
  startup?: StartupFacts;
  /** Files each shell reads in a mode (from the static analysis), to find where a hang is. */
  filesFor?: (shell: ShellKind, mode: Mode) => string[];
}

const BINARY: Record<ShellKind, string[]> = {
  bash: ['bash'],
  zsh: ['zsh'],
  sh: ['sh', 'dash'],
  fish: ['fish'],
  powershell: ['pwsh', 'powershell'],
};

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Where a shell is installed: PATH first, then the usual directories. */
export function findShell(shell: ShellKind, env: NodeJS.ProcessEnv): string | null {
  const dirs = [
    ...(env.PATH ?? '').split(path.delimiter).filter((d) => path.isAbsolute(d)),
    '/bin',
    '/usr/bin',
    '/usr/local/bin',
    '/opt/homebrew/bin',
  ];
  const exe = process.platform === 'win32' ? '.exe' : '';
  for (const name of BINARY[shell])
    for (const d of dirs) {
      const p = path.join(d, name + exe);
      if (isExecutable(p)) return p;
    }
  return null;
}

export function minimalPath(goos: OS): string {
  // launchd's default PATH for GUI apps on macOS; cron and systemd use about the same elsewhere.
  return goos === 'darwin' ? '/usr/bin:/bin:/usr/sbin:/sbin' : '/usr/bin:/bin';
}

function baseEnv(env: NodeJS.ProcessEnv, goos: OS, minimal: boolean): Record<string, string> {
  const out: Record<string, string> = { PATH: minimalPath(goos) };
  for (const k of ['HOME', 'USER', 'LOGNAME']) {
    const v = env[k];
    if (v !== undefined) out[k] = v;
  }
  if (!minimal) {
    for (const k of ['ZDOTDIR', 'XDG_CONFIG_HOME', 'ENV', 'BASH_ENV', 'LANG', 'SHELL']) {
      const v = env[k];
      if (v !== undefined) out[k] = v;
    }
    out.TERM = 'dumb';
  }
  if (goos === 'windows')
    for (const k of ['USERPROFILE', 'SystemRoot', 'APPDATA', 'LOCALAPPDATA', 'Path']) {
      const v = env[k];
      if (v !== undefined) out[k] = v;
    }
  return out;
}

function argvFor(shell: ShellKind, mode: Mode): string[] {
  const login = mode === 'login' || mode === 'login-interactive';
  const inter = mode === 'interactive' || mode === 'login-interactive';
  if (shell === 'powershell') {
    const a = ['-NoLogo'];
    if (login) a.unshift('-Login');
    if (!inter) a.push('-NonInteractive');
    return [...a, '-Command', PWSH_PROBE];
  }
  const a: string[] = [];
  if (login) a.push('-l');
  if (inter) a.push('-i');
  if (shell !== 'fish') a.push('-x');
  return [...a, '-c', shell === 'fish' ? FISH_PROBE : POSIX_PROBE];
}

/** Parses the probe's block (the last one, since startup files may print anything before it). */
export function parseProbe(stdout: string): Omit<ShellContext, 'shell' | 'mode' | 'ms'> | null {
  const text = stdout.replace(/\r\n?/g, '\n');
  const b = text.lastIndexOf(`${BEGIN}\n`);
  if (b < 0) return null;
  const e = text.indexOf(END, b);
  const body = text.slice(b + BEGIN.length + 1, e < 0 ? undefined : e);
  let go: string | null = null;
  let versionText = '';
  let sawVersion = false;
  const env: Record<string, string> = {};
  let last = '';
  for (const line of body.split('\n')) {
    if (line.startsWith('go=')) {
      go = line.slice(3) || null;
      last = 'go';
    } else if (line.startsWith('version=')) {
      versionText = line.slice(8);
      sawVersion = true;
      last = 'version';
    } else if (line.startsWith('env.')) {
      const eq = line.indexOf('=');
      if (eq > 4) env[line.slice(4, eq)] = line.slice(eq + 1);
      last = 'env';
    } else if (last === 'version' && line !== '') versionText += `\n${line}`;
  }
  const out: Omit<ShellContext, 'shell' | 'mode' | 'ms'> = { go, goVersion: null, env: {} };
  for (const k of PROBED_VARS) if (env[k] !== undefined) out.env[k] = env[k];
  if (env.PATH !== undefined) {
    const sep = env.PATH.includes(';') ? ';' : ':';
    const goEntries = env.PATH.split(sep).filter((x) => x !== '' && isGoPathEntry(x));
    if (goEntries.length > 0) out.env.PATH = goEntries.join(sep);
  }
  if (go && sawVersion) {
    const m = /^go version (go\S+)/m.exec(versionText);
    if (m?.[1]) out.goVersion = fromGoVersionText(m[1]) || null;
    else
      out.error = `go version failed: ${versionText.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}`;
  }
  return out;
}

/** From a trace of startup (bash/sh -x, zsh -x, fish_trace), where the shell was when it was stopped. */
export function hangSite(
  trace: string,
  files: readonly string[],
  read: (f: string) => string | null,
): string | null {
  const lines = trace
    .replace(/\r/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 50); i--) {
    const l = lines[i] ?? '';
    const z = /^\++([^:\s][^:]*):(\d+)> (.*)$/.exec(l);
    if (z?.[1] && z[1] !== 'zsh' && path.isAbsolute(z[1]))
      return `${z[1]}:${z[2]} (${(z[3] ?? '').slice(0, 80)})`;
    const c = /^(?:\++(?:[^:\s]+:\d+: )?|-*> )(.*)$/.exec(l);
    const cmd = c?.[1]?.trim();
    if (!cmd) continue;
    for (const f of [...files].reverse()) {
      const text = read(f);
      if (!text) continue;
      const fl = text.split('\n');
      const idx = fl.findIndex((x) => x.trim() === cmd || x.trim().startsWith(cmd));
      if (idx >= 0) return `${f}:${idx + 1} (${cmd.slice(0, 80)})`;
    }
    return null;
  }
  return null;
}

async function runContext(
  shell: ShellKind,
  bin: string,
  mode: ContextMode,
  o: ShellsOptions,
  timeoutMs: number,
): Promise<ShellContext> {
  const start = now();
  const minimal = mode === 'minimal';
  const env = baseEnv(o.env, o.os, minimal);
  const pty = !minimal && (mode === 'interactive' || mode === 'login-interactive') && o.os !== 'windows';
  let dir: string | null = null;
  let trace: string | null = null;
  let file = bin;
  let args: string[];
  if (minimal) args = ['-c', POSIX_PROBE];
  else {
    args = argvFor(shell, mode);
    if (shell === 'fish') env.fish_trace = '1';
    if (shell === 'bash') env.PS4 = '+${BASH_SOURCE}:${LINENO}: ';
    if (shell !== 'powershell' && o.os !== 'windows') {
      try {
        dir = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-shells-'));
        trace = path.join(dir, 'trace');
        // The shell's stderr (its trace) goes to a file; stdout carries the probe's block.
        args = ['-c', 'exec "$0" "$@" 2>"$GO_DOCTOR_TRACE"', bin, ...args];
        file = '/bin/sh';
        env.GO_DOCTOR_TRACE = trace;
      } catch {
        dir = null;
        trace = null;
      }
    }
  }
  const r = await runProcess(file, args, { env, timeoutMs, pty, maxOutput: 256 * 1024 });
  const ctx: ShellContext = {
    shell,
    mode,
    go: null,
    goVersion: null,
    env: {},
    ms: Math.round(now() - start),
  };
  const parsed = parseProbe(r.stdout);
  if (parsed) {
    ctx.go = parsed.go;
    ctx.goVersion = parsed.goVersion;
    ctx.env = parsed.env;
    if (parsed.error) ctx.error = parsed.error;
  }
  if (r.timedOut) {
    let site: string | null = null;
    if (trace && mode !== 'minimal') {
      let t = '';
      try {
        const buf = readFileSync(trace);
        t = buf.subarray(Math.max(0, buf.length - 64 * 1024)).toString('utf8');
      } catch {
        // no trace
      }
      const files = o.filesFor ? o.filesFor(shell, mode) : [];
      site = hangSite(t, files, (f) => {
        try {
          return readFileSync(f, 'utf8');
        } catch {
          return null;
        }
      });
    }
    ctx.error = `did not finish within ${timeoutMs / 1000} s${site ? `: hung in ${site}` : ' (a startup file hangs or waits for input)'}`;
  } else if (r.spawnError)
    ctx.error = `could not start ${pty ? 'script (for a TTY)' : file}: ${r.spawnError}`;
  else if (!parsed) {
    const why = (r.stderr || r.stdout).trim().split('\n').slice(-2).join(' | ').slice(0, 200);
    ctx.error = `exited with ${r.exitCode ?? r.signal} before printing a result${why ? `: ${why}` : ''}`;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  return ctx;
}

export async function probeShells(o: ShellsOptions): Promise<ShellContext[]> {
  const timeoutMs = o.timeoutMs ?? 3000;
  const jobs: Promise<ShellContext>[] = [];
  const wanted = o.shells ?? SHELL_KINDS;
  for (const shell of wanted) {
    const bin = findShell(shell, o.env);
    if (!bin) continue;
    if (o.os === 'windows' && shell !== 'powershell') continue;
    for (const mode of MODES) jobs.push(runContext(shell, bin, mode, o, timeoutMs));
  }
  if (o.os !== 'windows') {
    const sh = isExecutable('/bin/sh') ? '/bin/sh' : findShell('sh', o.env);
    if (sh) jobs.push(runContext('sh', sh, 'minimal', o, timeoutMs));
  }
  return Promise.all(jobs);
}
