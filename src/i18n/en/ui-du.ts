/** English words of the `du` output (source of truth; ../zh-CN/ui-du.ts matches it key for key). */
export const du = {
  nothing: 'No Go cache or GOPATH location to measure (GOCACHE, GOMODCACHE and GOPATH are unset or off).',
  files: (n: number): string => (n === 1 ? 'file ' : 'files'),
  missing: '(missing)',
  volume: (d: { volume: string }) => `volume ${d.volume}`,
  volumeUnknown: 'volume unknown',
  freeOf: (d: { path: string; free: string; total: string; share: string }) =>
    `${d.path}: ${d.free} free of ${d.total}${d.share}`,
  notCounting: (d: { parts: readonly string[] }) => `not counting ${d.parts.join(', ')}`,
  unreadable: (n: number) => `${n} unreadable`,
  notesSep: '; ',
  volumes: 'Volumes',
  system: ' [system]',
  cleanup: 'Cleanup',
  frees: 'frees',
  noFindings: (d: { minFree: string; maxCache: string }) =>
    `No findings (--min-free ${d.minFree}, --max-cache ${d.maxCache}).`,
  minFree: (d: { percent: number | null; bytes: string | null }) =>
    [d.percent !== null ? `${d.percent}%` : null, d.bytes].filter((x) => x !== null).join(' and '),
  findings: 'Findings',
  progress: (d: { var: string; bytes: string; files: string }) => `${d.var}: ${d.bytes}, ${d.files} files…`,
  /** Markdown: the sizes section after the findings. */
  mdHeading: '#### Disk use',
  mdColumns: '| location | size | files | path | volume free |',
  mdVolumes: '#### Volumes',
  mdVolumeColumns: '| volume | free | total |',
  mdCleanup: '#### What go clean frees',
  badMinFree: (d: { got: string }) =>
    `--min-free must be a percentage (10%) or a size (5GiB); got "${d.got}"`,
  badMaxCache: (d: { got: string }) => `--max-cache must be a size (10GiB, 500MiB); got "${d.got}"`,
  noDuPart: (d: { file: string }) =>
    `${d.file} has no "du" part; save one with: go-doctor du --save-facts FILE`,
  cleanupNotes: {
    cache:
      'build and test outputs (GOCACHE/00…ff, log.txt); keeps the fuzz corpus; builds are slower until it refills',
    testcache:
      'frees nothing now: it writes GOCACHE/testexpire.txt so cached test results are ignored; go trims unused entries after 5 days',
    fuzzcache: 'the fuzzing corpus go test -fuzz found (GOCACHE/fuzz); fuzzing restarts from the seed corpus',
    modcache: (d: { toolchains: string | null }) =>
      `all of GOMODCACHE: downloads, extracted modules${d.toolchains !== null ? `, toolchains (${d.toolchains})` : ''}, sumdb cache; the next build downloads again from GOPROXY`,
  },
};
