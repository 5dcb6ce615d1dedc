import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { hasUrlCredentials, redactText } from '../../core/redact.js';
import { atLeast } from '../../core/version.js';
import { origin, show } from '../_lib/text.js';

const USERINFO = /([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)[^/\s@,|]+@/g;

/** Hosts of the URLs in a value that carry user-info. */
function hostsWithCredentials(value: string): string[] {
  const out: string[] = [];
  const re = /[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/\s@,|]+@([^/\s,|]+)/g;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) if (m[1]) out.push(m[1]);
  return [...new Set(out)];
}

interface CredData {
  name: string;
  /** The value with the secret already replaced by ***. */
  value: string;
  origin: string;
  hosts: readonly string[];
  goauth: boolean;
  windows: boolean;
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  netrc: (d: { hosts: readonly string[]; windows: boolean }) =>
    `Add the credentials for ${d.hosts.join(', ') || 'the proxy'} to ${d.windows ? '%USERPROFILE%\\_netrc' : '~/.netrc'} (machine HOST login USER password TOKEN).`,
};

export default defineCheck({
  id: 'goproxy-credentials',
  title: 'No passwords in GOPROXY or GOSUMDB',
  group: 'network',
  vars: ['GOPROXY', 'GOSUMDB'],
  docs: `
A private proxy is often configured as \`GOPROXY=https://user:token@proxy.example.com,direct\`. The go
command accepts it (it redacts the password in its own error messages), but \`go env\`, \`go env -json\`,
CI logs of the environment, bug reports that paste \`go env\`, and the go env file all carry the token in
clear text. go-doctor never prints it (the collector replaces it with \`***\`). Keep the URL plain and
put the credentials in \`~/.netrc\` (\`%USERPROFILE%\\_netrc\` on Windows, or the file named by $NETRC),
which the go command reads for proxy and checksum database requests; since Go 1.24 GOAUTH (default
\`netrc\`) can also run a credential helper. The same applies to a GOSUMDB URL. A warning: nothing
fails. The scenario goproxy-credentials-in-url verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8
that such a list works and is reported without the secret.
`,
  messages: {
    'in-url': {
      message: (d: CredData) =>
        `${d.name} carries credentials for ${d.hosts.join(', ')} (${d.origin}): ${d.value}.`,
      why: (d: CredData) =>
        `go env prints ${d.name} verbatim, so the password ends up in logs, bug reports and shell history. Remove it from the URL and put "machine HOST login USER password TOKEN" in ${d.windows ? '%USERPROFILE%\\_netrc' : '~/.netrc'}${d.goauth ? ', or use GOAUTH to run a credential helper' : ''}.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    for (const name of ['GOPROXY', 'GOSUMDB']) {
      const s = ctx.setting(name);
      const candidates = [s.value, s.env ?? '', s.envFile?.value ?? ''];
      const value = candidates.find((v) => hasUrlCredentials(v));
      if (value === undefined) continue;
      const hosts = hostsWithCredentials(value);
      const stripped = value.replace(USERINFO, '$1');
      report(
        'in-url',
        'warning',
        {
          name,
          value: show(redactText(value)),
          origin: origin(s),
          hosts: hosts.length > 0 ? hosts.map(show) : ['?'],
          goauth: ctx.goVersion !== null && atLeast(ctx.goVersion, '1.24'),
          windows: ctx.os === 'windows',
        },
        {
          vars: [name],
          fixes: [
            ...ctx.fixSetting(name, stripped),
            adviceFix(ADVICE, 'netrc', { hosts, windows: ctx.os === 'windows' }),
          ],
        },
      );
    }
  },
});
