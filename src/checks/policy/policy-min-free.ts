import { defineCheck } from '../../core/check.js';
import { parseMinFree } from '../../core/du.js';
import { adviceFix } from '../../core/fix.js';
import { formatBytes } from '../_lib/cache.js';

const LABELS = { GOCACHE: 'GOCACHE', GOMODCACHE: 'GOMODCACHE', GOPATH: 'GOPATH[0]' } as const;

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  free: (d: { path: string }) => `free space on the volume of ${d.path}`,
};

export default defineCheck({
  id: 'policy-min-free',
  title: 'The caches have the free space the repository policy requires',
  group: 'policy',
  vars: ['GOCACHE', 'GOMODCACHE', 'GOPATH'],
  docs: `
The policy's \`minFree\` sets the free space each cache's volume must have (GOCACHE, GOMODCACHE, the first
GOPATH entry), as a size (10GiB, 500MB) or a percentage of the volume (15%). A volume with less is an
error: the team expects builds to fail or slow down there. Free space is what an unprivileged user can
use (statfs f_bavail).
`,
  messages: {
    low: {
      message: (d: {
        name: string;
        path: string;
        free: string;
        need: string;
        policy: string;
        line: number;
      }) =>
        `${d.name} (${d.path}) has ${d.free} free, less than the ${d.need} that ${d.policy}:${d.line} requires.`,
      why: () =>
        'Clean the cache (go clean -cache, go clean -modcache) or move it to a bigger volume (go-doctor relocate).',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const p = ctx.policy;
    if (!p) return;
    for (const [name, want] of Object.entries(p.minFree) as [
      keyof typeof LABELS,
      { text: string; line: number },
    ][]) {
      const info = ctx.pathInfo(LABELS[name]);
      const v = info?.volume;
      const size = parseMinFree(want.text);
      if (!info || !v || !size) continue;
      const need = size.bytes ?? Math.ceil(((size.percent ?? 0) / 100) * v.total);
      if (v.free >= need) continue;
      report(
        'low',
        'error',
        {
          name,
          path: info.path,
          free: formatBytes(v.free),
          need: size.bytes !== undefined ? formatBytes(need) : `${want.text} (${formatBytes(need)})`,
          policy: p.file,
          line: want.line,
        },
        { vars: [name], fixes: [adviceFix(ADVICE, 'free', { path: info.path })] },
      );
    }
  },
});
