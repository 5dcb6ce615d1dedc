import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { describeRule, targetValue, violates } from '../_lib/policy.js';
import { origin } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  set: (d: { name: string; rule: string }) => `set ${d.name} to a value ${d.rule} (go env -w ${d.name}=…)`,
};

export default defineCheck({
  id: 'policy-require',
  title: 'Go settings have the values the repository policy requires',
  group: 'policy',
  // Each finding names its variable; the check is about whichever ones the policy names.
  vars: ['(the variables the policy names)'],
  docs: `
The repository's \`.go-doctor.yaml\` (or \`.go-doctor.json\`), found walking up from the working directory
to the repository root, can require values for go settings under \`require:\`: exactly a value, one of
several, a regular expression for the whole value, an item a list contains (GOFLAGS by spaces, GOPROXY
and the pattern lists by commas), a prefix (a company proxy), or a module path that GOPRIVATE-style
patterns must cover (matched as go matches them). The value compared is the effective one, as \`go env\`
prints it. A violation is an error unless the rule sets \`severity\`: the team declared it required, even
where go itself would still build.
`,
  messages: {
    violated: {
      message: (d: {
        name: string;
        value: string;
        wanted: string;
        origin: string;
        policy: string;
        line: number;
      }) => `${d.name} is "${d.value}" (${d.origin}), but ${d.policy}:${d.line} requires ${d.wanted}.`,
      why: (d: { policy: string }) =>
        `The repository policy (${d.policy}) says every machine building it must have this value.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const p = ctx.policy;
    if (!p) return;
    for (const [name, rule] of Object.entries(p.require)) {
      const s = ctx.setting(name);
      if (!violates(name, s.value, rule)) continue;
      const target = targetValue(rule);
      const fixes: Fix[] = target !== null ? ctx.fixSetting(name, target) : [];
      if (target === null) fixes.push(adviceFix(ADVICE, 'set', { name, rule: describeRule(rule) }));
      report(
        'violated',
        rule.severity ?? 'error',
        {
          name,
          value: s.value,
          wanted: describeRule(rule),
          origin: origin(s),
          policy: p.file,
          line: rule.line,
        },
        { fixes, vars: [name] },
      );
    }
  },
});
