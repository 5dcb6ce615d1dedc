/**
 * English words of problems in a repo policy file (.go-doctor.yaml/.json): what src/core/datafile.ts and
 * src/core/policy.ts find, keyed so that ../zh-CN/ui-policyFile.ts can say the same.
 */

/** What a value is, as a problem names it. */
export type Got = { kind: 'map' } | { kind: 'seq' } | { kind: 'scalar'; value: string };

const got = (g: Got): string =>
  g.kind === 'map' ? 'a mapping' : g.kind === 'seq' ? 'a list' : `"${g.value}"`;

export const policyFile = {
  unterminatedDouble: (d: { text: string }) => `unterminated "…" string: ${d.text}`,
  badEscape: (d: { text: string }) => `bad escape in "…" string: ${d.text}`,
  unterminatedSingle: (d: { text: string }) => `unterminated '…' string: ${d.text}`,
  anchor: (d: { char: string }) =>
    `"${d.char}" starts an anchor, alias, tag or block scalar, which a go-doctor policy does not support; quote the value`,
  nestedFlow: () => 'nested flow collections are not supported',
  unterminatedList: (d: { text: string }) => `unterminated [ … ] list: ${d.text}`,
  flowMapping: () => '{ … } mappings are not supported; use one key per line',
  multipleDocuments: () => 'multiple YAML documents are not supported',
  tabs: () => 'tabs are not allowed in YAML indentation; use spaces',
  unexpectedIndent: () => 'unexpected indentation',
  listItem: () => 'a list item where a "key: value" line was expected',
  expectedPair: (d: { text: string }) => `expected "key: value", got: ${d.text}`,
  emptyKey: () => 'empty key',
  duplicateKey: (d: { key: string }) => `duplicate key "${d.key}"`,
  unexpectedLine: (d: { text: string }) => `unexpected line: ${d.text}`,
  notJson: (d: { error: string }) => `not valid JSON: ${d.error}`,
  oneOf: (d: { allowed: readonly string[]; got: Got }) =>
    `must be one of ${d.allowed.join(', ')}; got ${got(d.got)}`,
  notString: (d: { got: Got }) => `must be a string, not ${got(d.got)}`,
  notSize: (d: { value: string }) => `"${d.value}" is not valid here (expected a size such as 10GiB or 15%)`,
  notGoVersion: (d: { value: string }) =>
    `"${d.value}" is not valid here (expected a Go version such as 1.22)`,
  noMatch: (d: { value: string; pattern: string }) =>
    `"${d.value}" is not valid here (expected a match for ${d.pattern})`,
  badRegex: (d: { value: string; error: string }) =>
    `"${d.value}" is not a valid regular expression: ${d.error}`,
  notList: (d: { got: Got }) => `must be a list, not ${got(d.got)}`,
  empty: () => 'must not be empty',
  notMapping: (d: { got: Got }) => `must be a mapping of keys to values, not ${got(d.got)}`,
  badName: (d: { key: string }) => `"${d.key}" is not a valid name here`,
  unknownKey: (d: { key: string; known: readonly string[] }) =>
    `unknown key "${d.key}"; known keys: ${d.known.join(', ')}`,
  tooLarge: (d: { file: string }) => `${d.file}: larger than 1 MiB; is this really a policy file?`,
  cannotRead: (d: { file: string; code: string }) => `cannot read the policy ${d.file}: ${d.code}`,
  invalid: (d: { lines: readonly string[] }) => `the policy is not valid:\n  ${d.lines.join('\n  ')}`,
};

/** A problem: which one, and its data. */
export type PolicyProblem = {
  [K in keyof typeof policyFile]: {
    key: K;
    data: Parameters<(typeof policyFile)[K]>[0] extends undefined
      ? Record<string, never>
      : Parameters<(typeof policyFile)[K]>[0];
  };
}[keyof typeof policyFile];

/** A problem's text in these words (English by default). */
export function problemText(p: PolicyProblem, words: typeof policyFile = policyFile): string {
  // biome-ignore lint/suspicious/noExplicitAny: each key's words take that key's data.
  return (words[p.key] as (d: any) => string)(p.data);
}
