/**
 * What go-doctor relocate says, as data: the plan's notes (code + data), the steps and problems of an
 * apply or rollback, and usage problems. ui.relocate words them in each language; plans, outcomes and
 * JSON keep the English text as well.
 */

/** The data of each plan note, by its code. */
export interface NoteData {
  'target-relative': { target: string };
  'target-separator': { target: string; sep: string };
  'target-inside-source': { target: string; var: string; from: string };
  'source-inside-target': { target: string; var: string; from: string };
  'would-sweep': { staying: string; value: string; var: string; from: string };
  'would-sweep-home': { var: string; from: string; home: string };
  'would-sweep-goenv': { goenv: string; var: string; from: string };
  'would-sweep-goroot': { goroot: string; var: string; from: string };
  'install-dir-not-on-path': { from: string; to: string };
  'source-missing': { var: string; from: string };
  'source-unreadable': { count: number; var: string; from: string };
  'no-space': { need: string; margin: string; free: string };
  'space-unknown': Record<string, never>;
  'target-not-dir': { target: string };
  'target-not-empty': { target: string };
  'same-volume': { vars: string[]; refused: boolean };
  'deps-recompile': Record<string, never>;
  'system-drive-assumed': Record<string, never>;
  'target-on-system-drive': { target: string; drive: string };
  'off-system-drive': { vars: string[]; drive: string };
  'target-unc': { target: string };
  'target-spaces': { target: string };
  'target-non-ascii': { target: string };
  'path-length': { length: number; limit: number };
  'target-unusual-chars': { target: string };
}

export type NoteCode = keyof NoteData;

/** A step done or a problem met while applying or rolling back. */
export type RelocSay =
  | { code: 'probe-built'; dir: string }
  | {
      code: 'copied';
      var: string;
      from: string;
      to: string;
      resumed: boolean;
      copied: number;
      skipped: number;
      links: number;
      hardLinks: number;
    }
  | { code: 'special-skipped'; var: string; count: number; examples: string[] }
  | { code: 'source-missing'; var: string; from: string }
  | { code: 'verified'; var: string; files: number; bytes: number; links: number; dirs: number }
  | { code: 'backed-up'; file: string; backup: string }
  | { code: 'ran-go-env'; args: string }
  | { code: 'wrote-startup'; files: string[] }
  | { code: 'waiting-env'; vars: string[]; written: boolean }
  | { code: 'cache-hit'; dir: string }
  | { code: 'path-still-old'; from: string; to: string }
  | { code: 'carried-over'; var: string; count: number }
  | { code: 'removed-old'; var: string; from: string }
  | { code: 'done'; keepOld: boolean }
  | { code: 'restored-goenv'; vars: string[] }
  | { code: 'removed-new'; dir: string }
  | { code: 'rolled-back' }
  | { code: 'already-finished'; target: string }
  | { code: 'progress'; var: string; files: number }
  // problems
  | { code: 'probe-failed-before'; error: string }
  | { code: 'copy-stopped'; var: string; error: string; path: string | null }
  | {
      code: 'copy-differs';
      var: string;
      from: string;
      files: [number, number];
      bytes: [number, number];
      links: [number, number];
      dirs: [number, number];
    }
  | { code: 'failed'; error: string }
  | { code: 'startup-failed'; error: string }
  | { code: 'goenv-failed'; names: string[]; error: string }
  | { code: 'goenv-mismatch'; name: string; got: string; want: string }
  | { code: 'cache-miss'; dir: string }
  | { code: 'probe-failed-after'; error: string }
  | { code: 'already-removed'; moves: { var: string; from: string }[] }
  | { code: 'still-points'; var: string; to: string }
  | { code: 'unfinished'; target: string };

/** Why the command line or a plan cannot go ahead (usage errors). */
export type RelocProblem =
  | { code: 'needs-to' }
  | { code: 'bad-vars'; allowed: readonly string[]; got: string }
  | { code: 'no-vars' }
  | { code: 'gopath-list'; count: number; value: string }
  | { code: 'nothing-to-move'; var: string; off: boolean }
  | { code: 'relative'; var: string; from: string }
  | { code: 'facts-apply' }
  | { code: 'apply-rollback' }
  | { code: 'facts-relative-to'; os: string; to: string }
  | { code: 'journal-unreadable'; file: string; error: string }
  | { code: 'not-a-journal'; file: string }
  | { code: 'nothing-to-roll-back'; target: string };
