/** 环境（environment 组：HOME、PATH、go env 配置文件）检查项的简体中文文案。go 自身的报错原文保留英文。 */

import { show } from '../../checks/_lib/text.js';
import appdataMissing from '../../checks/environment/appdata-missing.js';
import cwdThroughSymlink from '../../checks/environment/cwd-through-symlink.js';
import envfileIgnoredLines from '../../checks/environment/envfile-ignored-lines.js';
import envfileShadowed from '../../checks/environment/envfile-shadowed.js';
import homeDangling from '../../checks/environment/home-dangling.js';
import homeForeignOwner from '../../checks/environment/home-foreign-owner.js';
import homeRelative from '../../checks/environment/home-relative.js';
import homeUnset from '../../checks/environment/home-unset.js';
import pathEmptyEntry from '../../checks/environment/path-empty-entry.js';
import pathRelativeEntry from '../../checks/environment/path-relative-entry.js';
import pathTilde from '../../checks/environment/path-tilde.js';
import pathWritableByOthers from '../../checks/environment/path-writable-by-others.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { list, phrase } from './words.js';

const DANGLING: Record<string, string> = {
  dangling: '是指向不存在目录的符号链接',
  loop: '是循环的符号链接',
  'not-dir': '不是目录',
  uncreatable: '不存在，而且无法创建',
  'read-only': '是只读的',
  denied: '不可写',
  missing: '不存在（go 会在首次使用时创建它）',
};

function danglingConsequence(c: string): string {
  switch (c) {
    case 'modcache':
      return '无法在其下创建模块缓存："go: could not create module cache: mkdir ...: file exists"（或 "not a directory"），下载和构建都会失败';
    case 'install':
      return 'go install 无法在其下创建 bin 目录';
    case 'gocache':
      return '无法在其下创建构建缓存："failed to initialize build cache at .../go-build: mkdir ..."，每次构建都会失败';
    default:
      return '无法读写其下的 go env 配置文件（go env -w 会失败）';
  }
}

function relativeConsequence(c: string, d: { modcache: string }): string {
  switch (c) {
    case 'modcache':
      return `GOMODCACHE 变成 ${d.modcache}，每个需要模块的命令都会失败，报错 "go: GOMODCACHE entry is relative; must be absolute path: ${d.modcache}."`;
    case 'install':
      return '默认的 GOPATH 被悄悄丢弃，go install 会失败，报错 "go: no install location for directory ... outside GOPATH"';
    case 'gocache-test':
      return '构建缓存是相对目录，会在命令运行时所在的目录下创建；go test 会失败，因为 vet 在别的目录中运行（"could not import ... (open <home>/.cache/go-build/...: no such file or directory)"）';
    case 'gocache':
      return '构建缓存是相对目录，每次都会在命令运行时所在的目录下重新创建';
    default:
      return 'go env 配置文件相对于当前目录查找，go env -w 的设置只在一个目录中生效';
  }
}

function unsetConsequence(c: string, d: { homeVar: string; cacheWhy: string }): string {
  switch (c) {
    case 'modcache':
      return 'GOPATH 和 GOMODCACHE 都为空，模块下载和构建都会失败，报错 "go: module cache not found: neither GOMODCACHE nor GOPATH is set"';
    case 'install':
      return 'go install 没有安装目标："go: no install location for directory ... outside GOPATH"';
    case 'sumdb':
      return `校验和数据库查询会失败："could not locate sumdb file: missing $GOPATH: ${d.homeVar} is not set"`;
    case 'gocache':
      return `没有构建缓存："build cache is required, but could not be located: GOCACHE is not defined and ${d.cacheWhy}"`;
    default:
      return 'go env 配置文件没有位置：go env -w 写入的设置不会被读取，go env -w 本身也会失败，报错 "go: cannot find go env config"';
  }
}

const WHERE: Record<string, string> = { leading: '开头的 ":"', trailing: '结尾的 ":"', inner: '"::"' };

export const environment: CheckTranslation[] = [
  translateCheck(appdataMissing, {
    'no-local-app-data': {
      message: () => '%LocalAppData% 没有定义，GOCACHE 也没有设置，因此没有构建缓存。',
      why: () =>
        '每次构建都会失败："build cache is required, but could not be located: GOCACHE is not defined and %LocalAppData% is not defined"。请在正常的用户会话中运行 go，或者把 GOCACHE 设为一个目录。',
    },
    'no-app-data': {
      message: () => '%AppData% 没有定义，因此 go env 配置文件没有位置。',
      why: () =>
        'go env -w 会失败，报错 "go: cannot find go env config: %AppData% is not defined"，而且这里不会读取用 go env -w 写入的设置。请设置 GOENV 或 AppData。',
    },
  }),
  translateCheck(
    cwdThroughSymlink,
    {
      link: {
        message: (d) =>
          `工作目录 ${d.cwd} 是通过符号链接进入的（真实目录是 ${show(d.physical)}）；go 对 ${d.modRoot} 处的模块使用链接的写法。`,
        why: (d) =>
          `在这里 go build、test 和 install 都正常，但传入解析后路径的工具（打开了 ${d.physicalModRoot || d.physical} 的编辑器、\`go build $(pwd -P)/...\`）会得到 "pattern ${d.physical}/...: directory prefix ${d.rel} does not contain main module or its selected dependencies" 或 "directory ${d.rel} outside main module or its selected dependencies"。请处处使用同一种写法：cd 到真实目录，并在编辑器中打开那个目录。`,
      },
    },
    {
      cd: (d) => `cd ${d.dir}`,
      editor: (d) => `在编辑器中打开 ${d.dir}（而不是链接），传递路径时也使用同样的写法`,
    },
  ),
  translateCheck(envfileIgnoredLines, {
    ignored: {
      message: (d) =>
        `go 命令忽略了 ${d.file} 中的 ${d.count === 1 ? '一行' : `${d.count} 行`}：${d.lines.join('; ')}。`,
      why: (d) =>
        `go 只读取以大写字母开头并且包含 "=" 的行，其他行会被悄悄跳过，因此这些设置不会生效。${phrase(d.hint)}`,
    },
    'os-only': {
      message: (d) => `${d.file}:${d.line} 设置了 ${d.name}，而 go 命令只从操作系统环境变量中读取它。`,
      why: (d) => `这一行不起作用。请改为在环境变量中设置 ${d.name}，并删掉这一行。`,
    },
    unreadable: {
      message: (d) => `无法读取 go env 配置文件 ${d.file}（${d.error}）。`,
      why: () =>
        'go 命令会悄悄忽略读不了的 go env 配置文件，所以用 go env -w 写入的设置都不生效，go env -w 本身也会失败。',
    },
  }),
  translateCheck(
    envfileShadowed,
    {
      shadowed: {
        message: (d) =>
          `go env -w ${d.name}=${d.fileValue}（${d.file}:${d.line}）在这个 shell 中不起作用：环境变量中设置了 ${d.name}=${d.envValue}。`,
        why: (d) =>
          `非空的环境变量总是优先于 go env 配置文件。要使用 go env -w 的值，请在 shell 启动文件中取消设置 ${d.name}；或者运行 "go env -u ${d.name}" 去掉你不想要的那个。`,
      },
      'empty-env': {
        message: (d) =>
          `环境变量中 ${d.name} 已设置但为空，这并不能清除 go env -w ${d.name}=${d.fileValue}（${d.file}:${d.line}）；go 使用的是文件中的值。`,
        why: (d) =>
          `go 命令把空变量当作未设置，转而使用 go env 配置文件。要真正清除它，请运行 "go env -u ${d.name}"。`,
      },
    },
    {
      choose: (d) =>
        `要使用 go env -w 的值，请在 shell 中取消设置 ${d.name}；要保留环境变量的值，请运行 "go env -u ${d.name}"`,
    },
  ),
  translateCheck(
    homeDangling,
    {
      broken: {
        message: (d) =>
          `$${d.homeVar} ${d.value} ${DANGLING[d.problem] ?? d.problem}${d.target ? `（${d.target}）` : ''}。`,
        why: (d) => {
          const parts = [...d.fails, ...d.risks].map(danglingConsequence);
          return parts.length > 0
            ? `go 把它的文件放在这个目录下：${parts.join('；')}。请创建该目录（或修好链接），或者把 ${d.homeVar} 设为一个已存在的目录。`
            : '这里 go 没有在其下存放任何东西（GOPATH、GOCACHE 和 GOENV 都指向别处），但其他工具会出错。';
        },
      },
      missing: {
        message: (d) => `$${d.homeVar} ${d.value} ${DANGLING.missing}。`,
        why: () =>
          'go 会连同所有缺失的上级目录一起创建它需要的目录（GOPATH、缓存、go env 配置文件），所以 go 能正常工作，但这个主目录很可能不是你以为的那个。',
      },
    },
    { point: (d) => `把 ${d.homeVar} 指向一个已存在的目录` },
  ),
  translateCheck(
    homeForeignOwner,
    {
      foreign: {
        message: (d) =>
          d.homeOwner !== null
            ? `$HOME ${d.home} 属于 uid ${d.homeOwner}，不属于你（uid ${d.uid}${d.root ? '，root' : ''}）：go 会把 ${list([...d.dirs])} 写进那个用户的目录树。`
            : `${list([...d.dirs])} 属于 ${list([...d.owners])}，不属于你（uid ${d.uid}${d.root ? '，root' : ''}）。`,
        why: (d) =>
          `对你来说 go 能正常工作，但它在那里新建的每个文件都归 uid ${d.uid} 所有${d.root ? '，目录的主人无法写入' : ''}。于是主人自己的命令会失败：下载新的模块版本时报错 "go: open .../pkg/mod/cache/download/.../@v/<version>.lock: permission denied"，go clean -modcache 报错 "unlinkat ...: permission denied"，构建（go1.21+）报错 "open .../go-build/..-d: permission denied"。${
            d.root
              ? '常见原因：sudo -E（或 sudo --preserve-env）保留了调用者的 HOME。请使用 "sudo -H"，或只保留需要的变量（"sudo --preserve-env=PATH,GOFLAGS"），让 root 使用自己的主目录。'
              : '请把 HOME 设为你自己的主目录。'
          }`,
      },
    },
    {
      sudo: () =>
        '以 root 身份运行 go 时，用 "sudo -H ..."（或不带 HOME 的 "sudo --preserve-env=PATH ..."）代替 "sudo -E"',
      chown: (d) => `把 root 已经写在那里的文件还给原来的主人：${d.command}`,
    },
  ),
  translateCheck(
    homeRelative,
    {
      relative: {
        message: (d) =>
          `$${d.homeVar} 是相对路径（${d.value}）${d.fails.length > 0 ? '，因此 go 命令会失败' : ''}。`,
        why: (d) => {
          const parts = [...d.fails, ...d.risks].map((c) => relativeConsequence(c, d));
          return `go 由它推导出的一切也都是相对路径：${parts.length > 0 ? parts.join('；') : '这里没有影响，因为 GOPATH、GOCACHE 和 GOENV 都已设置'}。请把 ${d.homeVar} 设为绝对路径。`;
        },
      },
      tilde: {
        message: (d) => `$${d.homeVar} 为 ${d.value}，是字面上的 "~"，因此每个 go 命令都会失败。`,
        why: () =>
          '默认的 GOPATH 变成 "~/go"，go 在做任何事之前就会拒绝它："go: GOPATH entry cannot start with shell metacharacter \'~\': "~/go""（退出状态 2）。shell 没有展开这个 ~（它被加了引号）；请把 HOME 设为绝对路径。',
      },
    },
    { absolute: (d) => `把 ${d.homeVar} 设为你主目录的绝对路径` },
  ),
  translateCheck(
    homeUnset,
    {
      unset: {
        message: (d) => `$${d.homeVar} 没有设置${d.fails.length > 0 ? '，因此 go 命令会失败' : ''}。`,
        why: (d) => {
          const parts = [...d.fails, ...d.risks].map((c) => unsetConsequence(c, d));
          return parts.length > 0
            ? `没有它：${parts.join('；')}。请设置 ${d.homeVar}，或者显式设置这些变量。`
            : 'GOPATH、GOCACHE 和 go env 配置文件都已显式设置，所以 go 不需要它；但其他工具（git、ssh）可能需要。';
        },
      },
    },
    { set: (d) => `把 ${d.homeVar} 设为你的主目录` },
  ),
  translateCheck(
    pathEmptyEntry,
    {
      empty: {
        message: (d) =>
          `PATH 中有${d.count === 1 ? '一个空项' : ` ${d.count} 个空项`}（${d.where.map((w) => WHERE[w] ?? w).join('、')}），shell 会把它当作当前目录。`,
        why: () =>
          'shell 会从你所在的任何目录运行程序（随手放的 ./go 或 ./gcc 会盖过真正的那个），而用 Go 写的工具会拒绝这样找到的程序（"exec: ... cannot run executable found relative to current directory" 或 "executable file not found in $PATH"），于是同一个命令在终端里和在 go 下表现不同。请删掉这些空项；如果确实需要当前目录，请显式写 "."。',
      },
    },
    { remove: () => '在 shell 启动文件中构造 PATH 的地方删掉空项（开头、结尾或连续的 ":"）' },
  ),
  translateCheck(pathRelativeEntry, {
    relative: {
      message: (d) => `PATH 中有相对路径项：${d.entries.join(', ')}。`,
      why: () =>
        '它们相对于当前目录查找，所以命令会随你所在的位置而变，而且 Go 会拒绝通过它们找到的程序（"cannot run executable found relative to current directory"）：从 Go 1.21 起，只能这样找到的 C 编译器会被忽略，cgo 随之关闭。请使用绝对路径。',
    },
  }),
  translateCheck(pathTilde, {
    tilde: {
      message: (d) => `PATH 中有包含字面 "~" 的项：${d.entries.join(', ')}。`,
      why: (d) =>
        `只有 bash 会在查找 PATH 时展开 "~"${d.bashOnly ? '（你的 shell 是 bash，所以在终端里看起来没问题）' : ''}；sh、zsh、fish、编辑器和 Go 程序都会把它当成当前目录下名为 "~" 的目录，因此装在那里的命令找不到。请用 $HOME 代替 ~（不加引号的 ~ 也可以）。`,
    },
  }),
  translateCheck(pathWritableByOthers, {
    'world-writable': {
      message: (d) => `PATH 项 ${d.entry} 对所有用户可写（权限 ${d.mode}），并且排在系统目录之前。`,
      why: () =>
        '任何本地用户都可以在那里放一个名为 go、git 或 ls 的可执行文件，你的 shell 会运行它而不是真正的那个。',
    },
    'other-owner': {
      message: (d) => `PATH 项 ${d.entry} 属于另一个用户（uid ${d.uid}），并且排在系统目录之前。`,
      why: () =>
        '它的主人可以在那里放一个名为 go、git 或 ls 的可执行文件，你的 shell 会运行它而不是真正的那个。',
    },
  }),
];
