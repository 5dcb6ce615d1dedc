/** 缓存与临时目录（cache 组）检查项的简体中文文案。go 自身的报错原文保留英文。 */
import cacheVolumeFull from '../../checks/cache/cache-volume-full.js';
import gocacheNoexec from '../../checks/cache/gocache-noexec.js';
import gocacheNotDir from '../../checks/cache/gocache-not-dir.js';
import gocacheOff from '../../checks/cache/gocache-off.js';
import gocacheRelative from '../../checks/cache/gocache-relative.js';
import gocacheUnwritable from '../../checks/cache/gocache-unwritable.js';
import gomodcacheRelative from '../../checks/cache/gomodcache-relative.js';
import gomodcacheUnwritable from '../../checks/cache/gomodcache-unwritable.js';
import gotmpdirInvalid from '../../checks/cache/gotmpdir-invalid.js';
import tmpNoexec from '../../checks/cache/tmp-noexec.js';
import tmpdirInvalid from '../../checks/cache/tmpdir-invalid.js';
import xdgCacheHomeRelative from '../../checks/cache/xdg-cache-home-relative.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { origin, phrase } from './words.js';

const denied = (ro: boolean) => (ro ? 'read-only file system' : 'permission denied');
const tmpWhere = (d: { var: string; osDefault: boolean }) =>
  d.osDefault ? `默认值，${d.var} 未设置` : `$${d.var}`;

export const cache: CheckTranslation[] = [
  translateCheck(
    cacheVolumeFull,
    {
      full: {
        message: (d) => `存放 ${d.uses} 的卷（${d.mount}）总共 ${d.total}，只剩 ${d.free} 可用，构建会失败。`,
        why: (d) =>
          d.work
            ? '链接器会把每个二进制（几 MB）写到工作目录中：go build 和 go test 会停下并报错 "link: mapping output file failed: no space left on device"。'
            : 'go build、test 和 install 会把每个编译好的包或下载的模块写到那里，并停下报错 "write ...: no space left on device"。',
      },
      low: {
        message: (d) =>
          `存放 ${d.uses} 的卷（${d.mount}）总共 ${d.total}，只剩 ${d.free} 可用（少于 ${d.threshold}）。`,
        why: () =>
          '构建目前还能成功，但一个真实项目的冷构建会向构建缓存写入几百 MB，链接器也需要为每个二进制留出空间；卷满之后构建会失败，报错 "no space left on device"。"go clean -cache" 可以清空构建缓存。',
      },
    },
    { free: (d) => `清理 ${d.mount} 上的空间，或者把 ${d.uses} 移到空间更大的卷上。` },
  ),
  translateCheck(
    gocacheNoexec,
    {
      noexec: {
        message: (d) =>
          `GOCACHE ${d.value}（${origin(d.origin)}）位于 noexec 挂载点（${d.mount}）上，再次执行 go run 会失败。`,
        why: () =>
          '从 Go 1.24 起，go run 会缓存它构建的程序，下次直接从 GOCACHE 运行："fork/exec $GOCACHE/…/<name>: permission denied"。请把 GOCACHE 移到允许执行的文件系统上。',
      },
    },
    { move: () => '把 GOCACHE 设为一个位于未使用 noexec 挂载的文件系统上的目录。' },
  ),
  translateCheck(
    gocacheNotDir,
    {
      bad: {
        message: (d) => {
          const what =
            d.kind === 'not-dir'
              ? '不是目录'
              : d.kind === 'parent-not-dir'
                ? '位于一个文件之下，而不是目录之下'
                : d.kind === 'dangling'
                  ? `是指向 ${d.target} 的符号链接，而目标不存在`
                  : '是循环的符号链接';
          return `GOCACHE ${d.value}（${origin(d.origin)}）${what}，所以每次构建都会失败。`;
        },
        why: (d) =>
          `go build、test 和 install 会先创建构建缓存，并停下报错 "failed to initialize build cache at ...: ${
            d.kind === 'dangling' || d.kind === 'loop'
              ? 'mkdir ...: file exists'
              : 'mkdir ...: not a directory'
          }"。请让 GOCACHE 指向一个目录（或一个可以创建目录的路径），或者删掉这个设置以使用默认值。`,
      },
    },
    { remove: (d) => `删除或重命名 ${d.path}，或者把 GOCACHE 设为一个绝对路径的目录。` },
  ),
  translateCheck(gocacheOff, {
    off: {
      message: (d) => `GOCACHE 为 "off"（${origin(d.origin)}），所以每次构建都会失败。`,
      why: () =>
        '从 Go 1.12 起构建缓存是必需的；go build 会报错："build cache is disabled by GOCACHE=off, but required as of Go 1.12"。请删掉这个设置以使用默认缓存。',
    },
  }),
  translateCheck(gocacheRelative, {
    relative: {
      message: (d) =>
        `GOCACHE 为 ${d.value}（${origin(d.origin)}），是相对路径${d.tilde ? '（shell 不会展开加了引号的 ~）' : ''}，所以每次构建都会失败。`,
      why: () =>
        'go 命令要求构建缓存使用绝对路径；go build、test 和 install 会停下并报错 "build cache is required, but could not be located: GOCACHE is not an absolute path"。请删掉这个设置以使用默认缓存，或者设置一个绝对路径。',
    },
  }),
  translateCheck(
    gocacheUnwritable,
    {
      existing: {
        message: (d) =>
          `GOCACHE ${d.value}（${origin(d.origin)}）不可写${d.readOnlyVolume ? '（只读文件系统）' : ''}，构建会失败。`,
        why: (d) =>
          `go 命令会把每个编译好的包写入构建缓存，而且没有只读模式：go build 会停下并报错 "failed to initialize build cache at ...: mkdir .../00: ${denied(d.readOnlyVolume)}"；缓存已经存在时，只要有东西需要编译，就会报错 "open ...-a: ${denied(d.readOnlyVolume)}"。`,
      },
      uncreatable: {
        message: (d) =>
          `GOCACHE ${d.value}（${origin(d.origin)}）不存在，也无法创建：${d.parent} ${d.readOnlyVolume ? '位于只读文件系统上' : '不可写'}。`,
        why: (d) =>
          `go build、test 和 install 会停下并报错 "failed to initialize build cache at ...: mkdir ...: ${denied(d.readOnlyVolume)}"。`,
      },
    },
    { writable: (d) => `让当前用户可以写入 ${d.path}，或者把 GOCACHE 设为一个可写的绝对路径目录。` },
  ),
  translateCheck(gomodcacheRelative, {
    relative: {
      message: (d) =>
        `GOMODCACHE 为 ${d.value}（${origin(d.origin)}），是相对路径${d.tilde ? '（shell 不会展开加了引号的 ~）' : ''}，所以无法下载或加载模块。`,
      why: (d) =>
        `每个需要模块的 go 命令都会停下并报错 "go: GOMODCACHE entry is relative; must be absolute path: ${d.value}."。请删掉这个设置以使用 GOPATH[0]/pkg/mod，或者设置一个绝对路径。`,
    },
  }),
  translateCheck(
    gomodcacheUnwritable,
    {
      bad: {
        message: (d) => {
          const what =
            d.kind === 'not-dir'
              ? '不是目录'
              : d.kind === 'parent-not-dir'
                ? '位于一个文件之下，而不是目录之下'
                : d.kind === 'dangling'
                  ? '是悬空的符号链接'
                  : d.kind === 'loop'
                    ? '是循环的符号链接'
                    : `不存在，也无法创建（${d.parent} 不可写）`;
          return `GOMODCACHE ${d.value}（${origin(d.origin)}）${what}，所以无法下载模块。`;
        },
        why: (d) =>
          `每个需要模块的 go 命令都会停下并报错 "go: could not create module cache: ${
            d.kind === 'not-dir'
              ? '"..." is not a directory'
              : d.kind === 'dangling'
                ? 'mkdir ...: file exists'
                : d.kind === 'loop'
                  ? 'stat ...: too many levels of symbolic links'
                  : d.kind === 'parent-not-dir'
                    ? 'mkdir ...: not a directory'
                    : 'mkdir ...: permission denied"（或 "read-only file system'
          }"。`,
      },
      'readonly-empty': {
        message: (d) =>
          `GOMODCACHE ${d.value}（${origin(d.origin)}）是空的，而且${d.readOnlyVolume ? '位于只读文件系统上' : '不可写'}，所以无法下载任何模块。`,
        why: () =>
          '第一次下载就会停下并报错 "go: writing go.mod cache: mkdir .../cache: read-only file system"（或 "permission denied"）；在任何有依赖的模块中，go mod download、build、test 和 install 都会失败。',
      },
      readonly: {
        message: (d) =>
          `GOMODCACHE ${d.value}（${origin(d.origin)}）${d.readOnlyVolume ? '位于只读文件系统上' : '不可写'}：已经在缓存中的模块可以使用，任何新模块都无法下载。`,
        why: () =>
          'go 命令只读取它已有的模块，所以已缓存内容的构建会成功；新的依赖或新版本会停下并报错 "go: writing go.mod cache: mkdir ...: read-only file system"（或 "permission denied"）。',
      },
    },
    {
      writable: (d) => `让当前用户可以写入 ${d.path}，或者把 GOMODCACHE 设为一个可写的绝对路径目录。`,
      point: (d) => `让 GOMODCACHE 指向当前用户可以创建并写入的目录，或者修好 ${d.path}。`,
    },
  ),
  translateCheck(gotmpdirInvalid, {
    invalid: {
      message: (d) =>
        `GOTMPDIR ${d.value}（${origin(d.origin)}）${phrase(d.problem)}，所以构建无法创建工作目录。`,
      why: (d) => `go build、test 和 install 会停下并报错 "${d.goMessage}"。go mod download 仍然可用。`,
    },
    relative: {
      message: (d) =>
        `GOTMPDIR ${d.value}（${origin(d.origin)}）是相对路径：go 会相对于每个命令的当前目录来解析它。`,
      why: (d) =>
        `这里能用是因为该目录恰好存在，但在没有这个目录的地方 go build 会失败，报错 "go: creating work dir: stat ${d.value}: no such file or directory"。正因如此，go env -w 不接受相对路径。`,
    },
  }),
  translateCheck(
    tmpNoexec,
    {
      noexec: {
        message: (d) =>
          `go 的工作目录 ${d.dir}（$${d.var}）位于 noexec 挂载点（${d.mount}）上，go test 和 go run 无法运行它们构建出的程序。`,
        why: () =>
          'go test 和 go run 会执行它们在工作目录中链接出的二进制，并失败报错 "fork/exec $WORK/b001/<name>.test: permission denied"；go build 和 go install 不受影响。请把 GOTMPDIR 设为允许执行的卷上的一个目录。',
      },
    },
    { gotmpdir: () => '把 GOTMPDIR 设为一个已存在的目录，它所在的文件系统挂载时不能带 noexec。' },
  ),
  translateCheck(
    tmpdirInvalid,
    {
      invalid: {
        message: (d) => `临时目录 ${d.dir}（${tmpWhere(d)}）${phrase(d.problem)}，所以构建无法创建工作目录。`,
        why: (d) =>
          `GOTMPDIR 未设置时，go build、test 和 install 会在那里创建工作目录，并停下报错 "${d.goMessage}"。`,
      },
      cgo: {
        message: (d) =>
          `临时目录 ${d.dir}（${tmpWhere(d)}）${phrase(d.problem)}；GOTMPDIR 让 go 的工作目录放在别处，但 cgo 仍然会往这里写。`,
        why: (d) =>
          `纯 Go 的构建没问题，但编译任何未缓存的 cgo 包都会失败，报错 "cgo: open ${d.dir}/cgo-gcc-input-…: no such file or directory"（或 permission denied）。`,
      },
      relative: {
        message: (d) => `$${d.var} ${d.dir} 是相对路径：临时目录取决于每个命令的当前目录。`,
        why: (d) =>
          `这里能用是因为该目录恰好存在，但在没有这个目录的地方 go build 会失败，报错 "go: creating work dir: stat ${d.dir}: no such file or directory"。`,
      },
    },
    { point: (d) => `让 ${d.name}（或 GOTMPDIR）指向当前用户可写的已存在目录。` },
  ),
  translateCheck(xdgCacheHomeRelative, {
    rejected: {
      message: (d) =>
        `XDG_CACHE_HOME 为 ${d.value}，是相对路径，而 GOCACHE 没有设置，所以没有构建缓存，每次构建都会失败。`,
      why: () =>
        'Go 1.24 及以后版本拒绝相对的 $XDG_CACHE_HOME：go build 会报错 "build cache is required, but could not be located: GOCACHE is not defined and path in $XDG_CACHE_HOME is relative"。',
    },
    'cwd-cache': {
      message: (d) =>
        `XDG_CACHE_HOME 为 ${d.value}，是相对路径，而 GOCACHE 没有设置，所以构建缓存会建在你构建时所在的目录里，go test 会失败。`,
      why: () =>
        'Go 1.23 及更早版本接受相对路径：每个目录各有一份缓存，而 go test 在包目录中运行 vet，那里解析不到这个相对缓存路径："vet: ... could not import ... (open relx/go-build/...: no such file or directory)"。',
    },
  }),
];
