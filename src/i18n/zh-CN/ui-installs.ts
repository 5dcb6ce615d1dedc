/** `installs` 输出中的固定用语（简体中文）。键与 ../en/ui-installs.ts 一一对应。 */
import type { Ui } from '../en/ui.js';

export const installs: Ui['installs'] = {
  none: '没有找到任何 Go 安装：PATH 中没有 go，已知的安装位置中也没有（go-doctor help installs 列出了这些位置）。',
  columns: ['PATH', '版本', '管理方式', '当前', 'GOTOOLCHAIN', '位置'],
  yes: 'yes',
  legend: 'PATH：所在目录在 PATH 中的位置（- 表示不在 PATH 中）。当前：在这里 shell 运行的那个 go。',
  setting: (d) => (d.value === '' ? 'GOTOOLCHAIN 未设置' : `GOTOOLCHAIN=${d.value}`),
  fails: (d) => `${d.setting}：在这里每条 go 命令都会失败：${d.error}。`,
  downloads: (d) => `${d.setting}：在这里选择 ${d.toolchain}（${d.reason}）；它没有安装，go 会下载它。`,
  selects: (d) => `${d.setting}：在这里选择 ${d.toolchain}（${d.reason}）。`,
  pathOnly: '这些事实只包含 PATH；没有搜索已知的安装位置。',
};
