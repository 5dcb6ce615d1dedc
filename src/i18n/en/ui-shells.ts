/** English words of the `shells` output (source of truth; ../zh-CN/ui-shells.ts matches it key for key). */
import {
  type Audience,
  audienceOf,
  type ContextMode,
  type DiffFix,
  type DiffText,
  type ShellCtx,
} from '../../shells/differences.js';
import type { RecommendationKey } from '../../shells/startup.js';

type Ctx = ShellCtx;

const MODES: Record<ContextMode, string> = {
  'login-interactive': 'login+interactive',
  interactive: 'interactive',
  login: 'login',
  script: 'script',
  minimal: 'minimal (env -i)',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function context(c: Ctx): string {
  if (c.mode === 'minimal') return 'the minimal environment (cron, systemd, GUI apps)';
  return `${c.shell} ${MODES[c.mode]}`;
}

const contexts = (cs: readonly Ctx[]): string => list(cs.map(context));

const AUDIENCE: Record<Audience, string> = {
  terminals: 'terminals',
  'ide-ci': 'login shells of IDEs and CI jobs',
  scripts: 'scripts',
  services: 'cron, systemd and GUI apps',
};

const audience = (cs: readonly Ctx[]): string => list(audienceOf(cs).map((x) => AUDIENCE[x]));

export const shells = {
  /** A matrix row's mode. */
  modes: MODES as Readonly<Record<ContextMode, string>>,
  /** "zsh login+interactive", "the minimal environment (…)". */
  context,
  columns: (d: { vars: readonly string[] }): string[] => [
    'SHELL',
    'MODE',
    'GO',
    'VERSION',
    ...d.vars,
    'PATH (Go entries)',
    'MS',
  ],
  error: 'ERROR',
  /** A context's failure as the collector words it (did not finish…, could not start…, exited with…). */
  contextError: (text: string): string => text,
  whereSet: 'Where the startup files set Go',
  nothingSet: '  (nothing Go-related in the startup files)',
  noDifferences: 'No differences that matter.',
  differences: 'Differences that matter',
  setAt: (d: { sources: readonly string[] }) => `    set at ${d.sources.join(', ')}`,
  difference: (t: DiffText): string => {
    switch (t.code) {
      case 'go-fails':
        return `In ${context(t.ctx)}, ${t.go} fails: ${t.error}`;
      case 'hang':
        return `${context(t.ctx)} ${t.error}: every shell of this kind hangs at start, and go-doctor could not see its Go setup.`;
      case 'context-error':
        return `${context(t.ctx)}: ${t.error}`;
      case 'go-only-in':
        return `go is found only in ${contexts(t.found)}: ${audience(t.missing)} will not see it.`;
      case 'go-not-in':
        return `go is not found in ${contexts(t.missing)}: ${audience(t.missing)} will not see it.`;
      case 'go-differs':
        return `Different shells run different go commands: ${t.groups
          .map((g) => `${g.version ? `go${g.version}` : 'go'} (${g.path}) in ${contexts(g.contexts)}`)
          .join(
            '; ',
          )}.${t.versionsDiffer ? ' Builds and tests give different results depending on where they are started.' : ''}`;
      case 'var-only-in':
        return `${t.name}=${t.value} is set only in ${contexts(t.contexts)}; elsewhere (${audience(t.unset)}) ${
          t.name === 'GOROOT' ? 'go finds its own installation' : 'go uses its default or the go env -w value'
        }.`;
      case 'var-differs':
        return `${t.name} differs between shells: ${t.values
          .map((v) => `${v.value} in ${contexts(v.contexts)}`)
          .join('; ')}${t.unset.length > 0 ? `; unset in ${contexts(t.unset)}` : ''}.`;
      case 'duplicate':
        return `${t.name} is set twice to the same value (${t.first} and ${t.second}); one of them can go.`;
      case 'conflict':
        return `${t.name} is set to ${t.firstValue} at ${t.first}, then overridden with ${t.secondValue} at ${t.second} (in ${context(t.ctx)} and maybe others): the last one wins.`;
      case 'missing-path':
        return t.name === 'PATH'
          ? `${t.where} puts ${t.path} on PATH, which does not exist.`
          : `${t.where} sets ${t.name} to ${t.path}, which does not exist.`;
      case 'where-to-set':
        return `To give every mode the same Go setup, set it once per shell in the file every mode reads: ${list(
          t.files.map((r) => `${r.file} (${r.shell})`),
        )}.`;
    }
  },
  fix: (f: DiffFix): string => {
    switch (f.code) {
      case 'delete-line':
        return `delete line ${f.line} of ${f.file}`;
      case 'fix-or-delete-line':
        return `fix or delete line ${f.line} of ${f.file}`;
      case 'where-to-set':
        return f.files.map((r) => `${r.file}: ${shells.recommendation(r.key, r.file)}`).join('\n');
    }
  },
  /** Why a file is the one to set Go in, for each kind of recommended file. */
  recommendation: (key: RecommendationKey, file: string): string => {
    switch (key) {
      case 'windows-powershell':
        return 'PowerShell only; GUI apps and IDEs read the user environment: setx NAME value';
      case 'profile':
        return 'read by login shells (sh, bash without ~/.bash_profile) and most desktop sessions; non-login shells inherit it';
      case 'bash-login':
        return `bash login shells read ${file.slice(file.lastIndexOf('/') + 1)} instead of ~/.profile: put it there too, or source ~/.profile from it`;
      case 'zshenv':
        return 'zsh reads .zshenv in every mode, scripts included';
      case 'fish-confd':
        return 'fish runs conf.d in every mode (outside any status is-interactive block)';
      case 'powershell':
        return 'all hosts, every mode unless -NoProfile';
    }
  },
  factsNote: (d: { file: string }) => `Startup files from ${d.file}; the shells were not run.`,
  factsNoStartup: (d: { file: string }) =>
    `${d.file} holds no startup files (collected by an older go-doctor).`,
  badShell: (d: { allowed: readonly string[]; got: string }) =>
    `--shell takes a list of ${d.allowed.join(', ')}; got "${d.got}"`,
};
