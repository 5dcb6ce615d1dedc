import { defineCheck } from '../../core/check.js';
import { isProxyGolangOrg, parseGoproxy } from '../_lib/proxy.js';
import { origin, show } from '../_lib/text.js';

const CHINA_TZ = new Set([
  'Asia/Shanghai',
  'Asia/Chongqing',
  'Asia/Chungking',
  'Asia/Harbin',
  'Asia/Urumqi',
  'Asia/Kashgar',
  'PRC',
]);

/** The environment hints that suggest mainland China, as "NAME=value" strings. */
function chinaHints(env: Record<string, string>): string[] {
  const hints: string[] = [];
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v && /^zh_CN\b|^zh_Hans_CN\b|^zh-CN\b/i.test(v)) hints.push(`${name}=${v}`);
  }
  const tz = (env.TZ ?? '').replace(/^:/, '');
  if (
    CHINA_TZ.has(tz) ||
    /^(?:[^/]*\/)*zoneinfo\/(?:Asia\/(?:Shanghai|Chongqing|Harbin|Urumqi)|PRC)$/.test(tz)
  ) {
    hints.push(`TZ=${env.TZ}`);
  }
  return hints;
}

interface ChinaData {
  value: string;
  origin: string;
  hints: readonly string[];
  gosumdb: string;
}

export default defineCheck({
  id: 'goproxy-mainland-china',
  title: 'A module proxy reachable from mainland China',
  group: 'network',
  vars: ['GOPROXY', 'GOSUMDB'],
  docs: `
When the locale or time zone suggests mainland China (LANG, LC_ALL or LC_MESSAGES zh_CN…, TZ
Asia/Shanghai, Asia/Chongqing, PRC…) and GOPROXY starts with the default proxy.golang.org, downloads
are often slow or unreachable from there. This is a hint (info), never an error: nothing is probed.
Mirrors commonly used there: \`GOPROXY=https://goproxy.cn,direct\` or
\`GOPROXY=https://mirrors.aliyun.com/goproxy/,direct\`. Keep GOSUMDB on: the go command first asks the
proxy whether it serves the checksum database (\`<proxy>/sumdb/sum.golang.org/supported\`), and
\`GOSUMDB=sum.golang.google.cn\` is a built-in alias of sum.golang.org (same public key, modfetch/sumdb.go,
present in every release tested, 1.19 to 1.26; the exact string only: a leading space makes it
\`invalid GOSUMDB: malformed verifier id\`). Do not use GOSUMDB=off to work around a slow network.
Scenario goproxy-mainland-china-default (LANG=zh_CN.UTF-8, TZ=Asia/Shanghai, default GOPROXY, warm
module cache, no download needed) verified the hint on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8.
`,
  messages: {
    'default-proxy': {
      message: (d: ChinaData) =>
        `GOPROXY is ${d.value} (${d.origin}) and this machine looks like it is in mainland China (${d.hints.join(', ')}).`,
      why: (d: ChinaData) =>
        `proxy.golang.org is often slow or unreachable from mainland China. A mirror such as https://goproxy.cn or https://mirrors.aliyun.com/goproxy/ usually works better; keep GOSUMDB (now ${d.gosumdb}) so downloads stay verified, or use its built-in alias sum.golang.google.cn.`,
    },
  },
  run(ctx, report) {
    const hints = chinaHints(ctx.facts.env);
    if (hints.length === 0) return;
    const s = ctx.setting('GOPROXY');
    const list = parseGoproxy(s.value, ctx.goVersion);
    if (list.error || !isProxyGolangOrg(list.entries[0] ?? null)) return;
    report(
      'default-proxy',
      'info',
      {
        value: show(s.value),
        origin: origin(s),
        hints: hints.map(show),
        gosumdb: show(ctx.setting('GOSUMDB').value),
      },
      { fixes: ctx.fixSetting('GOPROXY', 'https://goproxy.cn,direct') },
    );
  },
});
