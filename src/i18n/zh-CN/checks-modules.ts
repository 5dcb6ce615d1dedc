/** 模块、工作区与 GOFLAGS（modules 组）检查项的简体中文文案。go 自身的报错原文保留英文。 */
import go111moduleInvalid from '../../checks/modules/go111module-invalid.js';
import go111moduleOff from '../../checks/modules/go111module-off.js';
import goflagsInvalid, { goMessage } from '../../checks/modules/goflags-invalid.js';
import goflagsModInvalid from '../../checks/modules/goflags-mod-invalid.js';
import goflagsModVendor from '../../checks/modules/goflags-mod-vendor.js';
import goflagsModWorkspace from '../../checks/modules/goflags-mod-workspace.js';
import goworkInvalid from '../../checks/modules/gowork-invalid.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { list, origin, phrase } from './words.js';

const WANTS: Record<string, string> = {
  'needs-value': '需要一个值（写成 -flag=value：GOFLAGS 中的项不能把值作为单独的一个词）',
  'bad-bool': '只接受 true 或 false',
  'bad-int': '只接受整数',
  'bad-duration': '只接受时长，例如 30s 或 10m',
  'bad-per-package': '只接受 "-flags" 或 "pattern=-flags"',
  'bad-checked': '不接受这个值',
};

const hint = (h: string) => (h ? phrase(h) : '');

export const modules: CheckTranslation[] = [
  translateCheck(go111moduleInvalid, {
    invalid: {
      message: (d) => `GO111MODULE 为 ${d.value}（${origin(d.origin)}），go 命令不接受这个值。`,
      why: (d) =>
        `每次 build、test、install 和 mod download 都会失败，报错 "go: unknown environment setting GO111MODULE=${d.raw}"。请删掉它（从 Go 1.16 起默认启用模块），或者使用 on、off 或 auto。`,
    },
  }),
  translateCheck(go111moduleOff, {
    'with-gomod': {
      message: (d) => `GO111MODULE 为 "off"（${origin(d.origin)}），但这个目录位于模块中（${d.gomod}）。`,
      why: () =>
        'go mod download 会失败，报错 "go: modules disabled by GO111MODULE=off; see \'go help modules\'"；构建会忽略 go.mod 和 go.sum，转而在 GOPATH 中查找导入的包。请删掉 GO111MODULE：从 Go 1.16 起默认启用模块。',
    },
    'gopath-mode': {
      message: (d) => `GO111MODULE 为 "off"（${origin(d.origin)}）：go 命令运行在旧的 GOPATH 模式下。`,
      why: () =>
        'GOPATH 模式会忽略 go.mod 文件，你克隆或新建的模块都不会按模块来构建；而且从 Go 1.22 起 go get 在 GOPATH 模式下已无法使用。除非你确实在维护 GOPATH 模式的代码，否则请删掉 GO111MODULE。',
    },
  }),
  translateCheck(goflagsInvalid, {
    unterminated: {
      message: (d) => `GOFLAGS 为 ${d.value}（${origin(d.origin)}），其中的 ${d.quote} 引号没有闭合。`,
      why: (d) =>
        `除 go env 之外的每个 go 命令都会失败，报错 "go: parsing ${d.where}: unterminated ${d.quote} string"。请补上或删掉这个引号。`,
    },
    'non-flag': {
      message: (d) => `GOFLAGS（${origin(d.origin)}）中包含 ${d.entry}，它不是一个标志。${hint(d.hint)}`,
      why: (d) =>
        `除 go env 之外的每个 go 命令都会失败，报错 "go: parsing ${d.where}: non-flag ${d.entry}"。GOFLAGS 中的每一项都必须是 -flag 或 -flag=value。`,
    },
    unknown: {
      message: (d) =>
        `GOFLAGS（${origin(d.origin)}）设置了 -${d.flag}，但没有任何 go 命令定义这个标志。${hint(d.hint)}`,
      why: (d) =>
        `除 go env 之外的每个 go 命令都会失败，报错 "go: parsing ${d.where}: unknown flag -${d.flag}"。`,
    },
    'bad-value': {
      message: (d) =>
        `GOFLAGS（${origin(d.origin)}）中有 ${d.entry}，但 -${d.flag} ${WANTS[d.reason] ?? d.reason}，所以 go ${list([...d.commands])} 会失败。`,
      why: (d) => `这些命令会停下并报错 "${goMessage(d)}"。没有定义 -${d.flag} 的命令会跳过它。`,
    },
  }),
  translateCheck(goflagsModInvalid, {
    invalid: {
      message: (d) => `GOFLAGS（${origin(d.origin)}）设置了 ${d.entry}，这不是一种 -mod 模式。`,
      why: (d) =>
        `go build、test 和 install 会失败，报错 "-mod=${d.raw} not supported (can be '', 'mod', 'readonly', or 'vendor')"。请使用 -mod=mod、-mod=readonly 或 -mod=vendor，或者去掉它。`,
    },
  }),
  translateCheck(goflagsModVendor, {
    missing: {
      message: (d) => `GOFLAGS（${origin(d.origin)}）设置了 ${d.entry}，但 ${d.dir} 中没有 vendor 目录。`,
      why: (d) =>
        `go build、test 和 install 会失败，报错 "go: inconsistent vendoring"（依赖项 "not marked as explicit in vendor/modules.txt"）。请运行 ${d.cmd} 生成它，或者去掉 -mod=vendor。`,
    },
    'maybe-missing': {
      message: (d) => `GOFLAGS（${origin(d.origin)}）设置了 ${d.entry}，但 ${d.dir} 中没有 vendor 目录。`,
      why: (d) =>
        `只要构建中有任何模块依赖另一个模块，go build 就会失败，报错 "go: inconsistent vendoring"。请运行 ${d.cmd}，或者去掉 -mod=vendor。`,
    },
    'nothing-required': {
      message: (d) => `GOFLAGS（${origin(d.origin)}）设置了 ${d.entry}，而 ${d.dir} 中没有 vendor 目录。`,
      why: (d) =>
        `现在能用只是因为 go.mod 没有依赖任何模块；加上第一个 require 之后，每次构建都会失败（"go: inconsistent vendoring"），直到你运行 ${d.cmd}。`,
    },
  }),
  translateCheck(
    goflagsModWorkspace,
    {
      refused: {
        message: (d) =>
          `GOFLAGS（${origin(d.origin)}）设置了 ${d.entry}，但 ${d.gowork} 让 go 命令进入了工作区模式。`,
        why: (d) =>
          `go build、test 和 install 会失败，报错 "go: -mod may only be set to ${d.allowed} when in workspace mode, but it is set to ${JSON.stringify(d.raw)}"。请从 GOFLAGS 中去掉 -mod（工作区模式默认为 readonly），或者对这个模块设置 GOWORK=off。`,
      },
    },
    { 'gowork-off': () => '或者对应该忽略 go.work 的命令设置 GOWORK=off' },
  ),
  translateCheck(
    goworkInvalid,
    {
      relative: {
        message: (d) => `GOWORK 为 ${d.value}（${origin(d.origin)}），这不是绝对路径。`,
        why: (d) =>
          `每次 build、test、install 和 mod download 都会失败，报错 "${d.goMessage}"。请使用指向 go.work 文件的绝对路径，或者 off，或者删掉 GOWORK。`,
      },
      missing: {
        message: (d) => `GOWORK 为 ${d.value}（${origin(d.origin)}），但该文件不存在。`,
        why: (d) =>
          `每次 build、test、install 和 mod download 都会失败，报错 "go: reading go.work: open ${d.path}: no such file or directory"。请让 GOWORK 指向一个已存在的 go.work，或者删掉它。`,
      },
      'not-a-file': {
        message: (d) =>
          `GOWORK 为 ${d.value}（${origin(d.origin)}），它是${d.kind === 'directory' ? '一个目录' : ` ${d.kind}`}，不是 go.work 文件。`,
        why: (d) =>
          `每次 build、test、install 和 mod download 都会失败，报错 "go: reading go.work: read ${d.path}: is a directory"。请让 GOWORK 指向 go.work 文件本身。`,
      },
      unreadable: {
        message: (d) => `GOWORK 为 ${d.value}（${origin(d.origin)}），无法读取（${d.error}）。`,
        why: () => '每次 build、test、install 和 mod download 都会失败，报错 "go: reading go.work: …"。',
      },
    },
    {
      'delete-line': (d) => `从 ${d.file} 中删除 GOWORK 那一行${d.line ? `（第 ${d.line} 行）` : ''}`,
    },
  ),
];
