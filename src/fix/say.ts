/**
 * What go-doctor fix says about a planned, applied or undone change, as data: a code and the values in
 * it. ui.fixReport.say words it in each language; the plan, apply and undo results also keep the
 * English text (JSON and the journal stay English).
 */

/** Why a setting could not be made to hold: a later assignment, files go-doctor cannot edit. */
export interface Blocked {
  /** file:line list of later assignments (empty when none). */
  later: string;
  /** "file (error)" for each file go-doctor could not edit. */
  uneditable: string[];
}

export type FixSay =
  | { code: 'same-change'; finding: string }
  | { code: 'no-startup-facts-var'; var: string; set: boolean }
  | { code: 'already-set'; var: string; value: string }
  | { code: 'left-in-place'; where: string }
  | { code: 'cannot-win'; var: string; contexts: string[]; blocked: Blocked }
  | { code: 'already-removed'; var: string }
  | { code: 'var-from-environment'; var: string }
  | { code: 'still-assigned'; where: string }
  | { code: 'still-set'; var: string; contexts: string[]; blocked: Blocked }
  | { code: 'no-startup-facts-path-add'; dir: string }
  | { code: 'cannot-add-path'; dir: string; contexts: string[]; blocked: Blocked | null }
  | { code: 'no-startup-facts-path-remove'; entry: string }
  | { code: 'path-from-environment'; entry: string }
  | { code: 'path-also-added-uneditable'; entry: string; where: string }
  | { code: 'no-goenv-file'; flag: '-w' | '-u' }
  | { code: 'mkdir-undo' }
  | { code: 'run-apply-only' }
  | { code: 'cannot-read'; file: string; error: string | null }
  | { code: 'line-changed'; line: number; file: string; from: string; now: string | null }
  | { code: 'win-var-also-set'; var: string; where: string }
  | { code: 'win-path-also-added'; entry: string; where: string }
  | { code: 'win-system-path'; entry: string }
  /** A check's own advice: English, and the chosen language's text when the catalog has one. */
  | { code: 'advice'; text: string; translated?: string };

/** Apply and undo results. */
export type ApplySay =
  | { code: 'changed-since-read'; file: string }
  | { code: 'cannot-write'; file: string; error: string }
  | { code: 'not-this-os' }
  | { code: 'apply-only' }
  | { code: 'command-failed'; command: string; timedOut: boolean; spawnError: string | null; output: string }
  | { code: 'cannot-create'; dir: string; error: string }
  | { code: 'nothing-to-undo'; stateDir: string }
  | { code: 'cannot-read-journal'; file: string; error: string }
  | { code: 'not-a-journal'; file: string }
  | { code: 'undo-changed'; files: string[]; backups: string };
