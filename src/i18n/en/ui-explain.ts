/** English words of the `explain` output (source of truth; ../zh-CN/ui-explain.ts matches it key for key). */
import type { ExplainNote } from '../../core/explain.js';

export const explain = {
  head: (d: { version: string | null; os: string; arch: string }) =>
    d.version ? `go${d.version} ${d.os}/${d.arch}` : `go (version unknown) ${d.os}/${d.arch}`,
  noAnswer: (d: { error: string | null }) =>
    `go env did not answer (${d.error ?? 'unknown reason'}): the values below are predicted`,
  factsFrom: (d: { origin: string }) => `facts from: ${d.origin}`,
  empty: '(empty)',
  /** Labels of the lines under a variable, padded to 9 columns. */
  labels: {
    from: 'from',
    derived: 'derived',
    shadows: 'shadows',
    ignored: 'ignored',
    note: 'note',
    model: 'model',
  },
  source: {
    env: 'the environment',
    envfile: (d: { at: string }) => (d.at ? `the go env -w file (${d.at})` : 'the go env -w file'),
    goroot: (d: { at: string }) => (d.at ? `$GOROOT/go.env (${d.at})` : '$GOROOT/go.env'),
    default: 'the default',
  },
  predicted: (d: { goAnswered: boolean }): string =>
    d.goAnswered ? " (predicted; not in go's answer)" : ' (predicted)',
  /** "NAME=value (empty) in <source>" for a shadowed or ignored layer. */
  layer: (d: { name: string; value: string; source: string }) =>
    `${d.name}=${d.value}${d.value === '' ? ' (empty)' : ''} in ${d.source}`,
  layerWithNote: (d: { layer: string; note: string }) => `${d.layer}: ${d.note}`,
  /** A default's derivation (src/core/settings.ts): English as it is. */
  derivation: (text: string): string => text,
  /** Why a layer is ignored or blocked (src/core/settings.ts LayerRef.note): English as it is. */
  layerNote: (text: string): string => text,
  modelDisagrees: (d: { model: string }) =>
    `go-doctor's model predicted ${d.model}; go's own answer is shown`,
  note: (n: ExplainNote, reason: (r: string) => string = (r) => r): string => {
    switch (n.code) {
      case 'cannot-predict':
        return 'go-doctor cannot predict this value without go';
      case 'not-listed':
        return `go${n.version} go env does not list ${n.name}; ${n.old ? 'asked by name it prints an empty value' : 'asked by name it prints what the environment or the files set, with no default'}`;
      case 'predates-gotoolchain':
        return `go${n.version} predates GOTOOLCHAIN (Go 1.21): the local go always runs`;
      case 'selects': {
        const what =
          n.outcome === 'local'
            ? `the local ${n.toolchain} runs`
            : n.outcome === 'path'
              ? `switches to ${n.toolchain} found in PATH`
              : n.outcome === 'download'
                ? `switches to ${n.toolchain}, downloaded on first use`
                : `go fails: ${n.error ?? 'no toolchain can be selected'}`;
        return `here it selects: ${what} (${reason(n.reason)}${n.file ? `, ${n.file}` : ''})`;
      }
      case 'cgo-not-0-or-1':
        return 'only 0 and 1 mean anything to go';
      case 'goenv-off':
        return 'GOENV=off: go reads no go env file';
      case 'gocache-not-absolute':
        return 'go prints off because the value is not an absolute path, and builds fail';
    }
  },
  unknownVar: (d: { names: readonly string[]; caseHint: boolean }) =>
    `not a go env variable: ${d.names.join(', ')}${d.caseHint ? ' (names are case-sensitive; did you mean upper case?)' : ''}`,
};
