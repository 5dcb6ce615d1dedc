import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { isReleaseVersion } from '../../core/version.js';
import { origin, show } from '../_lib/text.js';
import { matchPrefixPatterns, shortPath } from '../_lib/toolchain.js';

const TOOLCHAIN_MODULE = 'golang.org/toolchain';

type Switch = {
  toolchain: string;
  reason: string;
  proxy: string;
  error: string;
};

/** How the GOPROXY list would serve the toolchain zip, walking it the way modfetch does. */
function proxySupply(
  list: string,
  fileProxies: readonly { url: string; toolchain?: { found: boolean } }[],
): { kind: 'file'; url: string } | { kind: 'network'; url: string } | { kind: 'none'; stoppedAt: string } {
  const entries = list.split(/[,|]/).map((e) => e.trim());
  for (const e of entries) {
    if (e === '') continue;
    if (e === 'off') return { kind: 'none', stoppedAt: 'off' };
    if (e.startsWith('file://')) {
      const fp = fileProxies.find((p) => p.url === e);
      if (fp?.toolchain?.found) return { kind: 'file', url: e };
      continue; // a file:// proxy without the zip answers "not found": go tries the next entry
    }
    return { kind: 'network', url: e };
  }
  return { kind: 'none', stoppedAt: 'the end of the list' };
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'wrong-binary': (d: { path: string; version: string }) =>
    `Remove ${d.path} or make it a link to a go${d.version} installation.`,
  install: (d: { toolchain: string }) =>
    `Install ${d.toolchain} and put it on PATH under the name ${d.toolchain}, or make the go line match the local Go and set GOTOOLCHAIN=local.`,
};

export default defineCheck({
  id: 'gotoolchain-download',
  title: 'The toolchain GOTOOLCHAIN selects can be obtained',
  group: 'toolchain',
  vars: ['GOTOOLCHAIN', 'GOPROXY', 'GOSUMDB'],
  appliesTo: { go: { since: '1.21' } },
  docs: `
With GOTOOLCHAIN=auto (the default in the official go.env), a go.mod/go.work \`go\` or \`toolchain\`
line newer than the local Go, or a GOTOOLCHAIN naming a release (\`go1.23.5\`, \`go1.23.5+auto\`), makes
every go command in the module run another toolchain. go first looks on PATH for an executable named
exactly \`goX.Y.Z\` (for example a golang.org/dl wrapper or a symbolic link): found, it runs it (with
GOROOT unset) and builds work (info). That executable must really be that release, or the child stops
with \`go: toolchain go1.22.12 invoked to provide go1.23.5\`.

Otherwise it downloads the module \`golang.org/toolchain@v0.0.1-goX.Y.Z.GOOS-GOARCH\` through GOPROXY:
- no proxy can serve it (GOPROXY=off, or only file:// proxies without the zip):
  \`go: download go1.99.0 for linux/amd64: toolchain not available\` (error);
- the toolchain is always checked against the checksum database, even with GOSUMDB=off or a matching
  GONOSUMDB, unless GOPROXY is a single file:// proxy: GOSUMDB=off then fails with
  \`verifying module: checksum database disabled by GOSUMDB=off\`, an empty GOSUMDB with
  \`verifying module: missing GOSUMDB\` (error) — also for a toolchain already in the module cache;
- otherwise it downloads on first use, which needs the network (info); a toolchain already in the
  module cache is reused.
A language version without a patch (\`go1.22\`) is toolchain-line-lang-version's case.
Verified on go1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios gotoolchain-download-unavailable,
gotoolchain-download-proxy-off, gotoolchain-download-sumdb-off (a file:// proxy holding a stand-in
toolchain zip, listed with ",off"), gotoolchain-download-single-file-proxy (the same zip, GOSUMDB=off,
builds work), gotoolchain-from-path and gotoolchain-path-wrong-release.
`,
  messages: {
    unavailable: {
      message: (d: Switch) =>
        `go must switch to ${d.toolchain} (${d.reason}), but GOPROXY=${d.proxy} cannot supply it.`,
      why: (d: Switch) =>
        `Every go command in this module fails with "${d.error}". Install ${d.toolchain} on PATH under that name, allow a proxy that has it, or set GOTOOLCHAIN=local and lower the go line.`,
    },
    'sumdb-off': {
      message: (d: Switch & { gosumdb: string }) =>
        `go must switch to ${d.toolchain} (${d.reason}), and toolchains are always verified with the checksum database, but GOSUMDB is ${d.gosumdb}.`,
      why: (d: Switch & { gosumdb: string }) =>
        `Every go command in this module fails with "${d.error}". GOSUMDB=off and GONOSUMDB do not apply to golang.org/toolchain (only a single file:// GOPROXY skips the check).`,
    },
    download: {
      message: (d: Switch & { cached: boolean; sumdb: boolean }) =>
        d.cached
          ? `go switches to ${d.toolchain} (${d.reason}), which is already in the module cache.`
          : `go switches to ${d.toolchain} (${d.reason}) and downloads it from ${d.proxy} on first use.`,
      why: (d: Switch & { cached: boolean; sumdb: boolean }) =>
        [
          d.cached ? '' : 'The first go command needs the network and takes a while.',
          d.sumdb ? 'The toolchain is verified with the checksum database (GOSUMDB).' : '',
          'go version reports the selected toolchain; GOTOOLCHAIN=local go version shows the local one.',
        ]
          .filter((x) => x !== '')
          .join(' '),
    },
    'from-path': {
      message: (d: { toolchain: string; reason: string; path: string }) =>
        `go switches to ${d.toolchain} (${d.reason}), found on PATH at ${d.path}.`,
      why: () =>
        'It runs with GOROOT unset, so it uses its own installation. go version reports the selected toolchain; GOTOOLCHAIN=local go version shows the local one.',
    },
    'path-wrong-version': {
      message: (d: { toolchain: string; reason: string; path: string; actual: string }) =>
        `go switches to ${d.toolchain} (${d.reason}) and finds ${d.path} on PATH, but that is go${d.actual}.`,
      why: (d: { toolchain: string; reason: string; path: string; actual: string }) =>
        `Every go command in this module fails with "go: toolchain go${d.actual} invoked to provide ${d.toolchain}". Rename or remove ${d.path}.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const sel = ctx.toolchain;
    const reason = sel.file ? sel.reason.replace(sel.file, shortPath(ctx, sel.file)) : sel.reason;
    if (sel.outcome === 'path' && sel.binary) {
      const b = sel.binary;
      const known =
        b.version !== null && (b.versionSource === 'VERSION file' || b.versionSource === 'go env');
      if (known && b.version !== null && `go${b.version}` !== sel.toolchain && b.version !== sel.version) {
        report(
          'path-wrong-version',
          'error',
          { toolchain: sel.toolchain, reason, path: b.path, actual: b.version },
          {
            fixes: [adviceFix(ADVICE, 'wrong-binary', { path: b.path, version: String(sel.version) })],
          },
        );
        return;
      }
      report('from-path', 'info', { toolchain: sel.toolchain, reason, path: b.path });
      return;
    }
    if (sel.outcome !== 'download' || !isReleaseVersion(sel.version)) return;
    const proxy = ctx.setting('GOPROXY');
    if (proxy.value === '') return; // goproxy-empty / goroot-go-env-missing
    const sumdb = ctx.setting('GOSUMDB');
    const nosumdb = ctx.setting('GONOSUMDB').value;
    const singleFile = proxy.value.startsWith('file://') && !/[,|]/.test(proxy.value);
    const sumdbNeeded =
      !singleFile || (sumdb.value !== 'off' && !matchPrefixPatterns(nosumdb, TOOLCHAIN_MODULE));
    const cached = ctx.facts.toolchainCache?.found === true;
    const supply = proxySupply(proxy.value, ctx.facts.fileProxies);
    const target = `${sel.toolchain} for ${ctx.os}/${ctx.facts.host.arch}`;
    const base = { toolchain: sel.toolchain, reason, proxy: show(proxy.value) };
    const installFix: Fix = adviceFix(ADVICE, 'install', { toolchain: sel.toolchain });
    if (!cached && supply.kind === 'none') {
      report(
        'unavailable',
        'error',
        { ...base, error: `go: download ${target}: toolchain not available` },
        { vars: ['GOTOOLCHAIN', 'GOPROXY'], fixes: [installFix] },
      );
      return;
    }
    if (sumdbNeeded && (sumdb.value === 'off' || sumdb.value === '')) {
      const what = sumdb.value === 'off' ? 'checksum database disabled by GOSUMDB=off' : 'missing GOSUMDB';
      const mod = `${TOOLCHAIN_MODULE}@v0.0.1-${sel.toolchain}.${ctx.os}-${ctx.facts.host.arch}`;
      report(
        'sumdb-off',
        'error',
        {
          ...base,
          gosumdb: `${show(sumdb.value)} (${origin(sumdb)})`,
          error: `go: download ${sel.toolchain}: ${mod}: verifying module: ${what}`,
        },
        { vars: ['GOSUMDB', 'GOTOOLCHAIN'], fixes: [...ctx.fixSetting('GOSUMDB', null), installFix] },
      );
      return;
    }
    report('download', 'info', {
      ...base,
      proxy: supply.kind === 'none' ? base.proxy : show(supply.url),
      cached,
      sumdb: sumdbNeeded,
      error: '',
    });
  },
});
