import { defineCheck } from '../../core/check.js';
import { diskAnalysis, formatBytes } from '../../core/du.js';

export default defineCheck({
  id: 'du-gocache-large',
  title: 'GOCACHE is within --max-cache',
  group: 'disk',
  vars: ['GOCACHE'],
  docs: `
\`go-doctor du\` only. GOCACHE holds more than \`--max-cache\` (default 10 GiB). go trims the build cache
itself, deleting entries unused for 5 days at most once a day, so a large cache is what recent builds
use; \`go clean -cache\` frees the build outputs now (the fuzz corpus stays: \`go clean -fuzzcache\`).
`,
  messages: {
    large: {
      message: (d: { path: string; bytes: number; max: number }) =>
        `GOCACHE (${d.path}) holds ${formatBytes(d.bytes)}, more than --max-cache ${formatBytes(d.max)}.`,
      why: (d: { build: number; fuzz: number }) =>
        `go deletes entries unused for 5 days by itself (at most once a day), so this is what recent builds use; go clean -cache frees ${formatBytes(d.build)} now${d.fuzz > 0 ? ` and go clean -fuzzcache ${formatBytes(d.fuzz)}` : ''}.`,
    },
  },
  run(ctx, report) {
    const g = diskAnalysis(ctx.facts, ctx.thresholds).gocacheLarge;
    if (!g) return;
    report('large', 'warning', { ...g }, { fixes: [{ kind: 'run', argv: ['go', 'clean', '-cache'] }] });
  },
});
