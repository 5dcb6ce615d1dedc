/** 报告与修复中的固定用语（简体中文）。键与 ../en/ui.ts 一一对应。 */
import type { Ui } from '../en/ui.js';

export const ui: Ui = {
  groups: {
    toolchain: 'Go 工具链',
    environment: '环境（HOME、PATH、go env 配置文件）',
    gopath: 'GOPATH 与已安装的命令',
    cache: '缓存与临时目录',
    modules: '模块、工作区与 GOFLAGS',
    network: '模块代理与校验和数据库',
    build: '构建目标与 cgo',
    policy: '仓库策略（.go-doctor.yaml）',
  },
  fix: {
    pathRemove: (d) => `在 shell 启动文件中设置 PATH 的地方删除 ${d.entry}`,
    deleteLine: (d) => `删除 ${d.file} 第 ${d.line} 行（${d.from}）`,
    changeLine: (d) => `将 ${d.file} 第 ${d.line} 行的 ${d.from} 改为 ${d.to}`,
  },
  text: {
    versionUnknown: 'go（版本未知）',
    noGo: 'PATH 中没有 go 命令',
    inDir: (d) => `目录 ${d.cwd}`,
    gotoolchainUnset: '未设置 GOTOOLCHAIN',
    runsLocal: (d) => `使用本地的 ${d.version}`,
    switchesPath: (d) => `切换到 PATH 中的 ${d.toolchain}`,
    switchesDownload: (d) => `切换到 ${d.toolchain}（首次使用时下载）`,
    cannotSelect: '无法选定工具链',
    factsFrom: (d) => `事实快照来源：${d.origin}`,
    crashed: (d) => `检查项 ${d.id} 崩溃：${d.crash}`,
    unknownError: '未知错误',
    skipped: (d) => `${d.id}：已跳过，${d.why}`,
    fix: '修复：',
    errors: (n) => `${n} 个错误`,
    warnings: (n) => `${n} 个警告`,
    notes: (n) => `${n} 条提示`,
    crashedCount: (n) => `${n} 个崩溃`,
    tail: (d) => `，共 ${d.checks} 项检查（收集耗时 ${d.collectMs} ms，检查耗时 ${d.checkMs} ms）。`,
    runVerbose: '加 -v 可查看每一项检查。',
    noIssues: (d) => `未发现问题${d.tail}`,
    list: (items) => items.join('，'),
  },
  markdown: {
    heading: '### go-doctor 报告',
    versionUnknown: '版本未知',
    notFound: 'PATH 中未找到',
    unset: '（未设置）',
    result: '结果',
    summary: (d) =>
      `${d.errors} 个错误，${d.warnings} 个警告，${d.infos} 条提示；${d.checks} 项检查中 ${d.passed} 项通过${d.skipped ? `，${d.skipped} 项跳过` : ''}${d.crashed ? `，${d.crashed} 项崩溃` : ''}`,
    severity: { error: '错误', warning: '警告', info: '提示' },
    noFindings: '没有发现问题。',
    fix: '修复：',
    crashedChecks: '#### 崩溃的检查项',
  },
  github: {
    fix: '修复：',
    summary: (d) =>
      `go-doctor：${d.errors} 个错误，${d.warnings} 个警告，${d.infos} 条提示；${d.checks} 项检查中 ${d.passed} 项通过`,
  },
  cli: {
    help: '显示帮助（或某个命令的帮助）',
    overview: (d) => `go-doctor ${d.version}：找出、解释并修复 Go 工具链配置中的问题。

用法：
  go-doctor [命令] [选项]

命令：
${d.commands}

运行 "go-doctor help check" 查看默认命令 check 的选项。
全局选项：-h/--help、--version、--lang en|zh-CN（默认取自 LC_ALL、LC_MESSAGES、LANG）、
--list-checks [--format json]（列出每项检查及其元数据）。
`,
  },
};
