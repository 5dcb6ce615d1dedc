import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { NO_ENTRIES_MESSAGE, parseGoproxy } from '../_lib/proxy.js';
import { origin, show } from '../_lib/text.js';

interface BadData {
  value: string;
  origin: string;
  entry: string;
  error: string;
}

interface ListData {
  value: string;
  origin: string;
}

interface IgnoredData {
  value: string;
  origin: string;
  stop: string;
  ignored: readonly string[];
}

/** A corrected entry for the usual mistakes (a bare path instead of a file:// URL), or null. */
function guessEntry(entry: string): string | null {
  if (entry.startsWith('/')) return `file://${entry}`;
  if (/^[A-Za-z]:[\\/]/.test(entry)) return `file:///${entry.replace(/\\/g, '/')}`;
  if (/^file:\/[^/]/i.test(entry)) return `file:///${entry.slice('file:/'.length)}`;
  return null;
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'correct-entry': (d: { entry: string }) =>
    `Correct or remove ${d.entry} in GOPROXY (https://, http:// or file:/// URLs, direct, off).`,
};

export default defineCheck({
  id: 'goproxy-invalid',
  title: 'GOPROXY is a valid proxy list',
  group: 'network',
  vars: ['GOPROXY'],
  docs: `
The go command reads GOPROXY like modfetch/proxy.go \`proxyList\` (the same from Go 1.19 to 1.26):
entries are separated by \`,\` (try the next one only after a 404/410) or \`|\` (after any error), blanks
are skipped, \`direct\` and \`off\` end the list, and a bare host such as \`goproxy.cn\` gets \`https://\`.
Every entry before the end must be an http, https or file URL, or every download fails:

    go: example.test/dep@v1.0.0: invalid proxy URL scheme (must be https, http, file): ftp://x
    go: example.test/dep@v1.0.0: invalid proxy URL missing scheme: /srv/proxy
    go: example.test/dep@v1.0.0: invalid file:// proxy URL with non-path elements: file:/srv/proxy
    go: example.test/dep@v1.0.0: GOPROXY list is not the empty string, but contains no entries

(the last for a value such as "," or " "). A bad entry anywhere before \`direct\` breaks the whole list,
even after a working one (\`file:///p|ftp://x\` fails). Entries after \`direct\` or \`off\` are never
read, so \`direct,https://goproxy.cn\` never uses goproxy.cn: a warning. Checked with go1.19.8, 1.21.13,
1.22.12, 1.23.5 and 1.26.8 (scenarios goproxy-invalid-scheme, goproxy-invalid-path, goproxy-no-entries,
goproxy-file-pipe-list); the URL rules follow net/url, including Go 1.26's stricter colons in hosts.
An empty GOPROXY is goproxy-empty's business.
`,
  messages: {
    'bad-entry': {
      message: (d: BadData) =>
        `GOPROXY entry ${d.entry} is not a usable proxy URL (GOPROXY=${d.value}, ${d.origin}).`,
      why: (d: BadData) =>
        `Every module download fails with "${d.error}". Entries must be https://, http:// or file:/// URLs (a bare host gets https://), or the words direct and off.`,
    },
    'no-entries': {
      message: (d: ListData) => `GOPROXY is ${d.value} (${d.origin}), a list without a single entry.`,
      why: () => `Every module download fails with "${NO_ENTRIES_MESSAGE}".`,
    },
    ignored: {
      message: (d: IgnoredData) =>
        `GOPROXY=${d.value} (${d.origin}) ends at "${d.stop}", so ${d.ignored.join(', ')} ${d.ignored.length === 1 ? 'is' : 'are'} never used.`,
      why: (d: IgnoredData) =>
        `The go command stops reading GOPROXY at "${d.stop}". Put proxies first and direct last, for example https://goproxy.cn,direct.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOPROXY');
    if (s.value === '') return;
    const list = parseGoproxy(s.value, ctx.goVersion);
    const base = { value: show(s.value), origin: origin(s) };
    if (list.error) {
      const guess = guessEntry(list.error.entry);
      let fixes: Fix[];
      if (guess !== null) {
        const fixed = s.value
          .split(/([,|])/)
          .map((t) => (t.trim() === list.error?.entry ? guess : t))
          .join('');
        fixes = ctx.fixSetting('GOPROXY', fixed);
      } else {
        fixes = [
          ...ctx.fixSetting('GOPROXY', null),
          adviceFix(ADVICE, 'correct-entry', { entry: show(list.error.entry) }),
        ];
      }
      report(
        'bad-entry',
        'error',
        { ...base, entry: show(list.error.entry), error: list.error.message },
        { fixes },
      );
      return;
    }
    if (list.noEntries) {
      report('no-entries', 'error', base, { fixes: ctx.fixSetting('GOPROXY', null) });
      return;
    }
    const last = list.entries[list.entries.length - 1];
    if (list.ignored.length > 0 && last && list.entries[0]?.kind !== 'off') {
      const urls = list.entries.filter((e) => e.kind === 'url').map((e) => e.raw);
      const fixed = [...urls, ...list.ignored, last.raw].join(',');
      report(
        'ignored',
        'warning',
        { ...base, stop: last.raw, ignored: list.ignored.map(show) },
        { fixes: ctx.fixSetting('GOPROXY', fixed) },
      );
    }
  },
});
