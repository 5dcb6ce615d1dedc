/**
 * Checks that no Linux scenario can exercise, with the reason. Every other check must be named in a
 * scenario's expectation (test/registry.test.ts enforces it).
 */
export const SCENARIO_EXEMPT: Record<string, string> = {};
