/** `relocate` 输出中的固定用语（简体中文）。键与 ../en/ui-relocate.ts 一一对应。 */
import type { Ui } from '../en/ui.js';
import { derivation } from './derivations.js';

const j = (xs: readonly string[]) => xs.join('、');

export const relocate: Ui['relocate'] = {
  notes: {
    'target-relative': (d) => `目标 ${d.target} 不是绝对路径`,
    'target-separator': (d) =>
      `目标 ${d.target} 含有 GOPATH 列表分隔符 "${d.sep}"：go 会在那里把新的 GOPATH 拆开`,
    'target-inside-source': (d) =>
      `目标 ${d.target} 位于 ${d.var}（${d.from}）之内，复制时会把它自己也复制进去`,
    'source-inside-target': (d) => `${d.var}（${d.from}）已经在目标 ${d.target} 之内`,
    'would-sweep': (d) =>
      `${d.staying}（${d.value}）位于 ${d.var}（${d.from}）之内，但它不随之移动；请一起移动它（--vars ${d.var},${d.staying}）`,
    'would-sweep-home': (d) => `${d.var}（${d.from}）包含你的主目录 ${d.home}；relocate 不会移动它`,
    'would-sweep-goenv': (d) =>
      `go env 配置文件 ${d.goenv} 位于 ${d.var}（${d.from}）之内；relocate 不会移动它`,
    'would-sweep-goroot': (d) =>
      `GOROOT（${d.goroot}）位于 ${d.var}（${d.from}）之内；relocate 不会移动 Go 安装`,
    'install-dir-not-on-path': (d) =>
      `安装目录 ${d.from} 现在不在 PATH 中；除非你把 ${d.to} 加入 PATH，否则 go install 放在那里的命令无法直接按名字运行`,
    'source-missing': (d) => `${d.var}（${d.from}）还不存在：只修改设置`,
    'source-unreadable': (d) => `${d.var}（${d.from}）下有 ${d.count} 个条目无法读取，因此无法复制`,
    'no-space': (d) => `目标空间不足：大约需要 ${d.need}，另加 ${d.margin} 余量，可用 ${d.free}`,
    'space-unknown': () => '没有测量大小或可用空间（事实快照）：在本机上使用 --apply 时才会检查空间',
    'target-not-dir': (d) => `目标 ${d.target} 已存在，但不是目录`,
    'target-not-empty': (d) => `目标 ${d.target} 中已有文件；请选择一个空目录或新目录`,
    'same-volume': (d) =>
      `目标与 ${j(d.vars)} 在同一个卷上：移到那里不会释放空间，复制期间还需要两倍的空间${d.refused ? '（加 --allow-same-volume 仍会移动）' : ''}`,
    'deps-recompile': () =>
      '移动后的第一次构建会重新编译一次模块依赖（以及导入它们的包）：除非使用 -trimpath 构建，go 按目录区分已编译的包；标准库仍在缓存中',
    'system-drive-assumed': () => '没有设置 SystemDrive；假定系统盘是 C:',
    'target-on-system-drive': (d) =>
      `目标 ${d.target} 在系统盘（${d.drive}）上：移到那里不会给系统盘腾出空间`,
    'off-system-drive': (d) => `把 ${j(d.vars)} 移出系统盘（${d.drive}）`,
    'target-unc': (d) => `目标 ${d.target} 是网络（UNC）路径：在上面构建很慢，文件锁的行为也不同`,
    'target-spaces': (d) =>
      `目标 ${d.target} 含有空格：go 和 gcc 能处理，但带有这些路径的 #cgo 和 pkg-config 参数，以及基于 make 或脚本的 cgo 构建，可能会在空格处被拆开`,
    'target-non-ascii': (d) =>
      `目标 ${d.target} 含有非 ASCII 字符：为 ANSI 代码页构建的 MinGW gcc 和其他 cgo 工具可能打不开这类路径`,
    'path-length': (d) => `PATH 将有 ${d.length} 个字符，接近某些 Windows 工具截断它的 ${d.limit} 字符上限`,
    'target-unusual-chars': (d) => `目标 ${d.target} 含有空格或非 ASCII 字符；有些构建脚本处理不好这类路径`,
  },
  say: (x) => {
    switch (x.code) {
      case 'probe-built':
        return `已把一个探测包构建到当前的构建缓存中（${x.dir}）`;
      case 'copied':
        return `${x.resumed ? '已继续复制' : '已复制'} ${x.var}：${x.from} -> ${x.to}（写入 ${x.copied} 个文件${x.skipped > 0 ? `，${x.skipped} 个已完整` : ''}，${x.links} 个链接${x.hardLinks > 0 ? `，${x.hardLinks} 个硬链接` : ''}）`;
      case 'special-skipped':
        return `跳过了 ${x.var} 中的 ${x.count} 个特殊文件（套接字、FIFO）：${j(x.examples)}`;
      case 'source-missing':
        return `${x.var}：${x.from} 不存在；只修改设置`;
      case 'verified':
        return `已校验 ${x.var}：两边都是 ${x.files} 个文件、${x.bytes} 字节、${x.links} 个链接、${x.dirs} 个目录`;
      case 'backed-up':
        return `已把 ${x.file} 备份到 ${x.backup}`;
      case 'ran-go-env':
        return `已运行 go env -w ${x.args}`;
      case 'wrote-startup':
        return `已写入 ${j(x.files)}（go-doctor fix --undo 可以撤销）；改动对新的 shell 生效：打开一个新 shell 并重新运行这条命令来完成`;
      case 'waiting-env':
        return x.written
          ? `${j(x.vars)}：由环境变量设置；启动文件现在设置了新路径，但在新 shell 启动之前，go 在这个 shell 中仍使用旧路径`
          : `${j(x.vars)}：由环境变量设置，go-doctor 不修改环境变量；在你执行下面几行之前，go 仍使用旧路径`;
      case 'cache-hit':
        return `用 GOCACHE=${x.dir} 构建时直接命中了移动后的缓存（没有编译步骤）`;
      case 'path-still-old':
        return `PATH 仍包含 ${x.from}；在 PATH 改为包含 ${x.to} 之前，旧副本会保留`;
      case 'carried-over':
        return `已把这期间写入旧 ${x.var} 的 ${x.count} 个文件带过来`;
      case 'removed-old':
        return `已删除旧的 ${x.var} ${x.from}`;
      case 'done':
        return x.keepOld ? '完成；旧副本已保留（--keep-old）' : '完成';
      case 'restored-goenv':
        return `已恢复 go env 配置文件中 ${j(x.vars)} 的设置`;
      case 'removed-new':
        return `已删除新副本 ${x.dir}`;
      case 'rolled-back':
        return '已回滚：go 使用旧目录，旧目录从未被改动';
      case 'already-finished':
        return `${x.target} 中已有一次完成的迁移`;
      case 'progress':
        return `  ${x.var}：${x.files} 个文件…`;
      case 'probe-failed-before':
        return `用当前设置构建探测包失败，因此无法校验这次迁移：${x.error}`;
      case 'copy-stopped':
        return `复制 ${x.var} 中断：${x.error}${x.path ? `（${x.path}）` : ''}。go 仍使用旧目录；排除原因后用 --apply 重新运行即可继续，或用 --rollback 回滚`;
      case 'copy-differs':
        return `${x.var} 的副本与 ${x.from} 不一致（文件 ${x.files[0]} 对 ${x.files[1]}，字节 ${x.bytes[0]} 对 ${x.bytes[1]}，链接 ${x.links[0]} 对 ${x.links[1]}，目录 ${x.dirs[0]} 对 ${x.dirs[1]}）：复制期间有东西改动了它；重新运行即可继续`;
      case 'failed':
        return x.error;
      case 'startup-failed':
        return `无法更新 shell 启动文件：${x.error}`;
      case 'goenv-failed':
        return `切换之后 go env -json ${x.names.join(' ')} 失败：${x.error}`;
      case 'goenv-mismatch':
        return `切换之后 go env ${x.name} 输出的是 ${x.got || '（空）'}，而不是 ${x.want}`;
      case 'cache-miss':
        return `用 GOCACHE=${x.dir} 时探测包被重新编译了：移动后的缓存没有命中这次构建`;
      case 'probe-failed-after':
        return `用新设置构建探测包失败：${x.error}`;
      case 'already-removed':
        return `旧的 ${j(x.moves.map((m) => `${m.var}（${m.from}）`))} 已经删除；要回到原来的位置，请再迁移一次：go-doctor relocate --to <dir> --apply`;
      case 'still-points':
        return `这个环境中的 ${x.var} 仍指向 ${x.to}；请执行下面几行，然后重新运行 --rollback 来删除它`;
      case 'unfinished':
        return `记录中有一次到 ${x.target} 的未完成迁移；用 --apply 重新运行以继续，或用 --rollback 撤销`;
    }
  },
  problem: (p) => {
    switch (p.code) {
      case 'needs-to':
        return 'relocate 需要 --to DIR';
      case 'bad-vars':
        return `--vars 接受以逗号分隔的 ${j(p.allowed)}；收到的是 "${p.got}"`;
      case 'no-vars':
        return '--vars 没有指定任何变量';
      case 'gopath-list':
        return `GOPATH 有 ${p.count} 项（${p.value}）；relocate 只移动只有一项的 GOPATH`;
      case 'nothing-to-move':
        return `${p.var} 在这里${p.off ? '为 off' : '为空'}，没有可移动的内容`;
      case 'relative':
        return `${p.var} 是相对路径（${p.from}）；go 拒绝使用它`;
      case 'facts-apply':
        return '--apply 和 --rollback 只能用于本机，不能用于 --facts 快照';
      case 'apply-rollback':
        return '--apply 和 --rollback 不能同时使用';
      case 'facts-relative-to':
        return `使用 --facts 时，--to 必须是 ${p.os} 的绝对路径；收到的是 "${p.to}"`;
      case 'journal-unreadable':
        return `${p.file} 不是可读的 relocate 日志（${p.error}）；把它移走后重新开始`;
      case 'not-a-journal':
        return `${p.file} 不是 go-doctor relocate 的日志；把它移走后重新开始`;
      case 'nothing-to-roll-back':
        return `没有到 ${p.target} 的未完成迁移可以回滚`;
    }
  },
  derivation,
  source: {
    env: '来自环境变量',
    envfile: '由 go env -w 设置',
    goroot: '由 $GOROOT/go.env 设置',
    default: (d) => `默认值${d.derivation ? `（${d.derivation}）` : ''}`,
  },
  notMeasured: '没有测量大小',
  notYet: '还不存在',
  size: (d) => `${d.bytes}，${d.files} 个文件${d.links > 0 ? `，${d.links} 个链接` : ''}`,
  planHeading: 'go-doctor relocate：计划（什么都没有改动；--apply 才会执行）',
  applyingHeading: 'go-doctor relocate：正在执行',
  sizesNotMeasured: '没有测量大小',
  needs: (d) => `大约需要 ${d.need}${d.free === null ? '' : `，可用 ${d.free}`}`,
  target: (d) => `目标：${d.target}（${d.space}）`,
  movesWith: (d) => `随 ${d.var} 一起移动`,
  now: (d) => `${d.where}；当前：${d.source}`,
  noSetting: (d) => `设置：不需要（跟随 ${d.var}）`,
  runs: (d) => `${d.by === 'go-doctor' ? 'go-doctor 运行' : '你来运行'}：${d.line}`,
  pathMoves: (d) => `PATH：安装目录从 ${d.from} 移到 ${d.to}：`,
  levels: { refuse: '拒绝：', warning: '警告：', info: '提示：' },
  refusedEnd: '在解决上面的拒绝原因之前，什么都不能移动。',
  applyEnd:
    '使用 --apply 时：复制、校验（大小、文件数、go env、一次命中移动后缓存的构建）、切换，然后删除旧副本（--keep-old 会保留它们）。',
  status: { done: '完成', waiting: '等你操作', failed: '已停止', refused: '已拒绝' },
  outcomeHeading: (d) => `go-doctor relocate ${d.mode}：${d.status}`,
  journal: (d) => `日志 ${d.file}（${d.state}）：`,
  problems: '问题：',
  forYou: '需要你来执行（go-doctor 暂时不会修改你的 shell 启动文件或环境变量）：',
  thenRerun: '然后打开一个新 shell，并加 --apply 重新运行同一条命令；在那之前旧副本会保留。',
  prompt: '执行这个计划吗？[y/N] ',
};
