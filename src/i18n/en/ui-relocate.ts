/** English words of the `relocate` output (source of truth; ../zh-CN/ui-relocate.ts matches it key for key). */
import type { NoteCode, NoteData, RelocProblem, RelocSay } from '../../relocate/say.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

const notes: { [K in NoteCode]: (d: NoteData[K]) => string } = {
  'target-relative': (d) => `the target ${d.target} is not an absolute path`,
  'target-separator': (d) =>
    `the target ${d.target} contains "${d.sep}", the GOPATH list separator: go would split the new GOPATH there`,
  'target-inside-source': (d) => `the target ${d.target} is inside ${d.var} (${d.from}), which it would copy`,
  'source-inside-target': (d) => `${d.var} (${d.from}) is already inside the target ${d.target}`,
  'would-sweep': (d) =>
    `${d.staying} (${d.value}) is inside ${d.var} (${d.from}) but does not move; move it too (--vars ${d.var},${d.staying})`,
  'would-sweep-home': (d) =>
    `${d.var} (${d.from}) holds your home directory ${d.home}; relocate will not move it`,
  'would-sweep-goenv': (d) =>
    `the go env file ${d.goenv} is inside ${d.var} (${d.from}); relocate will not move it`,
  'would-sweep-goroot': (d) =>
    `GOROOT (${d.goroot}) is inside ${d.var} (${d.from}); relocate will not move a Go installation`,
  'install-dir-not-on-path': (d) =>
    `the install directory ${d.from} is not on PATH now; commands go install puts in ${d.to} will not be found by name unless you add it`,
  'source-missing': (d) => `${d.var} (${d.from}) does not exist yet: only the setting changes`,
  'source-unreadable': (d) =>
    `${d.count} ${s(d.count, 'entry', 'entries')} under ${d.var} (${d.from}) could not be read; they could not be copied`,
  'no-space': (d) =>
    `not enough space on the target: about ${d.need} needed plus a ${d.margin} margin, ${d.free} free`,
  'space-unknown': () =>
    'sizes or free space were not measured (facts snapshot): the space check runs with --apply on the machine itself',
  'target-not-dir': (d) => `the target ${d.target} exists and is not a directory`,
  'target-not-empty': (d) => `the target ${d.target} already holds files; choose an empty or new directory`,
  'same-volume': (d) =>
    `the target is on the same volume as ${d.vars.join(', ')}: moving there frees no space and needs it twice while copying${d.refused ? ' (--allow-same-volume moves anyway)' : ''}`,
  'deps-recompile': () =>
    'the first build after the move compiles your module dependencies (and what imports them) once more: go keys compiled packages by their directory unless you build with -trimpath; the standard library stays cached',
  'system-drive-assumed': () => 'SystemDrive is not set; assuming the system drive is C:',
  'target-on-system-drive': (d) =>
    `the target ${d.target} is on the system drive (${d.drive}): moving there frees nothing on it`,
  'off-system-drive': (d) => `moves ${d.vars.join(', ')} off the system drive (${d.drive})`,
  'target-unc': (d) =>
    `the target ${d.target} is a network (UNC) path: builds through it are slow and file locking differs`,
  'target-spaces': (d) =>
    `the target ${d.target} contains a space: go and gcc cope, but #cgo and pkg-config flags that carry these paths, and make- or script-based cgo builds, can be split at spaces`,
  'target-non-ascii': (d) =>
    `the target ${d.target} contains non-ASCII characters: MinGW gcc and other cgo tools built for the ANSI code page can fail to open paths outside it`,
  'path-length': (d) =>
    `PATH will be ${d.length} characters long, close to the ${d.limit}-character limit some Windows tools cut it at`,
  'target-unusual-chars': (d) =>
    `the target ${d.target} contains spaces or non-ASCII characters; some build scripts mishandle such paths`,
};

export const relocate = {
  notes,
  say: (x: RelocSay): string => {
    switch (x.code) {
      case 'probe-built':
        return `built a probe package into the current build cache (${x.dir})`;
      case 'copied':
        return `${x.resumed ? 'resumed copy of' : 'copied'} ${x.var}: ${x.from} -> ${x.to} (${x.copied} files written${x.skipped > 0 ? `, ${x.skipped} already complete` : ''}, ${x.links} links${x.hardLinks > 0 ? `, ${x.hardLinks} hard links` : ''})`;
      case 'special-skipped':
        return `skipped ${x.count} special file(s) in ${x.var} (sockets, FIFOs): ${x.examples.join(', ')}`;
      case 'source-missing':
        return `${x.var}: ${x.from} does not exist; only the setting changes`;
      case 'verified':
        return `verified ${x.var}: ${x.files} files, ${x.bytes} bytes, ${x.links} links, ${x.dirs} directories in both`;
      case 'backed-up':
        return `backed up ${x.file} to ${x.backup}`;
      case 'ran-go-env':
        return `ran go env -w ${x.args}`;
      case 'wrote-startup':
        return `wrote ${x.files.join(', ')} (go-doctor fix --undo takes it back); the change applies to new shells: open one and rerun this command to finish`;
      case 'waiting-env':
        return x.written
          ? `${x.vars.join(', ')}: set in the environment; the startup files now set the new path, but go keeps the old one in this shell until a new shell starts`
          : `${x.vars.join(', ')}: set in the environment, which go-doctor does not change; go still uses the old path until you apply the lines below`;
      case 'cache-hit':
        return `a build with GOCACHE=${x.dir} was served from the moved cache (no compile step)`;
      case 'path-still-old':
        return `PATH still lists ${x.from}; its old copy stays until PATH lists ${x.to} instead`;
      case 'carried-over':
        return `carried over ${x.count} file(s) written to the old ${x.var} meanwhile`;
      case 'removed-old':
        return `removed the old ${x.var} ${x.from}`;
      case 'done':
        return x.keepOld ? 'done; the old copies are kept (--keep-old)' : 'done';
      case 'restored-goenv':
        return `restored the go env file's ${x.vars.join(', ')} settings`;
      case 'removed-new':
        return `removed the new copy ${x.dir}`;
      case 'rolled-back':
        return 'rolled back: go uses the old directories, which were never touched';
      case 'already-finished':
        return `${x.target} already holds a finished relocation`;
      case 'progress':
        return `  ${x.var}: ${x.files} files…`;
      case 'probe-failed-before':
        return `the probe build with the current settings failed, so the move could not be verified: ${x.error}`;
      case 'copy-stopped':
        return `copying ${x.var} stopped: ${x.error}${x.path ? ` (${x.path})` : ''}. go still uses the old directories; fix the cause and rerun with --apply to resume, or --rollback`;
      case 'copy-differs':
        return `the copy of ${x.var} differs from ${x.from} (files ${x.files[0]} vs ${x.files[1]}, bytes ${x.bytes[0]} vs ${x.bytes[1]}, links ${x.links[0]} vs ${x.links[1]}, directories ${x.dirs[0]} vs ${x.dirs[1]}): something changed it during the copy; rerun to resume`;
      case 'failed':
        return x.error;
      case 'startup-failed':
        return `could not update the shell startup files: ${x.error}`;
      case 'goenv-failed':
        return `go env -json ${x.names.join(' ')} failed after the switch: ${x.error}`;
      case 'goenv-mismatch':
        return `after the switch go env ${x.name} prints ${x.got || '(empty)'}, not ${x.want}`;
      case 'cache-miss':
        return `the probe package was compiled again with GOCACHE=${x.dir}: the moved cache did not serve the build`;
      case 'probe-failed-after':
        return `the probe build with the new settings failed: ${x.error}`;
      case 'already-removed':
        return `the old ${x.moves.map((m) => `${m.var} (${m.from})`).join(', ')} ${x.moves.length === 1 ? 'was' : 'were'} already removed; to go back, relocate again: go-doctor relocate --to <dir> --apply`;
      case 'still-points':
        return `${x.var} in this environment still points at ${x.to}; apply the lines below, then rerun --rollback to remove it`;
      case 'unfinished':
        return `an unfinished relocation to ${x.target} is recorded; rerun with --apply to resume it or --rollback to undo it`;
    }
  },
  problem: (p: RelocProblem): string => {
    switch (p.code) {
      case 'needs-to':
        return 'relocate needs --to DIR';
      case 'bad-vars':
        return `--vars takes a list of ${p.allowed.join(', ')}; got "${p.got}"`;
      case 'no-vars':
        return '--vars names no variable';
      case 'gopath-list':
        return `GOPATH has ${p.count} entries (${p.value}); relocate moves a GOPATH of one entry only`;
      case 'nothing-to-move':
        return `${p.var} is ${p.off ? 'off' : 'empty'} here, so there is nothing to move`;
      case 'relative':
        return `${p.var} is a relative path (${p.from}); go refuses it`;
      case 'facts-apply':
        return '--apply and --rollback work on this machine, not on a --facts snapshot';
      case 'apply-rollback':
        return '--apply and --rollback exclude each other';
      case 'facts-relative-to':
        return `--to must be an absolute ${p.os} path with --facts; got "${p.to}"`;
      case 'journal-unreadable':
        return `${p.file} is not a readable relocate journal (${p.error}); move it away to start over`;
      case 'not-a-journal':
        return `${p.file} is not a go-doctor relocate journal; move it away to start over`;
      case 'nothing-to-roll-back':
        return `no unfinished relocation to ${p.target} to roll back`;
    }
  },
  /** A default's derivation (the settings model's phrase): English as it is. */
  derivation: (text: string): string => text,
  /** Where a move's value comes from now. */
  source: {
    env: 'set in the environment',
    envfile: 'set with go env -w',
    goroot: 'set in $GOROOT/go.env',
    default: (d: { derivation: string | null }) => `default${d.derivation ? ` (${d.derivation})` : ''}`,
  },
  notMeasured: 'size not measured',
  notYet: 'does not exist yet',
  size: (d: { bytes: string; files: number; links: number }) =>
    `${d.bytes}, ${d.files} files${d.links > 0 ? `, ${d.links} links` : ''}`,
  planHeading: 'go-doctor relocate: plan (nothing has been changed; --apply carries it out)',
  applyingHeading: 'go-doctor relocate: applying',
  sizesNotMeasured: 'sizes not measured',
  needs: (d: { need: string; free: string | null }) =>
    `needs about ${d.need}${d.free === null ? '' : `, ${d.free} free`}`,
  target: (d: { target: string; space: string }) => `Target: ${d.target} (${d.space})`,
  movesWith: (d: { var: string }) => `moves with ${d.var}`,
  now: (d: { where: string; source: string }) => `${d.where}; now ${d.source}`,
  noSetting: (d: { var: string }) => `setting: none needed (follows ${d.var})`,
  /** A command of the plan: run by go-doctor (go env -w/-u) or by the user. */
  runs: (d: { by: 'go-doctor' | 'you'; line: string }) =>
    `${d.by === 'go-doctor' ? 'go-doctor runs' : 'you run'}: ${d.line}`,
  pathMoves: (d: { from: string; to: string }) =>
    `PATH: the install directory moves from ${d.from} to ${d.to}:`,
  levels: { refuse: 'Refused:', warning: 'Warnings:', info: 'Notes:' } as Readonly<Record<string, string>>,
  refusedEnd: 'Nothing can be moved until the refusals above are resolved.',
  applyEnd:
    'With --apply: copy, verify (sizes, file counts, go env, a build served from the moved cache), switch, then remove the old copies (--keep-old keeps them).',
  status: { done: 'done', waiting: 'waiting for you', failed: 'stopped', refused: 'refused' } as Readonly<
    Record<string, string>
  >,
  outcomeHeading: (d: { mode: string; status: string }) => `go-doctor relocate ${d.mode}: ${d.status}`,
  journal: (d: { file: string; state: string }) => `Journal ${d.file} (${d.state}):`,
  problems: 'Problems:',
  forYou: 'For you to apply (go-doctor does not change your shell startup files or environment yet):',
  thenRerun: 'Then open a new shell and rerun the same command with --apply; the old copies stay until then.',
  prompt: 'Apply this plan? [y/N] ',
};
