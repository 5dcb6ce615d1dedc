/** 报告与修复中的固定用语（简体中文）。键与 ../en/ui.ts 一一对应。 */
import type { Ui } from '../en/ui.js';
import { diff } from './ui-diff.js';
import { du } from './ui-du.js';
import { explain } from './ui-explain.js';
import { fixReport } from './ui-fixReport.js';
import { installs } from './ui-installs.js';
import { policyFile } from './ui-policyFile.js';
import { relocate } from './ui-relocate.js';
import { shells } from './ui-shells.js';
import { phrase } from './words.js';

export const ui: Ui = {
  explain,
  installs,
  shells,
  diff,
  du,
  fixReport,
  policyFile,
  relocate,
  phrase,
  groups: {
    toolchain: 'Go 工具链',
    environment: '环境（HOME、PATH、go env 配置文件）',
    gopath: 'GOPATH 与已安装的命令',
    cache: '缓存与临时目录',
    modules: '模块、工作区与 GOFLAGS',
    network: '模块代理与校验和数据库',
    build: '构建目标与 cgo',
    policy: '仓库策略（.go-doctor.yaml）',
    disk: '磁盘占用（go-doctor du）',
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
  applies: {
    range: (r) =>
      r.since && r.before
        ? `Go ${r.since} 起、${r.before} 之前（不含）`
        : r.since
          ? `Go ${r.since} 及以后`
          : r.before
            ? `Go ${r.before} 之前的版本`
            : '所有 Go 版本',
    everyOs: '所有操作系统',
    skip: (r) =>
      r.kind === 'os'
        ? `仅适用于 ${r.os.join('、')}`
        : r.kind === 'go-unknown'
          ? 'Go 版本未知'
          : `仅适用于 ${ui.applies.range(r.range)}（当前是 go${r.version}）`,
    doesNotApply: '不适用',
  },
  junit: {
    fix: '修复：',
    crashed: (d) => `检查项崩溃：${d.crash}`,
  },
  sarif: {
    fix: '修复：',
    policyRule: '策略规则',
    anchored: (d) => `机器层面的问题，定位到 ${d.uri}`,
  },
  usage: {
    runHelp: '运行 "go-doctor --help" 查看用法。',
    internal: (d) => `内部错误：${d.message}`,
    debugHint: '设置 GO_DOCTOR_DEBUG=1 可查看出错位置，并请报告此问题。',
    unknownCommand: (d) => `未知命令 "${d.name}"`,
    unexpectedArgument: (d) => `多余的参数 "${d.arg}"`,
    unknownOption: (d) => `未知选项 ${d.option}`,
    missingValue: (d) => `选项 ${d.option} 需要一个值`,
    badTimeout: (d) => `--timeout 必须是秒数，收到的是 "${d.got}"`,
    oneOf: (d) => `${d.option} 必须是 ${d.allowed.join('、')} 之一；收到的是 "${d.got}"`,
    cannotRead: (d) => `无法读取${d.what} ${d.file}：${d.code}`,
    cannotWrite: (d) => `无法写入${d.what} ${d.file}：${d.code}`,
    needsFile: (d) => `${d.option} 需要一个文件名`,
    factsFile: '事实快照文件',
    outputFile: ' --output 文件',
    unknownCheck: (d) => `未知的检查项 id "${d.id}"`,
    diffNeedsTwo: 'diff 至少需要两个快照文件',
    ignoreUnknown: (d) => `GO_DOCTOR_IGNORE 中的检查项 "${d.id}" 不存在；已忽略`,
    summaryFailed: (d) => `无法追加写入 GITHUB_STEP_SUMMARY（${d.file}）：${d.code}`,
    facts: {
      notJson: (d) => `${d.file} 不是 JSON：${d.error}`,
      notObject: (d) => `${d.file} 不是 go-doctor 事实快照（不是 JSON 对象）`,
      noSchema: (d) => `${d.file} 不是 go-doctor 事实快照（缺少 schemaVersion）`,
      newer: (d) =>
        `${d.file} 的事实快照格式版本为 ${d.version}，比此 go-doctor 能读取的版本（${d.supported}）更新；请升级 go-doctor`,
      unknownSchema: (d) => `${d.file} 的事实快照格式版本 ${d.version} 未知`,
      missing: (d) => `${d.file} 缺少 "${d.key}"，或其类型不对`,
      hostOs: (d) => `${d.file}：host.os 必须是字符串`,
    },
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
