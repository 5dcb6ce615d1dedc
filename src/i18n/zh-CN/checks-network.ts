/** 模块代理与校验和数据库（network 组）检查项的简体中文文案。go 自身的报错原文保留英文。 */
import goinsecureSet from '../../checks/network/goinsecure-set.js';
import goprivateTooBroad from '../../checks/network/goprivate-too-broad.js';
import goproxyCredentials from '../../checks/network/goproxy-credentials.js';
import goproxyEmpty from '../../checks/network/goproxy-empty.js';
import goproxyInvalid from '../../checks/network/goproxy-invalid.js';
import goproxyMainlandChina from '../../checks/network/goproxy-mainland-china.js';
import goproxyOff from '../../checks/network/goproxy-off.js';
import gosumdbEmpty from '../../checks/network/gosumdb-empty.js';
import gosumdbInvalid from '../../checks/network/gosumdb-invalid.js';
import gosumdbOff from '../../checks/network/gosumdb-off.js';
import { type CheckTranslation, translateCheck } from '../define.js';
import { origin } from './words.js';

const NO_ENTRIES_MESSAGE = 'GOPROXY list is not the empty string, but contains no entries';

function emptyCause(
  name: string,
  d: { where: string; file: string; line: number | null; version: string },
): string {
  const at = d.line !== null ? `${d.file}:${d.line}` : d.file;
  switch (d.where) {
    case 'envfile':
      return `go env 配置文件 ${at} 中有一行空的 ${name}=，它覆盖了 $GOROOT/go.env 中的设置`;
    case 'goroot-empty':
      return `${at} 把 ${name} 设为了空值`;
    default:
      return `${d.file} 中没有 ${name} 这一行，而 Go ${d.version} 没有内置默认值`;
  }
}

export const network: CheckTranslation[] = [
  translateCheck(goinsecureSet, {
    set: {
      message: (d) =>
        `GOINSECURE=${d.value}（${origin(d.origin)}）：匹配的模块可能通过明文 HTTP 或不校验证书的方式下载。`,
      why: () =>
        '它只影响直接下载（不经过 GOPROXY）的模块，并不会关闭校验和验证。与其允许不安全的下载，不如修好服务器证书，或者信任你的 CA（SSL_CERT_FILE）。',
    },
    everything: {
      message: (d) =>
        `GOINSECURE=${d.value}（${origin(d.origin)}）匹配所有模块路径（${d.broad.join(', ')}）：任何直接下载的模块都可能通过明文 HTTP 或不校验证书的方式获取。`,
      why: () =>
        '这样网络路径上的任何人都能替换直接下载的模块，只剩 go.sum 和校验和数据库还在保护你。只列出确实需要的主机，或者删掉这个设置。',
    },
  }),
  translateCheck(
    goprivateTooBroad,
    {
      broad: {
        message: (d) => {
          const effects =
            d.proxy && d.sumdb
              ? '所有模块都会绕过模块代理（直接从源码仓库拉取）和校验和数据库'
              : d.proxy
                ? '所有模块都会绕过模块代理，直接从源码仓库拉取'
                : '没有任何模块会经过校验和数据库验证';
          return `${d.name}=${d.value}（${origin(d.origin)}）匹配所有模块路径（${d.globs.join(', ')}），因此${effects}。`;
        },
        why: (d) =>
          `${d.name} 只应列出私有模块的前缀，例如 *.corp.example.com,github.com/your-org。${d.sumdb ? '没有校验和数据库，被篡改或被改动过的公共模块也会被照单全收。' : ''}${d.proxy ? '直接拉取需要 git（或其他版本控制工具），并且要能访问每个模块的源站。' : ''}`,
      },
    },
    {
      'private-only': (d) =>
        `把 ${d.name} 只设为你的私有模块前缀，例如 ${d.name}=*.corp.example.com,github.com/your-org。`,
    },
  ),
  translateCheck(
    goproxyCredentials,
    {
      'in-url': {
        message: (d) => `${d.name} 中带有 ${d.hosts.join(', ')} 的凭据（${origin(d.origin)}）：${d.value}。`,
        why: (d) =>
          `go env 会原样打印 ${d.name}，密码因此会出现在日志、问题报告和 shell 历史中。请把它从 URL 中去掉，在 ${d.windows ? '%USERPROFILE%\\_netrc' : '~/.netrc'} 中写入 "machine HOST login USER password TOKEN"${d.goauth ? '，或者用 GOAUTH 调用凭据助手' : ''}。`,
      },
    },
    {
      netrc: (d) =>
        `把 ${d.hosts.join(', ') || '代理'} 的凭据写入 ${d.windows ? '%USERPROFILE%\\_netrc' : '~/.netrc'}（machine HOST login USER password TOKEN）。`,
    },
  ),
  translateCheck(goproxyEmpty, {
    empty: {
      message: (d) => `GOPROXY 为空：${emptyCause('GOPROXY', d)}。`,
      why: () =>
        `所有模块下载都会失败，报错 "${NO_ENTRIES_MESSAGE}"。删掉这个空设置，让 $GOROOT/go.env 的默认值（https://proxy.golang.org,direct）生效，或者设置一个代理（中国大陆可用 https://goproxy.cn,direct）。`,
    },
  }),
  translateCheck(
    goproxyInvalid,
    {
      'bad-entry': {
        message: (d) =>
          `GOPROXY 中的 ${d.entry} 不是可用的代理 URL（GOPROXY=${d.value}，${origin(d.origin)}）。`,
        why: (d) =>
          `所有模块下载都会失败，报错 "${d.error}"。每一项必须是 https://、http:// 或 file:/// URL（只写主机名会自动补上 https://），或者是 direct、off 这两个关键字。`,
      },
      'no-entries': {
        message: (d) => `GOPROXY 为 ${d.value}（${origin(d.origin)}），这个列表中一项都没有。`,
        why: () => `所有模块下载都会失败，报错 "${NO_ENTRIES_MESSAGE}"。`,
      },
      ignored: {
        message: (d) =>
          `GOPROXY=${d.value}（${origin(d.origin)}）在 "${d.stop}" 处就结束了，${d.ignored.join(', ')} 永远不会被用到。`,
        why: (d) =>
          `go 命令读到 "${d.stop}" 就不再往后读 GOPROXY。应把代理放在前面、direct 放在最后，例如 https://goproxy.cn,direct。`,
      },
    },
    {
      'correct-entry': (d) =>
        `修正或删除 GOPROXY 中的 ${d.entry}（可用 https://、http://、file:/// URL，以及 direct、off）。`,
    },
  ),
  translateCheck(goproxyMainlandChina, {
    'default-proxy': {
      message: (d) =>
        `GOPROXY 为 ${d.value}（${origin(d.origin)}），而这台机器看起来位于中国大陆（${d.hints.join(', ')}）。`,
      why: (d) =>
        `在中国大陆访问 proxy.golang.org 经常很慢甚至无法连接。改用国内镜像通常会好很多，例如 https://goproxy.cn、https://mirrors.aliyun.com/goproxy/ 或 https://proxy.golang.com.cn（go env -w GOPROXY=https://goproxy.cn,direct）。请保留 GOSUMDB（当前为 ${d.gosumdb}），让下载的模块仍然经过校验；如果 sum.golang.org 连不上，可以使用它的内置别名 sum.golang.google.cn。`,
    },
  }),
  translateCheck(goproxyOff, {
    off: {
      message: (d) => `GOPROXY 为 ${d.value}（${origin(d.origin)}）：go 命令不能下载任何模块。`,
      why: (d) =>
        [
          '所有下载都会失败，报错 "module lookup disabled by GOPROXY=off"：包括 go mod download、go get、go install pkg@version，以及任何需要模块缓存中还没有的模块的构建。',
          d.vendor ? '这个模块有 vendor 目录，所以 go build 和 go test 仍然可以使用它。' : '',
          d.gonoproxy ? '被 GONOPROXY/GOPRIVATE 匹配的模块仍然会直接从其源码仓库拉取。' : '',
          '如果是有意离线工作，请先填充模块缓存（go mod download），或者把依赖 vendor 进来（go mod vendor）。',
        ].join(''),
    },
  }),
  translateCheck(gosumdbEmpty, {
    empty: {
      message: (d) => `GOSUMDB 为空：${emptyCause('GOSUMDB', d)}。`,
      why: (d) =>
        d.bypassed
          ? 'GONOSUMDB/GOPRIVATE 匹配所有模块，所以只有下载工具链时才需要校验和数据库；这时会报错 "missing GOSUMDB"。'
          : '凡是 go.sum 中还没有的模块版本（go get、go mod tidy、go install pkg@version），下载都会失败，报错 "verifying go.mod: missing GOSUMDB"。删掉这个空设置，让默认值（sum.golang.org）生效；在中国大陆也可以用 GOSUMDB=sum.golang.google.cn。',
    },
  }),
  translateCheck(gosumdbInvalid, {
    invalid: {
      message: (d) => `GOSUMDB 为 ${d.value}（${origin(d.origin)}），go 命令不接受这个值：${d.error}。`,
      why: (d) =>
        d.bypassed
          ? `GONOSUMDB/GOPRIVATE 匹配所有模块，所以只有下载工具链时才会查询校验和数据库；这时会报错 "verifying module: ${d.error}"。`
          : `凡是 go.sum 中还没有的模块版本（go get、go mod tidy、go install pkg@version），下载都会失败，报错 "verifying go.mod: ${d.error}"。请使用 sum.golang.org（默认值）、它的别名 sum.golang.google.cn，或者为自建数据库写完整的 name+hash+key。`,
    },
  }),
  translateCheck(gosumdbOff, {
    off: {
      message: (d) => `GOSUMDB 为 "off"（${origin(d.origin)}）：新的模块版本不会经过校验和数据库验证。`,
      why: (d) =>
        [
          'go.sum 中还没有的版本会被照单全收，模块被篡改或被改动也不会被发现。',
          '只想对私有模块跳过验证，请用 GOPRIVATE 或 GONOSUMDB；如果 sum.golang.org 无法访问，GOSUMDB=sum.golang.google.cn 是内置的别名。',
          d.toolchainDownload
            ? '这个模块还需要下载工具链，而下载工具链必须用到校验和数据库，在 GOSUMDB=off 时会失败。'
            : '下载工具链（GOTOOLCHAIN）必须用到校验和数据库，在 GOSUMDB=off 时会失败。',
        ].join(''),
    },
  }),
];
