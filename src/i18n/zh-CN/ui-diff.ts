/** `diff` 输出中的固定用语（简体中文）。键与 ../en/ui-diff.ts 一一对应。 */
import type { Ui } from '../en/ui.js';

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '(none)': '"（无）"',
  '(none on PATH)': '"（PATH 中没有）"',
  '(not reported)': '"（未报告）"',
};

export const diff: Ui['diff'] = {
  comparing: (d) => `比较 ${d.n} 台机器：${d.machines.join('、')}`,
  none: '没有与 Go 有关的差异。',
  oddOneOut: (d) => `  （与众不同：${d.machines.join('、')}）`,
  sources: {
    env: '环境变量',
    envfile: 'go env -w',
    goroot: '$GOROOT/go.env',
    default: '默认值',
  },
  names: {
    'go version': 'go 版本',
    'go path': 'go 的位置',
    'os/arch': 'os/arch',
  },
  value: (v) => PLACEHOLDERS[v] ?? JSON.stringify(v),
  same: (d) => `各处相同：${d.names.join('、')}`,
};
