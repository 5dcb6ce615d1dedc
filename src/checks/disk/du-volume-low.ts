import { defineCheck } from '../../core/check.js';
import { describeMinFree, diskAnalysis, formatBytes, freeShare } from '../../core/du.js';
import type { Fix } from '../../core/fix.js';

const clean = (flag: string): Fix => ({ kind: 'run', argv: ['go', 'clean', flag] });

export default defineCheck({
  id: 'du-volume-low',
  title: 'The volumes holding GOCACHE and GOMODCACHE have room (--min-free)',
  group: 'disk',
  vars: ['GOCACHE', 'GOMODCACHE'],
  docs: `
\`go-doctor du\` only. A volume holding GOCACHE or GOMODCACHE with less free space than \`--min-free\`
(default: below 10% **and** below 10 GiB, so a 4 TB disk with 300 GiB free is not "nearly full"). Free
space is what an unprivileged user can use (statfs f_bavail). Once it is full, go fails while writing the
cache or extracting a module (\`no space left on device\`). The finding says what \`go clean -cache\`,
\`-fuzzcache\` and \`-modcache\` would free there, measured, and offers those commands.
`,
  messages: {
    low: {
      message: (d: {
        volume: string;
        vars: readonly string[];
        free: number;
        total: number;
        minFreePercent: number | null;
        minFreeBytes: number | null;
      }) =>
        `The volume ${d.volume} holding ${d.vars.join(' and ')} has ${formatBytes(d.free)} free of ${formatBytes(d.total)}${freeShare(d)}, below --min-free ${describeMinFree({ ...(d.minFreePercent !== null ? { percent: d.minFreePercent } : {}), ...(d.minFreeBytes !== null ? { bytes: d.minFreeBytes } : {}) })}.`,
      why: (d: {
        vars: readonly string[];
        bytes: number;
        freesCache: number | null;
        freesFuzzcache: number | null;
        freesModcache: number | null;
      }) => {
        const frees = [
          d.freesCache !== null ? `go clean -cache frees ${formatBytes(d.freesCache)}` : null,
          d.freesFuzzcache !== null ? `go clean -fuzzcache frees ${formatBytes(d.freesFuzzcache)}` : null,
          d.freesModcache !== null ? `go clean -modcache frees ${formatBytes(d.freesModcache)}` : null,
        ].filter((x) => x !== null);
        return `Builds, tests and module downloads fail once it is full; ${d.vars.join(' and ')} take ${formatBytes(d.bytes)} there.${frees.length > 0 ? ` ${frees.join('; ')}.` : ''}`;
      },
    },
  },
  run(ctx, report) {
    const m = ctx.thresholds.minFree;
    for (const v of diskAnalysis(ctx.facts, ctx.thresholds).volumeLow) {
      const fixes: Fix[] = [];
      if (v.freesCache !== null) fixes.push(clean('-cache'));
      if (v.freesFuzzcache !== null) fixes.push(clean('-fuzzcache'));
      if (v.freesModcache !== null) fixes.push(clean('-modcache'));
      report(
        'low',
        'warning',
        { ...v, minFreePercent: m.percent ?? null, minFreeBytes: m.bytes ?? null },
        { vars: v.vars, fixes },
      );
    }
  },
});
