/** `shells` 输出中的固定用语（简体中文）。键与 ../en/ui-shells.ts 一一对应。 */
import { type Audience, audienceOf, type ContextMode, type ShellCtx } from '../../shells/differences.js';
import type { Ui } from '../en/ui.js';

const MODES: Record<ContextMode, string> = {
  'login-interactive': '登录+交互',
  interactive: '交互',
  login: '登录',
  script: '脚本',
  minimal: '最小环境（env -i）',
};

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')} 和 ${items[items.length - 1]}`;
}

/** A space between Chinese and a Latin word at either end (在 bash 交互模式下, 在最小环境…下). */
function pad(s: string): string {
  const ascii = /[\x21-\x7e]/;
  return `${ascii.test(s.charAt(0)) ? ' ' : ''}${s}${ascii.test(s.charAt(s.length - 1)) ? ' ' : ''}`;
}

function context(c: ShellCtx): string {
  if (c.mode === 'minimal') return '最小环境（cron、systemd、图形界面应用）';
  return `${c.shell} ${MODES[c.mode]}模式`;
}

const contexts = (cs: readonly ShellCtx[]): string => pad(list(cs.map(context)));

const AUDIENCE: Record<Audience, string> = {
  terminals: '终端',
  'ide-ci': 'IDE 和 CI 作业的登录 shell',
  scripts: '脚本',
  services: 'cron、systemd 和图形界面应用',
};

const audience = (cs: readonly ShellCtx[]): string => list(audienceOf(cs).map((x) => AUDIENCE[x]));

/** The collector's English words for a context that failed; the shell's own output stays as it is. */
function contextError(text: string): string {
  let m = /^did not finish within (\S+) s: hung in (.+)$/s.exec(text);
  if (m) return `${m[1]} 秒内没有结束：卡在 ${m[2]}`;
  m = /^did not finish within (\S+) s \(a startup file hangs or waits for input\)$/.exec(text);
  if (m) return `${m[1]} 秒内没有结束（某个启动文件卡住了或在等待输入）`;
  m = /^could not start script \(for a TTY\): (.+)$/s.exec(text);
  if (m) return `无法启动 script（用于提供 TTY）：${m[1]}`;
  m = /^could not start (\S+): (.+)$/s.exec(text);
  if (m) return `无法启动 ${m[1]}：${m[2]}`;
  m = /^exited with (\S+) before printing a result(?:: (.+))?$/s.exec(text);
  if (m) return `在输出结果之前就退出了（${m[1]}）${m[2] ? `：${m[2]}` : ''}`;
  return text;
}

export const shells: Ui['shells'] = {
  modes: MODES,
  context,
  columns: (d) => ['SHELL', '模式', 'GO', '版本', ...d.vars, 'PATH（Go 相关项）', '毫秒'],
  error: '出错',
  contextError,
  whereSet: '启动文件在哪里设置了 Go',
  nothingSet: '  （启动文件中没有与 Go 有关的内容）',
  noDifferences: '没有值得注意的差异。',
  differences: '值得注意的差异',
  setAt: (d) => `    设置位置：${d.sources.join('、')}`,
  difference: (t) => {
    switch (t.code) {
      case 'go-fails':
        return `在${pad(context(t.ctx))}下，${t.go} 运行失败：${t.error}`;
      case 'hang':
        return `${context(t.ctx)}：${contextError(t.error)}；这类 shell 每次启动都会卡住，go-doctor 看不到它的 Go 设置。`;
      case 'context-error':
        return `${context(t.ctx)}：${contextError(t.error)}`;
      case 'go-only-in':
        return `只有在${contexts(t.found)}下才能找到 go：${pad(audience(t.missing)).trimStart()}看不到它。`;
      case 'go-not-in':
        return `在${contexts(t.missing)}下找不到 go：${pad(audience(t.missing)).trimStart()}看不到它。`;
      case 'go-differs':
        return `不同的 shell 运行的是不同的 go 命令：${t.groups
          .map(
            (g) =>
              `${contexts(g.contexts).trimStart()}下是 ${g.version ? `go${g.version}` : 'go'}（${g.path}）`,
          )
          .join('；')}。${t.versionsDiffer ? '构建和测试的结果会因启动位置不同而不同。' : ''}`;
      case 'var-only-in':
        return `${t.name}=${t.value} 只在${contexts(t.contexts)}下设置；在其他地方（${audience(t.unset)}），${
          t.name === 'GOROOT' ? 'go 会自己找到它的安装目录' : 'go 使用默认值或 go env -w 设置的值'
        }。`;
      case 'var-differs':
        return `${t.name} 在不同 shell 中的取值不同：${t.values
          .map((v) => `${contexts(v.contexts).trimStart()}下为 ${v.value}`)
          .join('；')}${t.unset.length > 0 ? `；${contexts(t.unset).trimStart()}下未设置` : ''}。`;
      case 'duplicate':
        return `${t.name} 被设置了两次，值相同（${t.first} 和 ${t.second}）；可以删掉其中一处。`;
      case 'conflict':
        return `${t.name} 先在 ${t.first} 被设为 ${t.firstValue}，又在 ${t.second} 被改为 ${t.secondValue}（在${pad(context(t.ctx))}下，可能还有其他模式）：以最后一次为准。`;
      case 'missing-path':
        return t.name === 'PATH'
          ? `${t.where} 把不存在的 ${t.path} 加入了 PATH。`
          : `${t.where} 把 ${t.name} 设为不存在的 ${t.path}。`;
      case 'where-to-set':
        return `要让每种模式都有相同的 Go 设置，请在每个 shell 的每种模式都会读取的文件中设置一次：${list(
          t.files.map((r) => `${r.file}（${r.shell}）`),
        )}。`;
    }
  },
  fix: (f) => {
    switch (f.code) {
      case 'delete-line':
        return `删除 ${f.file} 的第 ${f.line} 行`;
      case 'fix-or-delete-line':
        return `修改或删除 ${f.file} 的第 ${f.line} 行`;
      case 'where-to-set':
        return f.files.map((r) => `${r.file}：${shells.recommendation(r.key, r.file)}`).join('\n');
    }
  },
  recommendation: (key, file) => {
    switch (key) {
      case 'windows-powershell':
        return '只对 PowerShell 有效；图形界面应用和 IDE 读取的是用户环境变量：setx NAME value';
      case 'profile':
        return '登录 shell（sh，以及没有 ~/.bash_profile 时的 bash）和大多数桌面会话会读取它；非登录 shell 继承它的设置';
      case 'bash-login':
        return `bash 登录 shell 读取 ${file.slice(file.lastIndexOf('/') + 1)} 而不是 ~/.profile：也在那里设置，或在其中 source ~/.profile`;
      case 'zshenv':
        return 'zsh 在每种模式下都会读取 .zshenv，包括脚本';
      case 'fish-confd':
        return 'fish 在每种模式下都会运行 conf.d（写在任何 status is-interactive 块之外）';
      case 'powershell':
        return '适用于所有宿主，除非使用 -NoProfile，每种模式都会读取';
    }
  },
  factsNote: (d) => `启动文件来自 ${d.file}；没有实际运行 shell。`,
  factsNoStartup: (d) => `${d.file} 中没有启动文件（由旧版 go-doctor 收集）。`,
  badShell: (d) => `--shell 接受以逗号分隔的 ${d.allowed.join('、')}；收到的是 "${d.got}"`,
};
