import { defineCheck } from '../../core/check.js';
import { diskAnalysis, formatBytes, freeShare } from '../../core/du.js';
import type { Fix } from '../../core/fix.js';

export default defineCheck({
  id: 'du-system-drive',
  title: 'GOCACHE and GOMODCACHE are not crowding the system drive',
  group: 'disk',
  vars: ['GOCACHE', 'GOMODCACHE'],
  docs: `
\`go-doctor du\` only. GOCACHE or GOMODCACHE on the system drive (/, C:\\, macOS's data volume) while
another writable volume has room for them. A warning when the system drive is below \`--min-free\`, a
note when the caches are at least 1 GiB and could simply live elsewhere. Caches can live anywhere: the fix
empties each one and points go at the other volume with \`go env -w\` (the go env file, so every shell
and IDE sees it); \`go-doctor relocate --to DIR\` moves them instead, keeping their contents.
`,
  messages: {
    'on-system': {
      message: (d: {
        gocache: number | null;
        gomodcache: number | null;
        volume: string;
        free: number;
        total: number;
        other: string;
        otherFree: number;
        otherTotal: number;
      }) => {
        const on = [
          d.gocache !== null ? `GOCACHE (${formatBytes(d.gocache)})` : null,
          d.gomodcache !== null ? `GOMODCACHE (${formatBytes(d.gomodcache)})` : null,
        ].filter((x) => x !== null);
        return `${on.join(' and ')} ${on.length > 1 ? 'are' : 'is'} on the system drive ${d.volume}, which has ${formatBytes(d.free)} free${freeShare(d)}; ${d.other} has ${formatBytes(d.otherFree)} free${freeShare({ free: d.otherFree, total: d.otherTotal })}.`;
      },
      why: () =>
        'Caches can live anywhere: empty them and point go at the other volume (go env -w writes the go env file, so every shell and IDE sees it).',
    },
  },
  run(ctx, report) {
    const s = diskAnalysis(ctx.facts, ctx.thresholds).systemDrive;
    if (!s) return;
    const fixes: Fix[] = [];
    const vars: string[] = [];
    if (s.newGocache !== null) {
      vars.push('GOCACHE');
      fixes.push({ kind: 'run', argv: ['go', 'clean', '-cache'] });
      fixes.push({ kind: 'go-env-w', var: 'GOCACHE', value: s.newGocache });
    }
    if (s.newGomodcache !== null) {
      vars.push('GOMODCACHE');
      fixes.push({ kind: 'run', argv: ['go', 'clean', '-modcache'] });
      fixes.push({ kind: 'go-env-w', var: 'GOMODCACHE', value: s.newGomodcache });
    }
    report(
      'on-system',
      s.severity,
      {
        gocache: s.gocache,
        gomodcache: s.gomodcache,
        volume: s.system.volume,
        free: s.system.free,
        total: s.system.total,
        other: s.other.volume,
        otherFree: s.other.free,
        otherTotal: s.other.total,
      },
      { vars, fixes },
    );
  },
});
