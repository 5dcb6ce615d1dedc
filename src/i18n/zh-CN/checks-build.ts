/** 构建目标与 cgo（build 组）检查项的简体中文文案。go 自身的报错原文保留英文。 */
import cgoAutoOff from '../../checks/build/cgo-auto-off.js';
import cgoEnabledInvalid from '../../checks/build/cgo-enabled-invalid.js';
import cgoNoCompiler from '../../checks/build/cgo-no-compiler.js';
import crossCompileEnv from '../../checks/build/cross-compile-env.js';
import goexperimentInvalid from '../../checks/build/goexperiment-invalid.js';
import goosGoarchInvalid from '../../checks/build/goos-goarch-invalid.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { origin, phrase } from './words.js';

function consequences(goos: string): string {
  if (goos === 'windows') return '带有 import "C" 的包会被排除在外';
  if (goos === 'darwin' || goos === 'ios')
    return '带有 import "C" 的包会被排除在外（net 和 os/user 直接调用系统库）';
  return '带有 import "C" 的包会被排除在外，net 改用纯 Go 的 DNS 解析器（不使用 nsswitch.conf 模块），os/user 只读取 /etc/passwd 和 /etc/group（看不到 NSS/LDAP 用户）';
}

function installHint(os: string): string {
  switch (os) {
    case 'darwin':
      return '安装 Xcode 命令行工具（xcode-select --install）';
    case 'windows':
      return '安装 MinGW-w64 gcc（例如来自 MSYS2 或 TDM-GCC），并把它的 bin 目录加入 PATH';
    default:
      return '安装 gcc（apt install gcc、dnf install gcc、apk add gcc musl-dev）';
  }
}

export const build: CheckTranslation[] = [
  translateCheck(
    cgoAutoOff,
    {
      'no-compiler': {
        message: (d) => `cgo 被关闭了，因为 C 编译器 ${d.compiler} 不在 PATH 中（CGO_ENABLED 没有设置）。`,
        why: (d) =>
          `go 命令会悄悄地不用 cgo 构建：${consequences(d.goos)}。要使用 cgo 请安装 C 编译器；或者设置 CGO_ENABLED=0，把这个选择明确下来。`,
      },
      'cc-envfile': {
        message: (d) =>
          `虽然用 go env -w 设置了 CC=${d.ccEnvFile ?? ''}，cgo 仍然被关闭了：默认编译器 ${d.compiler} 不在 PATH 中。`,
        why: (d) =>
          `自动回退只看 CC 环境变量，不看 go env 配置文件，所以配置的编译器从来不会被用到：${consequences(d.goos)}。请在环境变量中设置 CC，把编译器所在目录加入 PATH，或者设置 CGO_ENABLED=1。`,
      },
    },
    { install: (d) => `安装 ${d.compiler} 以便用 cgo 构建。` },
  ),
  translateCheck(cgoEnabledInvalid, {
    ignored: {
      message: (d) =>
        `CGO_ENABLED=${d.value}（${origin(d.origin)}）既不是 0 也不是 1，所以 go 命令会忽略它（cgo ${d.effective === '1' ? '为开启' : d.effective === '0' ? '为关闭' : '由默认规则决定'}）。`,
      why: (d) =>
        `只有精确的 0 和 1 才算数，其他值都被当作未设置。${d.meant !== null ? `你想写的大概是 CGO_ENABLED=${d.meant}。` : ''}`,
    },
  }),
  translateCheck(
    cgoNoCompiler,
    {
      missing: {
        message: (d) =>
          d.reason === 'forced'
            ? `CGO_ENABLED=1（${origin(d.origin)}），但 C 编译器 ${d.cc} 不在 PATH 中。`
            : d.reason === 'cc'
              ? `CC=${d.cc}（${origin(d.origin)}）不在 PATH 中，而 cgo 是开启的。`
              : `这个 Go 版本默认开启 cgo，但 C 编译器 ${d.cc} 不在 PATH 中。`,
        why: (d) =>
          d.std
            ? `使用 cgo 的包（包括 net 和 os/user）都会构建失败，报错 "cgo: C compiler ${d.cc} not found: exec: ${d.cc}: executable file not found in $PATH"。${d.precompiled ? 'Go 1.20 之前的版本自带预编译的标准库，所以 go build 可能仍然成功，但 go vet 和 go test 会重新构建 runtime/cgo 并失败。' : ''}`
            : `在 ${d.target} 上标准库不需要 cgo，所以只有带 import "C" 的包会失败："cgo: C compiler ${d.cc} not found: exec: ${d.cc}: executable file not found in $PATH"。`,
      },
    },
    { install: (d) => `要使用 cgo，请${installHint(d.os)}。` },
  ),
  translateCheck(crossCompileEnv, {
    'cannot-run': {
      message: (d) =>
        `每个 go 命令都会为 ${d.target} 构建（${d.settings.map(phrase).join('；')}），而这台 ${d.host} 机器无法运行这种程序。`,
      why: (d) =>
        `go build 没问题，但 go test 和 go run 会失败，报错 "exec format error"，因为它们要在本机运行生成的二进制。请只对需要的命令设置目标平台：${d.example}。`,
    },
    wasm: {
      message: (d) => `每个 go 命令都会为 ${d.target} 构建（${d.settings.map(phrase).join('；')}）。`,
      why: (d) =>
        `go test 和 go run 需要 PATH 中有 ${d.target === 'js/wasm' ? 'go_js_wasm_exec' : 'go_wasip1_wasm_exec'} 包装程序才能运行 WebAssembly。除非所有命令都是为 WebAssembly 准备的，否则请按命令设置目标平台：${d.example}。`,
    },
    runs: {
      message: (d) =>
        `每个 go 命令都会为 ${d.target} 构建（${d.settings.map(phrase).join('；')}），而不是这台 ${d.host} 机器的原生平台。`,
      why: (d) =>
        `${d.runs === 'rosetta' ? '这台 Mac 通过 Rosetta 2 运行 amd64 程序，所以测试仍然能跑（较慢）。' : d.runs === 'windows-arm-emulation' ? 'Arm 版 Windows 会模拟 x86，所以测试仍然能跑（较慢）。' : '这台机器可以运行 32 位程序，所以测试仍然能跑。'}如果这不是你的本意，请按命令设置目标平台：${d.example}。`,
    },
  }),
  translateCheck(goexperimentInvalid, {
    invalid: {
      message: (d) => `GOEXPERIMENT=${d.value}（${origin(d.origin)}）被 go${d.version} 拒绝：${d.error}。`,
      why: (d) =>
        `每个 go 命令都会在启动时失败，报错 "go: ${d.error}"。实验特性在不同版本之间会增减；请删掉这个设置，或者核对当前版本支持的名字。`,
    },
  }),
  translateCheck(goosGoarchInvalid, {
    unsupported: {
      message: (d) =>
        `GOOS/GOARCH ${d.goos}/${d.goarch} 不是 go${d.version} 能构建的目标平台（${d.origins.map(phrase).join('；')}）。`,
      why: (d) =>
        `每次 go build、go test 和 go install 都会失败，报错 "go: unsupported GOOS/GOARCH pair ${d.goos}/${d.goarch}"。${d.suggestions.length > 0 ? `你想写的是不是 ${d.suggestions.join(' 或 ')}？` : ''}\`go tool dist list\` 会列出所有有效的组合。`,
    },
    'no-compiler': {
      message: (d) =>
        `GOOS/GOARCH ${d.goos}/${d.goarch} 没有编译器支持（${d.origins.map(phrase).join('；')}）。`,
      why: () =>
        'go 命令接受这个组合，但编译器不支持：每次构建都会失败，报错 \'compile: unknown architecture "sparc64"\'。',
    },
  }),
];
