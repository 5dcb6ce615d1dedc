/** 仓库策略文件（.go-doctor.yaml/.json）中问题的简体中文说法。键与 ../en/ui-policyFile.ts 一一对应。 */

import type { Ui } from '../en/ui.js';
import type { Got } from '../en/ui-policyFile.js';

const got = (g: Got): string =>
  g.kind === 'map' ? '一个映射' : g.kind === 'seq' ? '一个列表' : `"${g.value}"`;

export const policyFile: Ui['policyFile'] = {
  unterminatedDouble: (d) => `"…" 字符串没有结束：${d.text}`,
  badEscape: (d) => `"…" 字符串中有错误的转义：${d.text}`,
  unterminatedSingle: (d) => `'…' 字符串没有结束：${d.text}`,
  anchor: (d) => `"${d.char}" 开头的是锚点、别名、标签或块标量，go-doctor 策略不支持；请给值加上引号`,
  nestedFlow: () => '不支持嵌套的流式集合',
  unterminatedList: (d) => `[ … ] 列表没有结束：${d.text}`,
  flowMapping: () => '不支持 { … } 映射；请每行写一个键',
  multipleDocuments: () => '不支持多个 YAML 文档',
  tabs: () => 'YAML 缩进中不能使用制表符；请使用空格',
  unexpectedIndent: () => '缩进不符合预期',
  listItem: () => '此处应为 "key: value" 行，却是一个列表项',
  expectedPair: (d) => `此处应为 "key: value"，实际是：${d.text}`,
  emptyKey: () => '键为空',
  duplicateKey: (d) => `键 "${d.key}" 重复`,
  unexpectedLine: (d) => `多余的行：${d.text}`,
  notJson: (d) => `不是有效的 JSON：${d.error}`,
  oneOf: (d) => `必须是 ${d.allowed.join('、')} 之一；实际是 ${got(d.got)}`,
  notString: (d) => `必须是字符串，而不是 ${got(d.got)}`,
  notSize: (d) => `"${d.value}" 在这里无效（应为大小，例如 10GiB 或 15%）`,
  notGoVersion: (d) => `"${d.value}" 在这里无效（应为 Go 版本，例如 1.22）`,
  noMatch: (d) => `"${d.value}" 在这里无效（应匹配 ${d.pattern}）`,
  badRegex: (d) => `"${d.value}" 不是有效的正则表达式：${d.error}`,
  notList: (d) => `必须是列表，而不是 ${got(d.got)}`,
  empty: () => '不能为空',
  notMapping: (d) => `必须是键到值的映射，而不是 ${got(d.got)}`,
  badName: (d) => `"${d.key}" 在这里不是有效的名称`,
  unknownKey: (d) => `未知的键 "${d.key}"；已知的键：${d.known.join(', ')}`,
  tooLarge: (d) => `${d.file}：大于 1 MiB；这真的是策略文件吗？`,
  cannotRead: (d) => `无法读取策略文件 ${d.file}：${d.code}`,
  invalid: (d) => `策略文件无效：\n  ${d.lines.join('\n  ')}`,
};
