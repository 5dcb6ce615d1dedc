/** English words of the `diff` output (source of truth; ../zh-CN/ui-diff.ts matches it key for key). */
export const diff = {
  comparing: (d: { n: number; machines: readonly string[] }) =>
    `Comparing ${d.n} machines: ${d.machines.join(', ')}`,
  none: 'No Go-relevant differences.',
  oddOneOut: (d: { machines: readonly string[] }) => `  (odd one out: ${d.machines.join(', ')})`,
  /** Where a value comes from, by settings layer. */
  sources: {
    env: 'environment',
    envfile: 'go env -w',
    goroot: '$GOROOT/go.env',
    default: 'default',
  } as Readonly<Record<string, string>>,
  /** The pseudo-variables and placeholder values diff shows besides go env names. */
  names: {
    'go version': 'go version',
    'go path': 'go path',
    'os/arch': 'os/arch',
  } as Readonly<Record<string, string>>,
  /** A value as shown: quoted, except go-doctor's own placeholders ((none), (none on PATH), (not reported)). */
  value: (v: string): string => JSON.stringify(v),
  same: (d: { names: readonly string[] }) => `Equal everywhere: ${d.names.join(', ')}`,
};
