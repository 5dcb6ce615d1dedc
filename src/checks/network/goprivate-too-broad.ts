import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { catchAllGlobs, parseGoproxy } from '../_lib/proxy.js';
import { origin, show } from '../_lib/text.js';

interface BroadData {
  name: string;
  value: string;
  origin: string;
  globs: readonly string[];
  proxy: boolean;
  sumdb: boolean;
}

function effects(d: BroadData): string {
  if (d.proxy && d.sumdb)
    return 'every module skips the module proxy (it is fetched directly from its repository) and the checksum database';
  if (d.proxy) return 'every module skips the module proxy and is fetched directly from its repository';
  return 'no module is verified against the checksum database';
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'private-only': (d: { name: string }) =>
    `Set ${d.name} to your private module prefixes only, for example ${d.name}=*.corp.example.com,github.com/your-org.`,
};

export default defineCheck({
  id: 'goprivate-too-broad',
  title: 'GOPRIVATE, GONOPROXY and GONOSUMDB name only private modules',
  group: 'network',
  vars: ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB'],
  docs: `
GOPRIVATE, GONOPROXY and GONOSUMDB are comma-separated globs matched against module path prefixes
(module.MatchPrefixPatterns). GONOPROXY and GONOSUMDB each default to GOPRIVATE, independently; no code
compares them, and \`go help private\` itself recommends \`GONOPROXY=none\` with GOPRIVATE set, so
different values are fine (the seed claim that they must be equal is false: the scenarios
goprivate-gonoproxy-none and gonosumdb-alone verified that go succeeds with both).
A glob that matches every module path (\`*\`, \`*.*\`, \`*/*\`) is a warning:
- in GONOPROXY (or GOPRIVATE without GONOPROXY) every module bypasses GOPROXY and is fetched directly
  from its version control system: slower, needs git and access to every origin, and GOPROXY no longer
  helps behind a firewall;
- in GONOSUMDB (or GOPRIVATE without GONOSUMDB) no download is verified against the checksum database.
Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by goprivate-star-gonoproxy-none (downloads keep
using the proxy, the checksum database is skipped), gonosumdb-star and gonoproxy-star-warm-cache.
`,
  messages: {
    broad: {
      message: (d: BroadData) =>
        `${d.name}=${d.value} (${d.origin}) matches every module path (${d.globs.join(', ')}), so ${effects(d)}.`,
      why: (d: BroadData) =>
        `${d.name} is meant for private module prefixes only, for example *.corp.example.com,github.com/your-org.${d.sumdb ? ' Without the checksum database a changed or tampered public module is accepted as served.' : ''}${d.proxy ? ' Direct fetches need git (or another VCS) and network access to every origin.' : ''}`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const goproxy = parseGoproxy(ctx.setting('GOPROXY').value, ctx.goVersion);
    const proxyInUse = goproxy.entries.some((e) => e.kind === 'url');
    const sumdbInUse = ctx.setting('GOSUMDB').value !== 'off';
    const nop = ctx.setting('GONOPROXY');
    const nos = ctx.setting('GONOSUMDB');
    // Which variable each effective value comes from.
    const nopVar = nop.source === 'default' ? 'GOPRIVATE' : 'GONOPROXY';
    const nosVar = nos.source === 'default' ? 'GOPRIVATE' : 'GONOSUMDB';
    const found = new Map<string, { proxy: boolean; sumdb: boolean; globs: string[] }>();
    const add = (name: string, kind: 'proxy' | 'sumdb', globs: string[]) => {
      const e = found.get(name) ?? { proxy: false, sumdb: false, globs: [] };
      e[kind] = true;
      for (const g of globs) if (!e.globs.includes(g)) e.globs.push(g);
      found.set(name, e);
    };
    const nopGlobs = catchAllGlobs(nop.value);
    if (proxyInUse && nopGlobs.length > 0) add(nopVar, 'proxy', nopGlobs);
    const nosGlobs = catchAllGlobs(nos.value);
    if (sumdbInUse && nosGlobs.length > 0) add(nosVar, 'sumdb', nosGlobs);
    for (const [name, e] of found) {
      const s = ctx.setting(name);
      report(
        'broad',
        'warning',
        {
          name,
          value: show(s.value),
          origin: origin(s),
          globs: e.globs.map(show),
          proxy: e.proxy,
          sumdb: e.sumdb,
        },
        {
          vars: [name],
          fixes: [...ctx.fixSetting(name, null), adviceFix(ADVICE, 'private-only', { name })],
        },
      );
    }
  },
});
