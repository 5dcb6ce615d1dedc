/**
 * The one way to declare a check. A check is data plus a pure function over the facts:
 *
 *   export default defineCheck({
 *     id: 'gocache-off',                  // stable, kebab-case, unique
 *     title: 'GOCACHE is not "off"',       // what passing means, shown with -v
 *     group: 'cache',
 *     vars: ['GOCACHE'],                  // what it is about, as `go env` spells it
 *     appliesTo: { go: { since: '1.12' } },
 *     docs: '...markdown...',
 *     messages: { off: { message: (d: { source: string }) => `...`, why: () => '...' } },
 *     run(ctx, report) { ...; report('off', 'error', { source }, { fixes }) },
 *   });
 *
 * Findings carry a message code and data; text is made from the data by the declared message
 * functions, never assembled inside run(). Checks must not touch process, fs or child_process.
 */
import type { DuThresholds } from './du.js';
import type { Facts, GoBinary, OS, PathInfo } from './facts.js';
import type { Fix } from './fix.js';
import type { PathApi } from './paths.js';
import type { Policy } from './policy.js';
import type { Setting, SettingsModel } from './settings.js';
import type { ToolchainSelection } from './toolchain.js';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type GroupId =
  | 'toolchain'
  | 'modules'
  | 'gopath'
  | 'cache'
  | 'network'
  | 'build'
  | 'environment'
  | 'policy'
  | 'disk';

export const GROUPS: Record<GroupId, { title: string; order: number }> = {
  toolchain: { title: 'Go toolchain', order: 0 },
  environment: { title: 'Environment (HOME, PATH, go env file)', order: 1 },
  gopath: { title: 'GOPATH and installed commands', order: 2 },
  cache: { title: 'Caches and temporary directories', order: 3 },
  modules: { title: 'Modules, workspaces and GOFLAGS', order: 4 },
  network: { title: 'Module proxy and checksum database', order: 5 },
  build: { title: 'Build target and cgo', order: 6 },
  policy: { title: 'Repository policy (.go-doctor.yaml)', order: 7 },
  // Checks of `go-doctor du` only (src/checks/disk/): they need the sizes that only du measures.
  disk: { title: 'Disk use (go-doctor du)', order: 8 },
};

/** Inclusive `since`, exclusive `before`, compared as Go versions ("1.21" covers 1.21rc1 and 1.21.x). */
export interface GoVersionRange {
  since?: string;
  before?: string;
}

export interface AppliesTo {
  go?: GoVersionRange;
  os?: readonly OS[];
}

/** JSON-safe data that messages are built from. */
export type FindingData = Record<string, string | number | boolean | null | readonly string[] | undefined>;

export interface MessageSpec<D> {
  /** One line: what is wrong. */
  message: (data: D) => string;
  /** Why it matters: what go does, with go's own words where it fails. */
  why?: (data: D) => string;
}

// biome-ignore lint/suspicious/noExplicitAny: message data types are inferred per code.
export type Messages = Record<string, MessageSpec<any>>;

export type DataOf<M extends Messages, K extends keyof M> = M[K] extends MessageSpec<infer D> ? D : never;

/**
 * Advice (fixes a person carries out) as English text functions over data, keyed: run() makes the fix
 * with adviceFix(ADVICE, key, data) (src/core/fix.ts) so that the text can be translated by key.
 */
// biome-ignore lint/suspicious/noExplicitAny: advice data types are inferred per key.
export type AdviceSpecs = Record<string, (data: any) => string>;

export interface ReportOptions {
  fixes?: readonly Fix[];
  /** The variables this finding is about; defaults to the check's vars. */
  vars?: readonly string[];
}

export type Report<M extends Messages> = <K extends keyof M & string>(
  code: K,
  severity: Severity,
  data: DataOf<M, K>,
  options?: ReportOptions,
) => void;

export interface CheckContext {
  readonly facts: Facts;
  readonly os: OS;
  /** Path functions of the OS the facts come from. */
  readonly path: PathApi;
  /** The version whose rules apply (the toolchain that will run), without "go"; null when unknown. */
  readonly goVersion: string | null;
  /** The version of the go found first on PATH, without "go". */
  readonly localGoVersion: string | null;
  /** The go found first on PATH. */
  readonly go: GoBinary | null;
  /** $HOME (%USERPROFILE% on Windows), possibly empty. */
  readonly home: string;
  /** Effective value and origin of a go setting. */
  setting(name: string): Setting;
  /** What the file system says about a collected path (labels: GOCACHE, GOPATH[0], HOME, …). */
  pathInfo(label: string): PathInfo | undefined;
  /** Splits a list-valued setting (GOPATH, PATH) with the OS separator. */
  splitList(value: string): string[];
  /** What GOTOOLCHAIN selects here. */
  readonly toolchain: ToolchainSelection;
  /** Fixes that change a setting where it is actually set (environment, go env file, or both). */
  fixSetting(name: string, value: string | null): Fix[];
  /** The settings model behind setting(). */
  readonly settings: SettingsModel;
  /** The repo policy in effect (.go-doctor.yaml), or null. */
  readonly policy: Policy | null;
  /** Disk thresholds (du's --min-free and --max-cache; the defaults otherwise). */
  readonly thresholds: DuThresholds;
}

export interface CheckDefinition<M extends Messages = Messages, A extends AdviceSpecs = AdviceSpecs> {
  id: string;
  title: string;
  group: GroupId;
  vars: readonly string[];
  appliesTo?: AppliesTo;
  /** Markdown: what is checked, what go does (with the exact error), and on which releases. */
  docs: string;
  messages: M;
  /** The advice texts that run() may give as fixes (English), keyed for translation. */
  advice?: A;
  run(ctx: CheckContext, report: Report<M>): void;
}

export interface Check<M extends Messages = Messages, A extends AdviceSpecs = AdviceSpecs>
  extends CheckDefinition<M, A> {
  readonly kind: 'check';
}

/** A check of any message shape (run() is contravariant in its messages, so lists use this). */
// biome-ignore lint/suspicious/noExplicitAny: erased message types for heterogeneous lists.
export type AnyCheck = Check<any, any>;

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function defineCheck<M extends Messages, A extends AdviceSpecs = AdviceSpecs>(
  def: CheckDefinition<M, A>,
): Check<M, A> {
  if (!ID_RE.test(def.id)) throw new Error(`check id "${def.id}" must be kebab-case`);
  if (Object.keys(def.messages).length === 0) throw new Error(`check "${def.id}" declares no messages`);
  return Object.freeze({ ...def, kind: 'check' as const });
}

/** A finding before its text is made: check id, message code, data. */
export interface RawFinding {
  id: string;
  code: string;
  severity: Severity;
  vars: readonly string[];
  data: FindingData;
  fixes: readonly Fix[];
}

/** Why a check did not apply here. */
export type SkipReason =
  | { kind: 'os'; os: readonly string[] }
  | { kind: 'go-unknown' }
  | { kind: 'go'; range: GoVersionRange; version: string };

export type CheckStatus = 'pass' | 'error' | 'warning' | 'info' | 'skipped' | 'crashed';

export interface CheckResult {
  id: string;
  title: string;
  group: GroupId;
  status: CheckStatus;
  findings: RawFinding[];
  durationMs: number;
  /** Why it did not apply (English); `skip` says the same as data, for other languages. */
  skipped?: string;
  skip?: SkipReason;
  crash?: string;
}
