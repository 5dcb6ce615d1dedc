/** Go 工具链（toolchain 组）检查项的简体中文文案。go 自身的报错原文保留英文。 */
import goEnvFailed from '../../checks/toolchain/go-env-failed.js';
import goMissing from '../../checks/toolchain/go-missing.js';
import goMultipleVersions from '../../checks/toolchain/go-multiple-versions.js';
import gomodGoNewer from '../../checks/toolchain/gomod-go-newer.js';
import gorootGoEnvMissing from '../../checks/toolchain/goroot-go-env-missing.js';
import gorootMismatch from '../../checks/toolchain/goroot-mismatch.js';
import gorootMissing from '../../checks/toolchain/goroot-missing.js';
import gorootSet from '../../checks/toolchain/goroot-set.js';
import gorootStaleStartup from '../../checks/toolchain/goroot-stale-startup.js';
import gotoolchainDownload from '../../checks/toolchain/gotoolchain-download.js';
import gotoolchainInvalid from '../../checks/toolchain/gotoolchain-invalid.js';
import gotoolchainTooOld from '../../checks/toolchain/gotoolchain-too-old.js';
import toolchainLineLangVersion from '../../checks/toolchain/toolchain-line-lang-version.js';
import versionManagerInteractiveOnly from '../../checks/toolchain/version-manager-interactive-only.js';
import { lang } from '../../core/version.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { list, modes, origin, phrase } from './words.js';

const emptied = (d: { file: string; affected: readonly string[] }) =>
  `${d.file} 不存在，因此 ${list(d.affected)} 为空。`;

export const toolchain: CheckTranslation[] = [
  translateCheck(goEnvFailed, {
    timeout: {
      message: (d) => `${d.binary} 在 ${d.seconds} 秒内没有响应 "go env"，go-doctor 已将其终止。`,
      why: () =>
        'go 命令在启动时卡住，意味着每次构建都会卡住。请检查真正的 go 前面是否有包装脚本或版本管理器的 shim，或者 GOROOT 所在的网络文件系统是否卡死。',
    },
    'cannot-start': {
      message: (d) => `无法启动 ${d.binary}（${d.error}）。`,
      why: () => '每个 go 命令都会以同样的方式失败。请重新安装 Go，或把这个损坏的文件从 PATH 中移除。',
    },
    failed: {
      message: (d) => `"go env" 执行失败（退出码 ${d.exitCode ?? '信号'}）：${d.stderr}`,
      why: () => '这个错误出在 go 的启动阶段，所以每个 go 命令都会报同样的错。',
    },
    garbage: {
      message: (d) => `"go env -json" 输出的内容不是 JSON：${d.output}`,
      why: () =>
        '有东西包装了 go 命令并额外输出了内容。构建也许仍能成功，但 gopls、编辑器以及读取 go env -json 的脚本都会出错。',
    },
  }),
  translateCheck(
    goMissing,
    {
      missing: {
        message: (d) =>
          d.found.length === 0
            ? 'PATH 中没有 go 命令，常见位置也没有找到 Go 安装。'
            : `PATH 中没有 go 命令，但 Go 已安装在 ${list(d.found)}。`,
        why: (d) =>
          d.found.length === 0
            ? '每个 go 命令都会失败，报错 "go: command not found"。请从 https://go.dev/dl/（国内可用 https://golang.google.cn/dl/）或系统包管理器安装 Go，然后把它的 bin 目录加入 PATH。'
            : '在把那个 bin 目录加入 PATH 之前，每个 go 命令都会失败，报错 "go: command not found"。',
      },
      'not-executable': {
        message: (d) => `${d.path} 在 PATH 中，但没有可执行权限。`,
        why: () => 'shell 能找到它，但执行时报错 "permission denied"。',
      },
    },
    { install: () => '从 https://go.dev/dl/ 安装 Go（国内可用 https://golang.google.cn/dl/）' },
  ),
  translateCheck(
    goMultipleVersions,
    {
      shadowed: {
        message: (d) =>
          `PATH 中有多个 Go 版本：实际运行的是 ${d.winner}（go${d.winnerVersion}），它遮蔽了 ${list(d.others)}。`,
        why: () =>
          '每个 go 命令以及每个调用 "go" 的工具都会使用排在最前面的那个。如果你安装另一个是为了使用它，请把它的 bin 目录放到 PATH 最前面，或者删掉不用的那个。',
      },
    },
    {
      'keep-one': (d) =>
        `PATH 中只保留一个 Go，或者把你想用的那个的 bin 目录放到最前面（当前是 ${d.first}）。`,
    },
  ),
  translateCheck(
    gomodGoNewer,
    {
      format: {
        message: (d) =>
          `${d.file}:${d.line} 写的是 "go ${d.value}"，go${d.local} 读不懂这种写法（它要求 "go 1.N"）。`,
        why: (d) =>
          `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。请安装 Go 1.21 或更高版本；如果模块并不需要更高版本，也可以把这一行写成 "go ${lang(d.value) || d.value}"。`,
      },
      toolchain: {
        message: (d) => `${d.file}:${d.line} 中有一行 "toolchain ${d.value}"，go${d.local} 不认识它。`,
        why: (d) =>
          `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。请安装 Go 1.21 或更高版本，或者删掉 toolchain 这一行。`,
      },
      newer: {
        message: (d) => `${d.file}:${d.line} 写的是 "go ${d.value}"，比当前运行的 go${d.local} 更新。`,
        why: (d) =>
          `go${d.local} 仍会照常构建，但用到新语言特性的代码会编译失败（"note: module requires Go ${d.value}"）。请安装 Go ${d.value} 或更高版本。`,
      },
    },
    { install: () => '从 https://go.dev/dl/ 安装 Go 1.21 或更高版本。' },
  ),
  translateCheck(
    gorootGoEnvMissing,
    {
      'no-proxy': {
        message: emptied,
        why: (d) =>
          `${d.affected.includes('GOPROXY') ? 'GOPROXY 为空时，所有模块下载都会失败，报错 "GOPROXY list is not the empty string, but contains no entries"。' : 'GOSUMDB 为空时，go.sum 中还没有的模块都会下载失败，报错 "missing GOSUMDB"。'}请重新安装 Go（官方压缩包中带有 go.env），或者自己设置 GOPROXY 和 GOSUMDB（例如 go env -w GOPROXY=https://goproxy.cn,direct）。`,
      },
      missing: {
        message: emptied,
        why: (d) =>
          [
            d.affected.includes('GOSUMDB') ? '添加 go.sum 中没有的依赖会失败，报错 "missing GOSUMDB"。' : '',
            d.affected.includes('GOTOOLCHAIN')
              ? 'GOTOOLCHAIN 的行为相当于 local：go.mod 要求更新的 Go 时会直接失败，而不是切换工具链。'
              : '',
            '请重新安装 Go（官方压缩包中带有 go.env），或者自己设置这些变量。',
          ].join(''),
      },
    },
    { reinstall: (d) => `从 https://go.dev/dl/ 重新安装 Go，让 ${d.file} 重新出现。` },
  ),
  translateCheck(
    gorootMismatch,
    {
      mismatch: {
        message: (d) =>
          `GOROOT 为 ${d.goroot}（${phrase(origin(d.origin))}），里面是 go${d.gorootVersion}，但 go 命令是 go${d.goVersion}。`,
        why: (d) =>
          `go version 仍然可用，但每次构建都会失败：compile: version "go${d.gorootVersion}" does not match go tool version "go${d.goVersion}"。请取消设置 GOROOT，让 go 使用它自己的安装目录。`,
      },
    },
    {
      'foreign-tree': (d) =>
        `${d.binary} 是放在 go${d.tree} 安装目录中的 go${d.local} 程序：请在那里重新安装 Go，或者使用这个程序自己的安装目录。`,
    },
  ),
  translateCheck(
    gorootMissing,
    {
      missing: {
        message: (d) => `GOROOT 为 ${d.goroot}（${origin(d.origin)}），该目录不存在。`,
        why: (d) =>
          d.switchedTo
            ? `构建之所以还能成功，只是因为 GOTOOLCHAIN 切换到了 ${d.switchedTo}，它使用自己的 GOROOT；go env 以及所有在 GOTOOLCHAIN=local 下运行的命令都会退出并报错 "go: cannot find GOROOT directory: ${d.goroot}"。请取消设置 GOROOT。`
            : `每个 go 命令都会退出并报错 "go: cannot find GOROOT directory: ${d.goroot}"。请取消设置 GOROOT：go 命令会自己找到它的安装目录。`,
      },
      'not-go-tree': {
        message: (d) =>
          `GOROOT 为 ${d.goroot}（${origin(d.origin)}），它不是 Go 的安装目录（没有 pkg/tool）。`,
        why: (d) =>
          d.switchedTo
            ? `构建之所以还能成功，只是因为 GOTOOLCHAIN 切换到了 ${d.switchedTo}，它使用自己的 GOROOT；在 GOTOOLCHAIN=local 下每次构建都会失败。请取消设置 GOROOT。`
            : 'go mod download 仍然可用，但每次构建都会失败，报错 "package fmt is not in std (…/src/fmt)"，或者 go: no such tool "compile"。',
      },
      trimmed: {
        message: (d) => `${d.binary} 是复制到安装目录之外的 go 命令，而 GOROOT 没有设置。`,
        why: () =>
          '从 Go 1.21 起，官方发布的二进制不再内置 GOROOT，因此每个 go 命令都会退出并报错 "go: cannot find GOROOT directory: \'go\' binary is trimmed and GOROOT is not set"。请把安装目录下的 bin 加入 PATH，或者把这个副本换成指向 <GOROOT>/bin/go 的符号链接。',
      },
      'built-in-missing': {
        message: (d) => `${d.binary} 会到 ${d.goroot}（编译进二进制的路径）寻找安装目录，但该目录不存在。`,
        why: (d) =>
          `每个 go 命令都会退出并报错 "go: cannot find GOROOT directory: ${d.goroot}"。请重新安装 Go，或者从安装目录运行 go。`,
      },
      'built-in': {
        message: (d) => `${d.binary} 位于安装目录之外；它使用编译进二进制的 GOROOT：${d.goroot}。`,
        why: () =>
          'Go 1.21 之前构建的二进制这样做没问题，但放在同一位置的 Go 1.21+ 二进制会报错 "\'go\' binary is trimmed and GOROOT is not set"。指向 <GOROOT>/bin/go 的符号链接比复制一份更可靠。',
      },
    },
    {
      'use-install': (d) =>
        `把某个 Go 安装目录下的 bin 加入 PATH，代替 ${d.binary}；或者把这个副本换成指向 <GOROOT>/bin/go 的符号链接。`,
      reinstall: () => '重新安装 Go，并从它的安装目录运行 go。',
    },
  ),
  translateCheck(gorootSet, {
    same: {
      message: (d) =>
        `GOROOT 被设置为 ${d.goroot}（${origin(d.origin)}），这正是 go 命令自己就能找到的目录。`,
      why: () =>
        '现在没有问题，但它迟早会过时：一旦安装了别的 Go 或把别的 Go 放到 PATH 前面，这个 GOROOT 仍然优先，构建就会失败，报错 "compile: version … does not match go tool version …"。请取消设置它。',
    },
    'other-copy': {
      message: (d) =>
        `GOROOT 被设置为 ${d.goroot}（${origin(d.origin)}），这是与 go 命令自身安装目录（${d.own}）同一版本的另一份安装。`,
      why: () =>
        '两者版本相同时可以工作；任何一个升级之后，构建就会失败，报错 "compile: version … does not match go tool version …"。请取消设置 GOROOT。',
    },
  }),
  translateCheck(gorootStaleStartup, {
    missing: {
      message: (d) =>
        `${d.where} 把 GOROOT 设为 ${d.goroot}，该目录不存在：在 ${phrase(d.contexts)} 中 go 会失败。`,
      why: (d) =>
        `从这些 shell 启动的每个 go 命令都会停下并报错：go: cannot find GOROOT directory: ${d.gorootRaw}。不设置 GOROOT 时 go 命令会自己找到安装目录：删掉这一行即可。`,
    },
    mismatch: {
      message: (d) =>
        `${d.where} 把 GOROOT 设为 ${d.goroot}（go${d.gorootVersion}），但在 ${phrase(d.contexts)} 中最先找到的 go 是 go${d.goVersion}（${d.goDir}）。`,
      why: (d) =>
        `在那里 go version 可以运行，但每次构建都会失败：compile: version "go${d.gorootVersion}" does not match go tool version "go${d.goVersion}"。这就是妨碍切换 Go 版本的典型"过期 GOROOT"问题：删掉这一行，go 会自己找到安装目录。`,
    },
  }),
  translateCheck(
    gotoolchainDownload,
    {
      unavailable: {
        message: (d) =>
          `go 需要切换到 ${d.toolchain}（${phrase(d.reason)}），但 GOPROXY=${d.proxy} 无法提供它。`,
        why: (d) =>
          `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。请以这个名字把 ${d.toolchain} 安装到 PATH 中，或者允许使用一个提供它的代理（例如 https://goproxy.cn），或者设置 GOTOOLCHAIN=local 并调低 go 行的版本。`,
      },
      'sumdb-off': {
        message: (d) =>
          `go 需要切换到 ${d.toolchain}（${phrase(d.reason)}），而工具链总是要经过校验和数据库验证，但 GOSUMDB 为 ${phrase(d.gosumdb)}。`,
        why: (d) =>
          `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。GOSUMDB=off 和 GONOSUMDB 对 golang.org/toolchain 不起作用（只有单独一个 file:// 的 GOPROXY 才会跳过校验）；在中国大陆可以使用 GOSUMDB=sum.golang.google.cn。`,
      },
      download: {
        message: (d) =>
          d.cached
            ? `go 会切换到 ${d.toolchain}（${phrase(d.reason)}），它已经在模块缓存中。`
            : `go 会切换到 ${d.toolchain}（${phrase(d.reason)}），并在首次使用时从 ${d.proxy} 下载。`,
        why: (d) =>
          [
            d.cached ? '' : '第一个 go 命令需要联网，并且要花一些时间。',
            d.sumdb ? '工具链会经过校验和数据库（GOSUMDB）验证。' : '',
            'go version 显示的是选中的工具链；GOTOOLCHAIN=local go version 显示的是本地的那个。',
          ].join(''),
      },
      'from-path': {
        message: (d) => `go 会切换到 ${d.toolchain}（${phrase(d.reason)}），它在 PATH 中的位置是 ${d.path}。`,
        why: () =>
          '它运行时不带 GOROOT，所以使用自己的安装目录。go version 显示的是选中的工具链；GOTOOLCHAIN=local go version 显示的是本地的那个。',
      },
      'path-wrong-version': {
        message: (d) =>
          `go 要切换到 ${d.toolchain}（${phrase(d.reason)}），在 PATH 中找到了 ${d.path}，但它是 go${d.actual}。`,
        why: (d) =>
          `这个模块中的每个 go 命令都会失败，报错 "go: toolchain go${d.actual} invoked to provide ${d.toolchain}"。请重命名或删除 ${d.path}。`,
      },
    },
    {
      'wrong-binary': (d) => `删除 ${d.path}，或者把它改成指向 go${d.version} 安装的链接。`,
      install: (d) =>
        `安装 ${d.toolchain} 并以 ${d.toolchain} 这个名字放进 PATH；或者让 go 行与本地 Go 一致，并设置 GOTOOLCHAIN=local。`,
    },
  ),
  translateCheck(gotoolchainInvalid, {
    invalid: {
      message: (d) => `GOTOOLCHAIN 为 ${d.value}（${origin(d.origin)}），go 不接受这个值。`,
      why: (d) =>
        `模块模式下的每个 go 命令都会失败，报错 "${d.error}"。只有 go env GOTOOLCHAIN 和 go env -w GOTOOLCHAIN=… 还能用。`,
    },
    ignored: {
      message: (d) =>
        `GOTOOLCHAIN 为 ${d.value}（${origin(d.origin)}），这个值无效；这里它被忽略，因为 ${phrase(d.reason)}。`,
      why: (d) => `Go 1.21 及以后版本在模块模式下会失败，报错 "${d.error}"。`,
    },
    line: {
      message: (d) => `${d.file}:${d.line} 写的是 "toolchain ${d.toolchain}"，这不是工具链的名字。`,
      why: (d) =>
        `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。toolchain 行应写成 "toolchain default"，或者写一个发布版本，例如 go1.23.5。`,
    },
  }),
  translateCheck(
    gotoolchainTooOld,
    {
      'too-old': {
        message: (d) =>
          `${d.file} 要求 go >= ${d.required}，但运行的是 go ${d.running}：${phrase(d.blocker)}。`,
        why: (d) =>
          `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。设置 GOTOOLCHAIN=auto 让 go 自动获取工具链，或者安装 Go ${d.required} 或更高版本。`,
      },
      'not-in-path': {
        message: (d) =>
          `${d.file} 要求 go >= ${d.required}，而 GOTOOLCHAIN=${d.gotoolchain}（${origin(d.origin)}）只会在 PATH 中寻找它，但 PATH 中没有。`,
        why: (d) =>
          `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。请安装它（go install golang.org/dl/go${d.required}@latest && go${d.required} download），或者设置 GOTOOLCHAIN=auto。`,
      },
    },
    { install: (d) => `或者安装 Go ${d.required} 或更高版本，并把它放到 PATH 最前面。` },
  ),
  translateCheck(toolchainLineLangVersion, {
    line: {
      message: (d) =>
        `${d.where} 写的是 "toolchain ${d.toolchain}"，这是一个语言版本：go 需要下载它，而这样的工具链并不存在。`,
      why: (d) =>
        `这个模块中的每个 go 命令都会失败，报错 "${d.error}"。请写一个发布版本，例如 ${d.toolchain}.0。`,
    },
    env: {
      message: (d) =>
        `GOTOOLCHAIN 为 ${d.toolchain}（${origin(d.where)}），这是一个语言版本：go 需要下载它，而这样的工具链并不存在。`,
      why: (d) =>
        `模块模式下的每个 go 命令都会失败，报错 "${d.error}"。请写一个发布版本，例如 ${d.toolchain}.0。`,
    },
  }),
  translateCheck(
    versionManagerInteractiveOnly,
    {
      interactiveOnly: {
        message: (d) =>
          `${d.manager} 在 ${d.where} 中激活，而 ${d.shell} 只有在 ${modes(d.seen)} shell 中才会读取这个文件。`,
        why: (d) =>
          `脚本、IDE、CI 任务和 ssh 命令运行的是非交互式 ${d.shell}：它们拿到的是 ${phrase(d.otherGo)}。请改为在每个 ${d.shell} 都会读取的文件中激活它。`,
      },
    },
    {
      move: (d) =>
        d.line !== null
          ? `添加到 ${d.to}：${d.line}`
          : `把 "${d.text}" 从 ${d.from}:${d.fromLine} 移到 ${d.to}`,
    },
  ),
];
