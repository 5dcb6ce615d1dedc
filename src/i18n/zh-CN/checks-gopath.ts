/** GOPATH 与已安装命令（gopath 组）检查项的简体中文文案。go 自身的报错原文保留英文。 */
import gobinCrossCompile from '../../checks/gopath/gobin-cross-compile.js';
import gobinNotOnPath from '../../checks/gopath/gobin-not-on-path.js';
import gobinRelative from '../../checks/gopath/gobin-relative.js';
import gobinShadowsSystem from '../../checks/gopath/gobin-shadows-system.js';
import gobinToolOldGo from '../../checks/gopath/gobin-tool-old-go.js';
import gopathEmpty from '../../checks/gopath/gopath-empty.js';
import gopathEqualsGoroot from '../../checks/gopath/gopath-equals-goroot.js';
import gopathRelative from '../../checks/gopath/gopath-relative.js';
import gopathTilde from '../../checks/gopath/gopath-tilde.js';
import installDirUnwritable from '../../checks/gopath/install-dir-unwritable.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { origin, phrase } from './words.js';

const FAILS: Record<string, string> = {
  modcache:
    '每个需要模块的命令都会失败，报错 "go: module cache not found: neither GOMODCACHE nor GOPATH is set"',
  install:
    'go install 会失败，报错 "go: no install location for directory ... outside GOPATH"（GOBIN 也没有设置）',
  sumdb:
    '添加或升级 go.sum 中没有的模块会失败，报错 "initializing sumdb.Client: could not locate sumdb file: missing $GOPATH"',
};

function consequences(d: { fails: readonly string[] }): string {
  if (d.fails.length === 0)
    return 'GOMODCACHE 和 GOBIN 都已设置，校验和数据库也已关闭，所以常用命令仍能工作。';
  return `没有它，${d.fails.map((c) => FAILS[c] ?? c).join('；')}。`;
}

const UNWRITABLE: Record<string, string> = {
  dangling: '是指向不存在目标的符号链接',
  loop: '是循环的符号链接',
  'not-dir': '不是目录',
  'read-only': '位于只读文件系统上',
  denied: '你没有写权限',
  uncreatable: '不存在，而且无法创建',
};

const GO_SAYS: Record<string, string> = {
  dangling: '"go install ...: mkdir .../: file exists"',
  loop: '"go install ...: mkdir .../: file exists"',
  'not-dir': '"go install ...: mkdir .../bin/: file exists"（或 "not a directory"）',
  'read-only': '"go install ...: copying ...: open ...: read-only file system"',
  denied: '"go install ...: copying ...: open ...: permission denied"',
  uncreatable: '"go install ...: mkdir ...: permission denied"（或 "read-only file system"）',
};

export const gopath: CheckTranslation[] = [
  translateCheck(gobinCrossCompile, {
    cross: {
      message: (d) =>
        `设置了 GOBIN（${d.gobin}），而目标平台 ${d.target}（${phrase(d.targetOrigin)}）不是本机平台 ${d.host}，所以 go install 会失败。`,
      why: () =>
        'go install 会拒绝执行："go: cannot install cross-compiled binaries when GOBIN is set"。交叉编译安装时请取消设置 GOBIN（产物会放到 GOPATH[0]/bin/GOOS_GOARCH），或者用 go build -o；如果并不打算交叉编译，请取消设置 GOOS/GOARCH。',
    },
  }),
  translateCheck(gobinNotOnPath, {
    missing: {
      message: (d) =>
        `go install 的安装目录 ${d.dir}（${d.via === 'GOBIN' ? 'GOBIN' : 'GOPATH[0]/bin'}）不在 PATH 中${d.exists ? '' : '（该目录还不存在）'}。`,
      why: () =>
        '用 go install 安装的命令（gopls、dlv、staticcheck 等）都放在那里，shell、编辑器和 go generate 都找不到它们。go 自己从不对此发出警告。',
    },
  }),
  translateCheck(gobinRelative, {
    relative: {
      message: (d) => `GOBIN ${d.value} 是相对路径（${origin(d.origin)}），所以 go install 会失败。`,
      why: () =>
        'go install 会停下并报错 "cannot install, GOBIN must be an absolute path"（go env -w 不会检查这一点）。请把 GOBIN 设为 PATH 中的一个绝对路径目录，或者取消设置它，让命令安装到 GOPATH[0]/bin。',
    },
  }),
  translateCheck(
    gobinShadowsSystem,
    {
      shadows: {
        message: (d) =>
          `${d.tool}（用 go install 安装）遮蔽了系统命令 ${d.system}：运行 "${d.name}" 时执行的是安装的那个。`,
        why: (d) =>
          `${d.dir} 在 PATH 中排在系统目录之前，所以按这个名字运行它的脚本和程序拿到的都是安装的命令。请把 ${d.dir} 移到系统目录之后；如果 ${d.tool} 是误装的，就删掉它。`,
      },
      shadowed: {
        message: (d) => `按名字运行时永远轮不到 ${d.tool}：系统命令 ${d.system} 在 PATH 中排在前面。`,
        why: (d) =>
          `shell 会先找到系统的 "${d.name}"，所以实际运行的并不是你用 go install 安装的版本。请用完整路径运行 ${d.tool}，或者卸载提供它的系统软件包，或者把安装目录在 PATH 中往前放。`,
      },
    },
    { 'full-path': (d) => `用完整路径运行 ${d.tool}，或者卸载安装了 ${d.system} 的软件包` },
  ),
  translateCheck(
    gobinToolOldGo,
    {
      'older-than-module': {
        message: (d) => `${d.tool} 是用 ${d.built} 构建的，比 ${d.file} 要求的 go ${d.want} 更旧。`,
        why: (d) =>
          `它的 go/types 会拒绝需要更新 Go 的包（"package requires newer Go version go${d.want}"），所以对这个模块它要么报错、要么什么都不报，而 go build 却是正常的。请用当前工具链重新安装它（现在是用 ${d.built} 构建的）。`,
      },
      'older-than-toolchain': {
        message: (d) => `${d.tool} 是用 ${d.built} 构建的，比这里运行的 go${d.active} 更旧。`,
        why: () =>
          '它按构建它的那个版本的语言规则做类型检查，所以对使用了新特性的代码和标准库包可能给出错误的结果。请用当前工具链重新安装它。',
      },
    },
    { reinstall: (d) => `用当前的 go 重新安装 ${d.name}` },
  ),
  translateCheck(
    gopathEmpty,
    {
      'leading-empty': {
        message: (d) => `GOPATH ${d.gopath} 以空元素开头（${origin(d.origin)}），所以 go 看不到 GOPATH[0]。`,
        why: (d) =>
          `GOPATH[0] 按原样取值，所以模块缓存、校验和数据库缓存和安装目录都没有位置。${consequences(d)}`,
      },
      'goroot-at-home': {
        message: (d) => `GOPATH 为空：它的默认值 ${d.homeGo} 就是 GOROOT，所以 go 把它丢弃了。`,
        why: (d) =>
          `go/build 从不把 Go 安装目录用作默认 GOPATH（"cannot set GOROOT as GOPATH"）。${consequences(d)}请给 GOPATH 单独设一个目录，或者把 Go 安装到别处（例如 /usr/local/go）。`,
      },
    },
    { 'move-go': (d) => `或者把 Go 安装目录从 ${d.dir} 移走，并取消设置 GOROOT` },
  ),
  translateCheck(
    gopathEqualsGoroot,
    {
      same: {
        message: (d) => `GOPATH ${d.gopath} 就是 GOROOT，也就是 Go 安装目录本身（${origin(d.origin)}）。`,
        why: (d) =>
          `模块会下载到 GOROOT/pkg/mod，go install 会写入 GOROOT/bin，都在 Go 的目录树里，升级时会被删掉（go 1.22+ 会警告 "GOPATH set to GOROOT ... has no effect"；更新的版本会提示 "both GOPATH and GOROOT are the same directory"）。${d.goAtHome ? 'Go 安装在默认的 GOPATH，即 $HOME/go：请把 Go 移到别处（例如 /usr/local/go 或 $HOME/sdk/go），或者把 GOPATH 设为另一个目录。' : '请让 GOPATH 指向一个单独的目录，或者取消设置它以使用 $HOME/go。'}`,
      },
      'first-entry': {
        message: (d) => `GOPATH 的第一项是 GOROOT ${d.goroot}（${origin(d.origin)}）；go 不会对此发出警告。`,
        why: () =>
          'GOPATH[0] 决定模块缓存和安装目录，所以模块会落到 GOROOT/pkg/mod，安装的命令会落到 GOROOT/bin，都在 Go 的目录树里。请把另一个目录放在第一位。',
      },
    },
    { 'move-go': (d) => `或者把 Go 安装目录从 ${d.dir} 移走（例如移到 /usr/local/go）` },
  ),
  translateCheck(gopathRelative, {
    relative: {
      message: (d) =>
        `GOPATH 中有相对路径项 ${d.entries.join(', ')}（${origin(d.origin)}），所以每个 go 命令都会失败。`,
      why: (d) =>
        `go 命令在做任何事之前就会拒绝相对的 GOPATH 项："go: GOPATH entry is relative; must be absolute path: ${d.first}."（退出状态 2）。请使用绝对路径，或者取消设置 GOPATH 以使用默认的 $HOME/go。`,
    },
  }),
  translateCheck(gopathTilde, {
    tilde: {
      message: (d) =>
        `GOPATH 中有以 "~" 开头的项（${d.entries.join(', ')}，${origin(d.origin)}），所以每个 go 命令都会失败。`,
      why: (d) =>
        `go 命令不会展开 "~"，会在做任何事之前停下："go: GOPATH entry cannot start with shell metacharacter '~': ${d.first}"（退出状态 2）。请写出完整的主目录路径，或者让 shell 来展开（~ 两边不要加引号）。`,
    },
  }),
  translateCheck(
    installDirUnwritable,
    {
      unwritable: {
        message: (d) =>
          `go install 的安装目录 ${d.dir}（${d.via === 'GOBIN' ? 'GOBIN' : 'GOPATH[0]/bin'}）${UNWRITABLE[d.problem] ?? d.problem}，所以 go install 会失败。`,
        why: (d) =>
          `go install 会把每个命令写到那里，并停下报错 ${GO_SAYS[d.problem] ?? ''}。${d.near ? `最近的已存在目录是 ${d.near}。` : ''}请修好这个目录，或者让 GOBIN 指向 PATH 中一个可写的目录。`,
      },
    },
    {
      remove: (d) => `删除或重命名 ${d.dir}`,
      writable: (d) => `让 ${d.dir} 可写，或者把 GOBIN 设为 PATH 中一个可写的目录`,
    },
  ),
];
