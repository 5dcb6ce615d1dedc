/**
 * The settings model's English phrases in Chinese: how go derives a default (src/core/settings.ts
 * modelDefault and cgoDefault, printedGowork) and why a layer is ignored or blocked (LayerRef.note).
 * They are data of the settings model that checks (origin "the default (…)") and explain show. Each entry matches exactly one fixed phrase of that code, with
 * its data (paths, names, versions) captured and kept; go's own messages inside stay verbatim
 * ($HOME is not defined, …). test/explain.test.ts renders every phrase those modules produce for a
 * Linux, macOS and Windows snapshot and fails on one left in English.
 */

type Rule = [RegExp, string | ((...m: string[]) => string)];

function translate(rules: readonly Rule[], text: string): string {
  for (const [re, to] of rules) {
    const m = re.exec(text);
    if (!m) continue;
    return typeof to === 'string' ? text.replace(re, to) : to(...m.map((x) => x ?? ''));
  }
  return text;
}

const CC_WHERE: Rule[] = [
  [/^\$CC is set$/, '$CC 已设置'],
  [/^(.+) found at (.+)$/s, '在 $2 找到 $1'],
  [/^compiler (.+)$/s, '编译器 $1'],
];

const DERIVATIONS: Rule[] = [
  [/^as set$/, '按设置的值'],
  [/^empty: module mode is off$/, '为空：模块模式已关闭'],
  [/^the go\.work found walking up from the working directory$/, '从工作目录向上找到的 go.work'],
  [/^empty: no go\.work above the working directory$/, '为空：工作目录及其上层都没有 go.work'],
  [/^the directory above the go binary that has pkg\/tool$/, 'go 程序上层含有 pkg/tool 的那个目录'],
  [/^(\S+) is not set, so there is no default GOPATH$/, '$1 未设置，因此没有默认的 GOPATH'],
  [/^(\S+) is relative, so the default GOPATH is dropped$/, '$1 是相对路径，因此不使用默认的 GOPATH'],
  [/^(\S+)\/go is GOROOT, so there is no default GOPATH$/, '$1/go 就是 GOROOT，因此没有默认的 GOPATH'],
  [
    /^GOBIN is unset, so go install uses GOPATH\[0\]\/bin$/,
    'GOBIN 未设置，因此 go install 使用 GOPATH[0]/bin',
  ],
  [/^GOPATH\[0\]\/pkg\/mod, but GOPATH is empty$/, 'GOPATH[0]/pkg/mod，但 GOPATH 为空'],
  [/^no user cache directory: (.*)$/s, '没有用户缓存目录：$1'],
  [/^no user config directory: (.*)$/s, '没有用户配置目录：$1'],
  [/^built into the go command \(before Go 1\.21\)$/, 'go 命令内置的值（Go 1.21 之前）'],
  [
    /^none built in since Go 1\.21; \$GOROOT\/go\.env normally provides it$/,
    '自 Go 1.21 起没有内置值；通常由 $GOROOT/go.env 提供',
  ],
  [
    /^none built in; \$GOROOT\/go\.env normally says auto, and without it go runs as local$/,
    '没有内置值；$GOROOT/go.env 通常写的是 auto，没有它时 go 按 local 运行',
  ],
  [/^the host OS$/, '本机的操作系统'],
  [/^the host architecture$/, '本机的架构'],
  [/^empty, which means on \(Go 1\.16\+\)$/, '为空，即 on（Go 1.16+）'],
  [/^GOOS is windows, so executables end in \.exe$/, 'GOOS 为 windows，因此可执行文件以 .exe 结尾'],
  [/^empty: GOOS is not windows$/, '为空：GOOS 不是 windows'],
  [/^the OS the go binary was built for \(runtime\.GOOS\)$/, 'go 程序构建时的目标操作系统（runtime.GOOS）'],
  [
    /^the architecture the go binary was built for \(runtime\.GOARCH\)$/,
    'go 程序构建时的目标架构（runtime.GOARCH）',
  ],
  [
    /^the go binary's own version \(runtime\.Version\), even when GOTOOLCHAIN would switch$/,
    'go 程序自身的版本（runtime.Version），即使 GOTOOLCHAIN 会切换到别的工具链',
  ],
  [/^the go binary's own version \(unknown here\)$/, 'go 程序自身的版本（这里未知）'],
  [/^empty: GO111MODULE=(\S*) turns module mode off here$/, '为空：GO111MODULE=$1 在这里关闭了模块模式'],
  [/^the go\.mod found walking up from the working directory$/, '从工作目录向上找到的 go.mod'],
  [
    /^(\S+): module mode is on but no go\.mod was found above the working directory$/,
    '$1：模块模式已开启，但工作目录及其上层都没有 go.mod',
  ],
  [
    /^empty \(auto\): go looks for a go\.work from the working directory up$/,
    '为空（auto）：go 从工作目录向上查找 go.work',
  ],
  [
    /^the flags go passes to the C compiler, computed from CC, GOARCH and a temporary directory$/,
    'go 传给 C 编译器的参数，由 CC、GOARCH 和一个临时目录算出',
  ],
  [/^not printed before Go 1\.23$/, 'Go 1.23 之前不输出'],
  [
    /^the mode file in GOTELEMETRYDIR, changed with `go telemetry off\|local\|on`; local when there is none$/,
    'GOTELEMETRYDIR 中的模式文件，用 `go telemetry off|local|on` 修改；没有该文件时为 local',
  ],
  [/^(\S+) exists since Go 1\.24$/, '$1 从 Go 1.24 起才有'],
  [/^built in: (\S+) \(Go 1\.24\+\)$/, '内置：$1（Go 1.24+）'],
  [
    /^the default (C|C\+\+) compiler built into go for GOOS=(\S+) \(official builds: (.+)\)$/s,
    'go 为 GOOS=$2 内置的默认 $1 编译器（官方构建：$3）',
  ],
  [
    /^built in: gccgo \(go prints its full path when gccgo is in PATH\)$/,
    '内置：gccgo（gccgo 在 PATH 中时 go 输出它的完整路径）',
  ],
  [/^built in: (.+) \(before Go 1\.20\)$/, '内置：$1（Go 1.20 之前）'],
  [/^built in: (.+)$/s, '内置：$1'],
  [/^the default built into this go for GOARCH=(\S+)$/, '这个 go 为 GOARCH=$1 内置的默认值'],
  [
    /^cross-compiling \(GOOS\/GOARCH differ from the host\) turns cgo off$/,
    '交叉编译（GOOS/GOARCH 与本机不同）会关闭 cgo',
  ],
  [/^cgo is not supported by default on (\S+)$/, '$1 上默认不支持 cgo'],
  [
    /^\$CC is unset and the default C compiler (.+) is not in PATH, so cgo is off \(Go 1\.20\+\)$/s,
    '$CC 未设置，默认的 C 编译器 $1 也不在 PATH 中，因此 cgo 关闭（Go 1.20+）',
  ],
  [
    /^on: a C compiler is available \((.+)\)$/s,
    (_m, w) => `开启：有可用的 C 编译器（${translate(CC_WHERE, w ?? '')}）`,
  ],
  [
    /^on by default \(before Go 1\.20 go does not look for a C compiler\)$/,
    '默认开启（Go 1.20 之前 go 不查找 C 编译器）',
  ],
];

const LAYER_NOTES: Rule[] = [
  [
    /^go computes (\S+); setting it has no effect on what go env prints$/,
    '$1 由 go 计算得出；设置它不会影响 go env 的输出',
  ],
  [
    /^go treats an empty value as unset, but the line keeps \$GOROOT\/go\.env from applying$/,
    'go 把空值当作未设置，但这一行会让 $GOROOT/go.env 不再生效',
  ],
  [/^go treats an empty value as unset$/, 'go 把空值当作未设置'],
  [
    /^blocked: go\.env never applies to a key present in the go env file$/,
    '被挡住：go env 配置文件中已有的键，go.env 永远不会生效',
  ],
  [/^only the OS environment can set (\S+)$/, '只有操作系统环境变量才能设置 $1'],
  [/^go ignores GOROOT in \$GOROOT\/go\.env$/, 'go 会忽略 $GOROOT/go.env 中的 GOROOT'],
  [/^neither 0 nor 1, so go ignores it$/, '既不是 0 也不是 1，因此 go 忽略它'],
];

export function derivation(text: string): string {
  return translate(DERIVATIONS, text);
}

export function layerNote(text: string): string {
  return translate(LAYER_NOTES, text);
}
