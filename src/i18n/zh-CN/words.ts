/**
 * Helpers for the zh-CN catalogs. Some finding data is English words made by the checks' shared helpers
 * (origin() in src/checks/_lib/text.ts); origin() here maps those fixed phrases (and the default's
 * derivation, derivations.ts) to Chinese and leaves file names as they are.
 */

import { derivation } from './derivations.js';

/** The English origin phrase of a setting ("set in the environment", …) in Chinese. */
export function origin(o: string): string {
  if (o === 'set in the environment') return '来自环境变量';
  if (o === 'set with go env -w') return '由 go env -w 设置';
  let m = /^set with go env -w \((.*)\)$/s.exec(o);
  if (m) return `由 go env -w 设置（${m[1]}）`;
  if (o === 'the default') return '默认值';
  m = /^the default \((.*)\)$/s.exec(o);
  if (m) return `默认值（${derivation(m[1] ?? '')}）`;
  m = /^from (.*)$/s.exec(o);
  if (m) return `来自 ${m[1]}`;
  return o;
}

/** A list in Chinese: a、b 和 c. */
export function list(items: readonly string[], conj = '和'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')} ${conj} ${items[items.length - 1]}`;
}

/**
 * English phrases that shared helpers put into finding data (toolchain reasons, what blocks a switch,
 * where a setting comes from inside a list, shell contexts) in Chinese. Each entry is one fixed phrase
 * of those helpers; whatever matches none is shown as it is.
 */
const PHRASES: [RegExp, string | ((...m: string[]) => string)][] = [
  [
    /^GOTOOLCHAIN=(\S+) \((.+)\) does not allow switching$/s,
    (_m, v, o) => `GOTOOLCHAIN=${v}（${origin(o ?? '')}）不允许切换`,
  ],
  [/\(set in the environment\)/g, '（来自环境变量）'],
  [/\(set with go env -w \(([^)]*)\)\)/g, '（由 go env -w 设置（$1））'],
  [/ set in the environment/g, '，来自环境变量'],
  [/ set with go env -w \(([^)]*)\)/g, '，由 go env -w 设置（$1）'],
  [/ set with go env -w/g, '，由 go env -w 设置'],
  [/^where the go binary is installed$/, 'go 程序所在的安装目录'],
  [/^GOTOOLCHAIN=(\S*) and nothing asks for newer$/, 'GOTOOLCHAIN=$1，且没有文件要求更新的版本'],
  [/^the go line in (.+) needs go (\S+)$/, '$1 中的 go 行要求 go $2'],
  [/^the toolchain line in (.+) asks for (\S+)$/, '$1 中的 toolchain 行要求 $2'],
  [
    /^(.+) says "toolchain default", which turns off switching$/,
    '$1 写的是 "toolchain default"，因此不会切换',
  ],
  [/^(.+) says "toolchain default"$/, '$1 写的是 "toolchain default"'],
  [/^GOTOOLCHAIN exists only since Go 1\.21$/, 'GOTOOLCHAIN 从 Go 1.21 起才有'],
  [/^toolchain switching only happens in module mode$/, '只有在模块模式下才会切换工具链'],
  [
    /^GOTOOLCHAIN is empty \(no \$GOROOT\/go\.env line\), which acts like local$/,
    'GOTOOLCHAIN 为空（$GOROOT/go.env 中没有这一行），相当于 local',
  ],
  [/^GOTOOLCHAIN is not valid$/, 'GOTOOLCHAIN 无效'],
  [/^GOTOOLCHAIN has an unknown suffix$/, 'GOTOOLCHAIN 的后缀无法识别'],
  [/^the toolchain line is not valid$/, 'toolchain 行无效'],
  [/^go(\S*) from (.+) instead$/, '来自 $2 的 go$1'],
  [
    /^whatever go their inherited PATH has(?: \(here (.+)\))?, and none at all under cron or systemd$/,
    (_m, here) =>
      `继承来的 PATH 中碰巧有的 go${here ? `（这里是 ${here}）` : ''}，在 cron 或 systemd 下则根本没有 go`,
  ],
  [
    /^(\S+ .+) shells?$/,
    (_m, list) =>
      `${(list ?? '')
        .split('; ')
        .map((part) => {
          const i = part.indexOf(' ');
          return `${part.slice(0, i)} 的${modes(part.slice(i + 1))}`;
        })
        .join('；')} shell`,
  ],
  [
    /^The go env file is plain KEY=VALUE lines, not JSON; write settings with go env -w\.$/,
    'go env 配置文件是一行一个 KEY=VALUE，不是 JSON；请用 go env -w 写入设置。',
  ],
  [
    /^It is not a shell script: drop "export", and write settings with go env -w\.$/,
    '它不是 shell 脚本：去掉 "export"，并用 go env -w 写入设置。',
  ],
  [
    /^Lines must start with the name: remove the leading white space\.$/,
    '每行必须以变量名开头：请删掉行首的空白。',
  ],
  [
    /^Names are upper case \(GOPROXY, not goproxy\); write settings with go env -w\.$/,
    '变量名是大写的（GOPROXY，而不是 goproxy）；请用 go env -w 写入设置。',
  ],
  [/^Write settings with go env -w KEY=VALUE\.$/, '请用 go env -w KEY=VALUE 写入设置。'],
  [/^go(\S+) does not understand quotes in GOFLAGS\.$/, 'go$1 不支持 GOFLAGS 中的引号。'],
  [/^Did you mean (.+)\?$/s, '你想写的是不是 $1？'],
  [/^does not exist$/, '不存在'],
  [/^is not a directory$/, '不是目录'],
  [/^is a symbolic link loop$/, '是循环的符号链接'],
  [/^is on a read-only file system$/, '位于只读文件系统上'],
  [/^is not writable$/, '不可写'],
];

export function phrase(text: string): string {
  let out = text;
  for (const [re, to] of PHRASES) {
    out =
      typeof to === 'string'
        ? out.replace(re, to)
        : out.replace(re, (...m: unknown[]) => to(...(m.map(String) as string[])));
  }
  return out;
}

/** Shell startup modes as the shells checks list them ("login+interactive and interactive"). */
export function modes(text: string): string {
  const word: Record<string, string> = {
    'login+interactive': '登录+交互',
    interactive: '交互',
    login: '登录',
    script: '脚本',
  };
  return text
    .replace(/login\+interactive|interactive|login|script/g, (m) => word[m] ?? m)
    .replace(/ and /g, '和')
    .replace(/, /g, '、');
}
