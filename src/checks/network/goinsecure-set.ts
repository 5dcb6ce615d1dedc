import { defineCheck } from '../../core/check.js';
import { catchAllGlobs } from '../_lib/proxy.js';
import { origin, show } from '../_lib/text.js';

interface InsecureData {
  value: string;
  origin: string;
  /** Globs that match every module path. */
  broad: readonly string[];
}

export default defineCheck({
  id: 'goinsecure-set',
  title: 'GOINSECURE is not set',
  group: 'network',
  vars: ['GOINSECURE'],
  docs: `
GOINSECURE (Go 1.14+) lists module path globs that may be fetched over plain HTTP or with unverified
HTTPS certificates. It applies only to modules fetched directly (GOPROXY=direct, or matched by
GONOPROXY/GOPRIVATE), not to proxy requests, and it does NOT turn off checksum verification: modules
still have to match go.sum and the checksum database (\`go help environment\`; use GONOSUMDB or GOPRIVATE
for that). Nothing fails, but anyone on the network path can serve those modules, so any value is a
warning, with stronger wording for globs that match every module path (\`*\`, \`*.*\`).
The scenarios goinsecure-one-host and goinsecure-star verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and
1.26.8 that builds keep working through the proxy.
`,
  messages: {
    set: {
      message: (d: InsecureData) =>
        `GOINSECURE=${d.value} (${d.origin}): those modules may be fetched over plain HTTP or without certificate checks.`,
      why: () =>
        'This only affects modules fetched directly (not through GOPROXY) and does not disable checksum verification. Prefer fixing the server certificate, or trusting your CA (SSL_CERT_FILE), to allowing insecure fetches.',
    },
    everything: {
      message: (d: InsecureData) =>
        `GOINSECURE=${d.value} (${d.origin}) matches every module path (${d.broad.join(', ')}): any module fetched directly may come over plain HTTP or without certificate checks.`,
      why: () =>
        'Anyone on the network path can then serve modules fetched directly; only go.sum and the checksum database still protect you. List only the hosts that really need it, or remove the setting.',
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOINSECURE');
    if (s.value.trim() === '' || s.value.split(',').every((g) => g.trim() === '')) return;
    const broad = catchAllGlobs(s.value);
    report(
      broad.length > 0 ? 'everything' : 'set',
      'warning',
      { value: show(s.value), origin: origin(s), broad: broad.map(show) },
      { fixes: ctx.fixSetting('GOINSECURE', null) },
    );
  },
});
