/**
 * TEMPLATE for a new check. Copy this file to src/checks/<group>/<your-check-id>.ts (the folder is the
 * group, the file name is the id), write src/checks/<group>/<your-check-id>.test.ts next to it, and add
 * at least one real-go scenario that exercises it to test/scenarios/<topic>.scenarios.ts. Nothing else:
 * the registry is generated from the folders (scripts/gen-registry.mjs). See docs/adding-a-check.md.
 *
 * This file is type-checked but not registered (files starting with "_" are skipped).
 */
import { defineCheck } from '../core/check.js';
import { origin, show } from './_lib/text.js';

export default defineCheck({
  // Stable and kebab-case: users silence checks by id, and findings carry it.
  id: 'example-gofoo-invalid',
  // What passing means (shown with -v).
  title: 'GOFOO is valid',
  group: 'build',
  // The settings this check is about, spelt as `go env` spells them.
  vars: ['GOFOO'],
  // Where the rule holds. Omit what does not matter. The same setting can be fatal on one release and
  // ignored on another: say so here, and verify each side with a scenario.
  appliesTo: { go: { since: '1.21' } },
  // What go really does, with its exact message, and which releases the scenarios verified.
  docs: `
Explain the rule in a few sentences, quote go's error verbatim, and name the scenarios that verify it.
`,
  // One entry per message code. Messages are built from data only: never concatenate text in run().
  messages: {
    invalid: {
      message: (d: { value: string; origin: string }) =>
        `GOFOO is ${d.value} (${d.origin}), which go rejects.`,
      why: () => 'Every build fails with "go: invalid GOFOO". (Quote go\'s real message here.)',
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOFOO');
    if (s.value === '' || s.value === 'ok') return;
    // Severity: error only when a common go command fails; warning when it works but surprises.
    report(
      'invalid',
      'error',
      { value: show(s.value), origin: origin(s) },
      { fixes: ctx.fixSetting('GOFOO', null) },
    );
  },
});
