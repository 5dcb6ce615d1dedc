/** `explain` 输出中的固定用语（简体中文）。键与 ../en/ui-explain.ts 一一对应。 */
import type { Ui } from '../en/ui.js';
import { derivation, layerNote } from './derivations.js';

export const explain: Ui['explain'] = {
  head: (d) => (d.version ? `go${d.version} ${d.os}/${d.arch}` : `go（版本未知）${d.os}/${d.arch}`),
  noAnswer: (d) => `go env 没有回答（${d.error ?? '原因未知'}）：下面的值是预测的`,
  factsFrom: (d) => `事实来自：${d.origin}`,
  empty: '（空）',
  labels: {
    from: '来源',
    derived: '推导',
    shadows: '覆盖了',
    ignored: '被忽略',
    note: '说明',
    model: '模型',
  },
  source: {
    env: '环境变量',
    envfile: (d) => (d.at ? `go env -w 配置文件（${d.at}）` : 'go env -w 配置文件'),
    goroot: (d) => (d.at ? `$GOROOT/go.env（${d.at}）` : '$GOROOT/go.env'),
    default: '默认值',
  },
  predicted: (d) => (d.goAnswered ? '（预测值；go 的回答中没有它）' : '（预测值）'),
  layer: (d) =>
    `${d.source}${/[\x21-\x7e]$/.test(d.source) ? ' ' : ''}中的 ${d.name}=${d.value}${d.value === '' ? '（空）' : ''}`,
  layerWithNote: (d) => `${d.layer}：${d.note}`,
  derivation,
  layerNote,
  modelDisagrees: (d) => `go-doctor 的模型预测为 ${d.model}；这里显示的是 go 自己的回答`,
  note: (n, reason = (r) => r) => {
    switch (n.code) {
      case 'cannot-predict':
        return '没有 go 时 go-doctor 无法预测这个值';
      case 'not-listed':
        return n.old
          ? `go${n.version} 的 go env 不列出 ${n.name}；按名字询问时输出空值`
          : `go${n.version} 的 go env 不列出 ${n.name}；按名字询问时输出环境变量或配置文件设置的值，没有默认值`;
      case 'predates-gotoolchain':
        return `go${n.version} 早于 GOTOOLCHAIN（Go 1.21）：总是运行本地的 go`;
      case 'selects': {
        const what =
          n.outcome === 'local'
            ? `运行本地的 ${n.toolchain}`
            : n.outcome === 'path'
              ? `切换到 PATH 中找到的 ${n.toolchain}`
              : n.outcome === 'download'
                ? `切换到 ${n.toolchain}，首次使用时下载`
                : `go 失败：${n.error ?? '选不出任何工具链'}`;
        return `在这里它选择：${what}（${reason(n.reason)}${n.file ? `，${n.file}` : ''}）`;
      }
      case 'cgo-not-0-or-1':
        return '对 go 来说只有 0 和 1 有意义';
      case 'goenv-off':
        return 'GOENV=off：go 不读取任何 go env 配置文件';
      case 'gocache-not-absolute':
        return 'go 输出 off，因为这个值不是绝对路径，构建会失败';
    }
  },
  unknownVar: (d) =>
    `不是 go env 变量：${d.names.join('、')}${d.caseHint ? '（变量名区分大小写；是不是想写大写？）' : ''}`,
};
