/** `fix` 输出中的固定用语（简体中文）。键与 ../en/ui-fixReport.ts 一一对应。 */
import type { Blocked } from '../../fix/say.js';
import type { Ui } from '../en/ui.js';

function blocked(b: Blocked): string {
  return [
    b.later ? `它在后面的 ${b.later} 又被赋值；请在那里修改` : '',
    b.uneditable.length > 0 ? `go-doctor 无法编辑 ${b.uneditable.join('、')}` : '',
  ]
    .filter((x) => x !== '')
    .join('；');
}

const MODES: Record<string, string> = {
  'login+interactive': '登录+交互模式',
  interactive: '交互模式',
  login: '登录模式',
  script: '脚本模式',
};

/** fix/verify.ts and fix/plan.ts label a context "<shell> <mode>", or one of two fixed phrases. */
function label(l: string): string {
  if (l === 'this environment') return '当前环境';
  if (l === 'the planned values (no shell to start)') return '计划中的值（没有可启动的 shell）';
  const m = /^(\S+) (login\+interactive|interactive|login|script)$/.exec(l);
  return m ? `${m[1]} ${MODES[m[2] ?? ''] ?? m[2]}` : l;
}

const contexts = (cs: readonly string[]) => cs.map(label).join('、');

export const fixReport: Ui['fixReport'] = {
  say: (s) => {
    switch (s.code) {
      case 'same-change':
        return `与 ${s.finding} 的改动相同`;
      case 'no-startup-facts-var':
        return `go-doctor 没有启动文件的信息；请自己在 shell 的启动文件中${s.set ? `设置 ${s.var}` : `删除 ${s.var}`}`;
      case 'already-set':
        return `你的启动文件已经在每种模式下设置了 ${s.var}=${s.value}；打开一个新终端即可生效`;
      case 'left-in-place':
        return `保留未动（不在你的主目录中，或不是简单的一行）：${s.where}`;
      case 'cannot-win':
        return `无法让 ${s.var} 在 ${contexts(s.contexts)} 中生效：${blocked(s.blocked)}`;
      case 'already-removed':
        return `go-doctor fix 已经把 ${s.var} 从你的启动文件中去掉了；这个终端仍保留旧值：请打开一个新终端`;
      case 'var-from-environment':
        return `没有启动文件设置 ${s.var}：它来自启动 go-doctor 的环境（终端、IDE、systemd/launchd 或 PAM 环境）；现在各个 shell 会取消它，但在 shell 之外启动的程序可能仍会看到它`;
      case 'still-assigned':
        return `仍有赋值（在你的主目录之外，或不是简单的一行），之后会被取消：${s.where}`;
      case 'still-set':
        return `${s.var} 在 ${contexts(s.contexts)} 中仍被设置：${blocked(s.blocked)}`;
      case 'no-startup-facts-path-add':
        return `go-doctor 没有启动文件的信息；请自己在 shell 的启动文件中把 ${s.dir} 加入 PATH`;
      case 'cannot-add-path':
        return `无法在 ${contexts(s.contexts)} 中把 ${s.dir} 加入 PATH${s.blocked ? `：${blocked(s.blocked)}` : ''}`;
      case 'no-startup-facts-path-remove':
        return `go-doctor 没有启动文件的信息；请在启动文件添加 ${s.entry} 的地方把它从 PATH 中去掉`;
      case 'path-from-environment':
        return `go-doctor 读取的启动文件都没有把 ${s.entry} 加入 PATH：它来自启动 go-doctor 的环境（父进程、/etc/environment、桌面会话或 IDE）；请在那里去掉它`;
      case 'path-also-added-uneditable':
        return `${s.entry} 还在 ${s.where} 被加入，而 go-doctor 不编辑那里（在你的主目录之外，或不是简单的一行）；请在那里去掉它`;
      case 'no-goenv-file':
        return `go env ${s.flag} 没有可写的文件（GOENV=off，或者 $XDG_CONFIG_HOME 和 $HOME 都没有设置）`;
      case 'mkdir-undo':
        return '如果它仍是空的，撤销时会再删除它';
      case 'run-apply-only':
        return '只在 --apply 时运行；无法撤销';
      case 'cannot-read':
        return `无法读取 ${s.file}${s.error ? `（${s.error}）` : ''}`;
      case 'line-changed':
        return `${s.file} 的第 ${s.line} 行已不再是 ${JSON.stringify(s.from)}${s.now === null ? '（文件变短了）' : `（现在是 ${JSON.stringify(s.now)}）`}；请重新运行 go-doctor`;
      case 'win-var-also-set':
        return `${s.var} 还在 ${s.where} 被设置；请在那里修改`;
      case 'win-path-also-added':
        return `${s.entry} 还在 ${s.where} 被加入；请在那里去掉它`;
      case 'win-system-path':
        return `如果 ${s.entry} 在系统 Path 中（系统属性 > 环境变量，需要管理员权限），请在那里去掉它`;
      case 'advice':
        return s.translated ?? s.text;
    }
  },
  join: (parts) => parts.join('；'),
  applied: (s) => {
    switch (s.code) {
      case 'changed-since-read':
        return `${s.file} 在 go-doctor 读取之后被改动过；请重新运行 go-doctor fix`;
      case 'cannot-write':
        return `无法写入 ${s.file}：${s.error}`;
      case 'not-this-os':
        return '不是当前操作系统（只做计划）';
      case 'apply-only':
        return '只在 --apply 时运行';
      case 'command-failed':
        return `${s.command} 失败${s.timedOut ? '（超时）' : s.spawnError ? `（${s.spawnError}）` : ''}${s.output ? `：${s.output}` : ''}`;
      case 'cannot-create':
        return `无法创建 ${s.dir}：${s.error}`;
      case 'nothing-to-undo':
        return `没有可撤销的内容（${s.stateDir} 中没有已执行的计划）`;
      case 'cannot-read-journal':
        return `无法读取 ${s.file}：${s.error}`;
      case 'not-a-journal':
        return `${s.file} 不是 go-doctor 的日志文件`;
      case 'undo-changed':
        return `拒绝撤销：go-doctor fix 写入之后，这些文件又被改动过：${s.files.join('、')}。没有恢复任何文件；备份在 ${s.backups}`;
    }
  },
  nothing: 'go-doctor fix：没有需要修复的内容。',
  summary: (d) =>
    `go-doctor fix：${d.findings} 个检查结果有修复方案；计划 ${d.changes} 处改动${d.shells.length > 0 ? `（shell：${d.shells.join('、')}）` : ''}。`,
  status: { done: '无需改动', refused: '已拒绝', advice: '见建议' },
  statusTag: (d) => `（${d.status}）`,
  files: '文件：',
  link: (d) => `（这是一个链接；改动写入 ${d.target}）`,
  newFile: '（新文件）',
  commands: '命令：',
  tags: {
    irreversible: '无法撤销',
    restores: (d) => `撤销时恢复 ${d.file}`,
    applyOnly: '只在 --apply 时运行',
    foreign: '只做计划：不是当前操作系统',
  },
  directories: '目录：',
  mkdirTag: '（如果仍是空的，撤销时删除）',
  advice: '建议（go-doctor 无法替你完成）：',
  notChanged: '没有做任何改动。运行 "go-doctor fix --apply" 来执行这些改动。',
  nothingAutomatic: '没有可以自动完成的改动。',
  written: (d) => `已写入：${d.files.join('、')}`,
  ran: { skipped: '已跳过', ok: '已运行', failed: '失败' },
  created: (d) => `已创建：${d.dirs.join('、')}`,
  error: (d) => `错误：${d.error}`,
  backups: (d) => `备份和日志在 ${d.dir}；"go-doctor fix --undo" 可以恢复这些文件。`,
  recheckedIn: (d) => `重新检查的环境：${d.contexts.join('、')}`,
  fixed: (d) => `  已修复：${d.finding}`,
  stillFound: (d) =>
    `  仍然存在：${d.finding}${d.contexts.length > 0 ? `（在 ${d.contexts.join('、')} 中）` : ''}`,
  newTerminal: '打开一个新终端（或重新登录）以获得新的设置；当前 shell 保留原来的环境。',
  undoNothing: '什么也没做',
  undone: 'go-doctor fix --undo：上一次执行的计划已撤销。',
  undoPrefix: (d) => `go-doctor fix --undo：${d.text}`,
  restored: (d) => `已恢复：${d.files.join('、')}`,
  removed: (d) => `已删除（由 go-doctor 创建）：${d.files.join('、')}`,
  dirsRemoved: (d) => `已删除的目录：${d.dirs.join('、')}`,
  dirsKept: (d) => `保留的目录（不是空的）：${d.dirs.join('、')}`,
  irreversible: (d) => `没有撤销（无法撤销）：${d.commands.join('；')}`,
  label,
  contextError: (e) => {
    if (e === 'timed out') return '超时';
    let m = /^could not start: (.+)$/s.exec(e);
    if (m) return `无法启动：${m[1]}`;
    m = /^printed no result \(exit (.+)\)$/.exec(e);
    if (m) return `没有输出结果（退出码 ${m[1]}）`;
    return e;
  },
  prompt: '执行这些改动吗？[y/N] ',
  undoWithApply: '--undo 和 --apply 不能同时使用',
  noStateDir: '没有状态目录：请设置 HOME（或 XDG_STATE_HOME）',
  noStateDirBackups: '没有存放备份的状态目录：请设置 HOME（或 XDG_STATE_HOME）',
  unknownCheck: (d) => `未知的检查 ID "${d.id}"`,
  applyFacts: '--apply 只能用于本机，不能用于 --facts 快照',
};
