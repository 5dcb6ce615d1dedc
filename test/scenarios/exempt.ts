/**
 * Checks that no Linux scenario can exercise, with the reason. Every other check must be named in a
 * scenario's expectation (test/registry.test.ts enforces it).
 */
export const SCENARIO_EXEMPT: Record<string, string> = {
  'appdata-missing':
    'Windows only (%LocalAppData%/%AppData%); exercised by test/fixtures/facts/windows-no-appdata.json, and its Linux counterpart (HOME unset) by home-unset scenarios.',
};
