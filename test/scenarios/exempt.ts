/**
 * Checks that no Linux scenario can exercise, with the reason. Every other check must be named in a
 * scenario's expectation (test/registry.test.ts enforces it).
 */
export const SCENARIO_EXEMPT: Record<string, string> = {
  'appdata-missing':
    'Windows only (%LocalAppData%/%AppData%); exercised by test/fixtures/facts/windows-no-appdata.json, and its Linux counterpart (HOME unset) by home-unset scenarios.',
  'policy-require':
    'Policy checks compare settings with what the repository policy declares, not with what makes go fail; test/policy.test.ts runs them through the CLI against the values the real go env reports.',
  'policy-min-go':
    'Policy checks compare settings with what the repository policy declares, not with what makes go fail; test/policy.test.ts runs them through the CLI against the values the real go env reports.',
  'policy-min-free':
    'Policy checks compare settings with what the repository policy declares, not with what makes go fail; test/policy.test.ts runs them through the CLI against the values the real go env reports.',
  'policy-managers':
    'Policy checks compare settings with what the repository policy declares, not with what makes go fail; test/policy.test.ts runs them through the CLI against the values the real go env reports.',
  'du-volume-low':
    "du's disk checks need sizes and free space that only `go-doctor du` measures; test/du.test.ts runs du on real trees (sizes equal to du -sb, real go clean) and test/du-snapshots.test.ts on macOS and Windows snapshots.",
  'du-system-drive':
    "du's disk checks need sizes and free space that only `go-doctor du` measures; test/du.test.ts runs du on real trees (sizes equal to du -sb, real go clean) and test/du-snapshots.test.ts on macOS and Windows snapshots.",
  'du-gocache-large':
    "du's disk checks need sizes and free space that only `go-doctor du` measures; test/du.test.ts runs du on real trees (sizes equal to du -sb, real go clean) and test/du-snapshots.test.ts on macOS and Windows snapshots.",
  'du-unreadable':
    "du's disk checks need sizes and free space that only `go-doctor du` measures; test/du.test.ts runs du on real trees (sizes equal to du -sb, real go clean) and test/du-snapshots.test.ts on macOS and Windows snapshots.",
};
