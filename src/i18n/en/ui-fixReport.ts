/** English words of the `fix` output (source of truth; ../zh-CN/ui-fixReport.ts matches it key for key). */
import type { ApplySay, Blocked, FixSay } from '../../fix/say.js';

function blocked(b: Blocked): string {
  return [
    b.later ? `it is assigned later at ${b.later}; change it there` : '',
    b.uneditable.length > 0 ? `go-doctor cannot edit ${b.uneditable.join(', ')}` : '',
  ]
    .filter((x) => x !== '')
    .join('; ');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const fixReport = {
  say: (s: FixSay): string => {
    switch (s.code) {
      case 'same-change':
        return `same change as for ${s.finding}`;
      case 'no-startup-facts-var':
        return `go-doctor has no startup-file facts; ${s.set ? `set ${s.var}` : `remove ${s.var}`} in your shell's startup file yourself`;
      case 'already-set':
        return `your startup files already set ${s.var}=${s.value} in every mode; open a new terminal to get it`;
      case 'left-in-place':
        return `left in place (not in your home directory or not a simple line): ${s.where}`;
      case 'cannot-win':
        return `${s.var} could not be made to win in ${s.contexts.join(', ')}: ${blocked(s.blocked)}`;
      case 'already-removed':
        return `go-doctor fix already took ${s.var} out of your startup files; this terminal still has the old value: open a new one`;
      case 'var-from-environment':
        return `no startup file sets ${s.var}: it comes from the environment go-doctor was started in (terminal, IDE, systemd/launchd or PAM environment); the shells now unset it, programs started outside a shell may still see it`;
      case 'still-assigned':
        return `still assigned (outside your home directory or not a simple line), unset afterwards: ${s.where}`;
      case 'still-set':
        return `${s.var} is still set in ${s.contexts.join(', ')}: ${blocked(s.blocked)}`;
      case 'no-startup-facts-path-add':
        return `go-doctor has no startup-file facts; add ${s.dir} to PATH in your shell's startup file yourself`;
      case 'cannot-add-path':
        return `${s.dir} could not be put on PATH in ${s.contexts.join(', ')}${s.blocked ? `: ${blocked(s.blocked)}` : ''}`;
      case 'no-startup-facts-path-remove':
        return `go-doctor has no startup-file facts; take ${s.entry} off PATH where your startup files add it`;
      case 'path-from-environment':
        return `no startup file go-doctor reads adds ${s.entry} to PATH: it comes from the environment go-doctor was started in (the parent process, /etc/environment, a desktop session or an IDE); remove it there`;
      case 'path-also-added-uneditable':
        return `${s.entry} is also added at ${s.where}, which go-doctor does not edit (outside your home directory or not a simple line); remove it there`;
      case 'no-goenv-file':
        return `go env ${s.flag} has no file to write (GOENV=off, or neither $XDG_CONFIG_HOME nor $HOME is set)`;
      case 'mkdir-undo':
        return 'undo removes it again if it is still empty';
      case 'run-apply-only':
        return 'runs only with --apply; undo cannot take it back';
      case 'cannot-read':
        return `cannot read ${s.file}${s.error ? ` (${s.error})` : ''}`;
      case 'line-changed':
        return `line ${s.line} of ${s.file} no longer reads ${JSON.stringify(s.from)}${s.now === null ? ' (the file is shorter)' : ` (it reads ${JSON.stringify(s.now)})`}; run go-doctor again`;
      case 'win-var-also-set':
        return `${s.var} is also set at ${s.where}; change it there`;
      case 'win-path-also-added':
        return `${s.entry} is also added at ${s.where}; remove it there`;
      case 'win-system-path':
        return `if ${s.entry} is in the system Path (System Properties > Environment Variables, needs an administrator), remove it there`;
      case 'advice':
        return s.text;
    }
  },
  /** Several things said of one plan entry. */
  join: (parts: readonly string[]): string => parts.join('; '),
  applied: (s: ApplySay): string => {
    switch (s.code) {
      case 'changed-since-read':
        return `${s.file} changed since go-doctor read it; run go-doctor fix again`;
      case 'cannot-write':
        return `could not write ${s.file}: ${s.error}`;
      case 'not-this-os':
        return 'not on this operating system (plan only)';
      case 'apply-only':
        return 'runs only with --apply';
      case 'command-failed':
        return `${s.command} failed${s.timedOut ? ' (timed out)' : s.spawnError ? ` (${s.spawnError})` : ''}${s.output ? `: ${s.output}` : ''}`;
      case 'cannot-create':
        return `could not create ${s.dir}: ${s.error}`;
      case 'nothing-to-undo':
        return `nothing to undo (no applied plan in ${s.stateDir})`;
      case 'cannot-read-journal':
        return `cannot read ${s.file}: ${s.error}`;
      case 'not-a-journal':
        return `${s.file} is not a go-doctor journal`;
      case 'undo-changed':
        return `refusing to undo: changed since go-doctor fix wrote ${s.files.length === 1 ? 'it' : 'them'}: ${s.files.join(', ')}. Nothing was restored; the backups are in ${s.backups}`;
    }
  },
  nothing: 'go-doctor fix: nothing to fix.',
  summary: (d: { findings: number; changes: number; shells: readonly string[] }) =>
    `go-doctor fix: ${plural(d.findings, 'finding', 'findings')} with fixes; ${plural(d.changes, 'change', 'changes')} planned${d.shells.length > 0 ? ` (shells: ${d.shells.join(', ')})` : ''}.`,
  status: { done: 'nothing to change', refused: 'REFUSED', advice: 'see advice' } as Readonly<
    Record<string, string>
  >,
  statusTag: (d: { status: string }) => ` (${d.status})`,
  files: 'Files:',
  link: (d: { target: string }) => ` (a link; the edit goes to ${d.target})`,
  newFile: ' (new file)',
  commands: 'Commands:',
  tags: {
    irreversible: 'undo cannot take it back',
    restores: (d: { file: string }) => `undo restores ${d.file}`,
    applyOnly: 'runs only with --apply',
    foreign: 'plan only: not this operating system',
  },
  directories: 'Directories:',
  mkdirTag: '(undo removes it if still empty)',
  advice: 'Advice (go-doctor cannot do these for you):',
  notChanged: 'Nothing was changed. Run "go-doctor fix --apply" to make these changes.',
  nothingAutomatic: 'Nothing to change automatically.',
  written: (d: { files: readonly string[] }) => `Written: ${d.files.join(', ')}`,
  ran: { skipped: 'Skipped', ok: 'Ran', failed: 'Failed' },
  created: (d: { dirs: readonly string[] }) => `Created: ${d.dirs.join(', ')}`,
  error: (d: { error: string }) => `Error: ${d.error}`,
  backups: (d: { dir: string }) =>
    `Backups and journal in ${d.dir}; "go-doctor fix --undo" restores the files.`,
  recheckedIn: (d: { contexts: readonly string[] }) => `Re-checked in: ${d.contexts.join(', ')}`,
  fixed: (d: { finding: string }) => `  fixed: ${d.finding}`,
  stillFound: (d: { finding: string; contexts: readonly string[] }) =>
    `  still found: ${d.finding}${d.contexts.length > 0 ? ` (in ${d.contexts.join(', ')})` : ''}`,
  newTerminal:
    'Open a new terminal (or log in again) to get the new settings; this shell keeps its environment.',
  undoNothing: 'nothing done',
  undone: 'go-doctor fix --undo: the last applied plan is undone.',
  undoPrefix: (d: { text: string }) => `go-doctor fix --undo: ${d.text}`,
  restored: (d: { files: readonly string[] }) => `Restored: ${d.files.join(', ')}`,
  removed: (d: { files: readonly string[] }) => `Removed (go-doctor created them): ${d.files.join(', ')}`,
  dirsRemoved: (d: { dirs: readonly string[] }) => `Directories removed: ${d.dirs.join(', ')}`,
  dirsKept: (d: { dirs: readonly string[] }) => `Directories kept (not empty): ${d.dirs.join(', ')}`,
  irreversible: (d: { commands: readonly string[] }) => `Not undone (cannot be): ${d.commands.join('; ')}`,
  /** A re-check context as fix/verify.ts labels it ("zsh login", "this environment"): English as it is. */
  label: (label: string): string => label,
  /** Why a re-check context gave no answer (timed out, could not start: …): English as it is. */
  contextError: (text: string): string => text,
  prompt: 'Apply these changes? [y/N] ',
  undoWithApply: '--undo and --apply cannot be combined',
  noStateDir: 'no state directory: set HOME (or XDG_STATE_HOME)',
  noStateDirBackups: 'no state directory for backups: set HOME (or XDG_STATE_HOME)',
  unknownCheck: (d: { id: string }) => `unknown check id "${d.id}"`,
  applyFacts: '--apply works on this machine only, not on a --facts snapshot',
};
