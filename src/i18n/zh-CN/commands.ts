/** 各命令的一句话简介与完整帮助（简体中文），按命令名索引。选项名、文件名和命令保持原样。 */
import type { CommandText } from '../types.js';

const snapshotHelp = (name: string) => `用法：go-doctor ${name} [--output FILE] [--redact-paths]

把 go-doctor 收集到的这台机器的全部信息输出为一个带版本号（schemaVersion）的 JSON 对象。代理 URL 中的
凭据、GOAUTH 命令和令牌总是会被脱敏。
"go-doctor check --facts FILE" 可以在任何机器上重新检查这样的文件（同事的、CI 运行器的，或者在 Linux 上
检查 Windows 笔记本的）；"go-doctor diff A.json B.json …" 可以比较多份快照。

选项：
  -o, --output FILE         写入 FILE（原子写入），而不是标准输出
  --redact-paths            把每个路径中的用户名替换为 USER
  --timeout SECONDS         每个 go 子进程的时间上限（默认 10）
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
`;

export const commands: Record<string, CommandText> = {
  check: {
    summary: '检查当前 shell 和目录所看到的 Go 配置（默认命令）',
    help: `用法：go-doctor [check] [选项]

检查当前进程和工作目录所看到的 Go 配置，报告哪些会出错（错误）、哪些能用但出人意料（警告）、哪些值得
了解（提示），并逐条说明原因和修复方法。

选项：
  --format FORMAT           text（默认）、json、markdown（用于问题报告）、sarif（2.1.0，用于代码扫描）、
                            junit（每项检查一个测试用例）或 github（工作流注解；设置了
                            $GITHUB_STEP_SUMMARY 时追加一份 Markdown 摘要）
  --output FILE             把 --format 指定格式的报告写入 FILE，终端仍显示文本报告
  --fail-on error|warning|info|never
                            使退出码为 1 的最低严重级别（默认 error）
  -v, --verbose             列出每一项检查及其耗时，包括通过和跳过的检查
  --check ID                只运行这项检查（可重复）
  --ignore ID               跳过这项检查（可重复）；环境变量 GO_DOCTOR_IGNORE=ID,ID 效果相同
  --shell bash|zsh|sh|fish|powershell|cmd
                            用这个 shell 的语法给出修复命令（默认取自 $SHELL）
  --facts FILE              检查保存下来的事实快照（go-doctor snapshot），而不是本机
  --policy FILE             应用这个仓库策略（默认：当前目录或上级目录直到仓库根目录中的
                            .go-doctor.yaml、.yml 或 .json）
  --no-policy               不查找仓库策略
  --timeout SECONDS         每个 go 子进程的时间上限（默认 10）
  --color, --no-color       强制开启或关闭颜色（默认：终端中开启；遵循 NO_COLOR、FORCE_COLOR）
  --ascii                   使用 ASCII 状态符号
  --lang en|zh-CN           消息语言（默认取自 LC_ALL、LC_MESSAGES、LANG，否则为英文）

退出码：0 没有达到 --fail-on 级别的问题，1 有达到该级别的问题，2 用法错误或内部错误。
`,
  },
  explain: {
    summary: '显示每个 go env 设置来自哪里、遮蔽了什么',
    help: `用法：go-doctor explain [选项] [VAR…]

对每个 go env 变量（不指定 VAR 时为 "go env" 打印的全部变量）给出：go 实际使用的值、它来自哪一层（环境
变量、go env -w 配置文件及其行号、$GOROOT/go.env，或者内置默认值及其推导方式）、它遮蔽了哪些下层的值，
以及 go 跳过的值（空的环境变量并不能清除 go env -w 设置的值）。参见 docs/explain.md。

选项：
  --format text|json        输出格式（默认 text）
  --facts FILE              解释保存下来的事实快照（go-doctor snapshot），而不是本机
  --timeout SECONDS         每个 go 子进程的时间上限（默认 10）
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
  --color, --no-color       强制开启或关闭颜色（默认：终端中开启；遵循 NO_COLOR、FORCE_COLOR）

退出码：0 解释完成，2 用法错误（包括 VAR 不是 go env 变量）。
`,
  },
  installs: {
    summary: '列出所有 Go 安装：PATH 中的，以及安装程序和版本管理器放置的位置',
    help: `用法：go-doctor installs [选项]

列出 go-doctor 能找到的每个 Go 安装：先按 PATH 顺序列出 PATH 中的每个 go 和 goX.Y.Z，再列出 Go 的安装
程序和版本管理器使用的位置（官方压缩包和 MSI/pkg、Debian 的 /usr/lib/go-1.NN、Fedora、Homebrew、snap、
scoop、golang.org/dl 的 ~/sdk、goenv、gvm、asdf、mise、g、goup，以及 GOTOOLCHAIN 下载到模块缓存中的工具
链）。每一项给出：路径、解析后的路径、版本（读取 $GOROOT/VERSION，不运行任何程序）、GOROOT、管理器、在
PATH 中的位置、是否为实际运行的 go，以及 GOTOOLCHAIN 在当前目录是否选中它。docs/installs.md 列出了搜索
的位置。

选项：
  --format text|json        输出格式（默认 text）；json 输出
                            { "installs": [ { "path", "realPath", "version", "goroot", "manager",
                              "pathIndex", "active", … } ], "toolchain": { … } }
  --facts FILE              从保存下来的事实快照（go-doctor snapshot）中列出，而不是本机
  --timeout SECONDS         每个 go 子进程的时间上限（默认 10）
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
  --color, --no-color       强制开启或关闭颜色
  --ascii                   使用 ASCII 标记

退出码：0 已列出（即使什么都没找到），2 用法错误或内部错误。
`,
  },
  shells: {
    summary: '以每种启动模式运行每个 shell，比较它们各自看到的 Go 配置',
    help: `用法：go-doctor shells [选项]

以每种启动模式（登录+交互、交互、登录、脚本）启动每个已安装的 shell（bash、zsh、sh、fish，以及存在时的
PowerShell），外加 cron、systemd 单元和图形界面应用得到的最小环境；每次都从干净的环境启动并设有硬性超
时，显示各自找到的 go、它的版本、GOROOT、GOPATH、GOBIN、GOPROXY、GOTOOLCHAIN，以及 PATH 中与 Go 有关
的项。它还会读取每个 shell 在每种模式下加载的启动文件，列出 Go 在哪里被设置（文件:行号）、重复、冲突、
已不存在的路径，以及新设置应该写在哪个文件里才能让每种模式都看到。参见 docs/shells.md。

选项：
  --format text|json        输出格式（默认 text）
  --shell LIST              只检查这些 shell，用逗号分隔（bash,zsh,sh,fish,powershell）
  --timeout SECONDS         每个 shell 的时间上限（默认 3）
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）
  --facts FILE              分析事实快照中记录的启动文件（不运行 shell）
  --color, --no-color       强制开启或关闭颜色

退出码：0 没有差异，1 发现差异（或有 shell 卡住），2 用法错误或内部错误。
`,
  },
  snapshot: {
    summary: '把收集到的事实保存为 JSON，以便在别处重新检查或比较',
    help: snapshotHelp('snapshot'),
  },
  diff: {
    summary: '比较几台机器的快照，找出与众不同的那一台',
    help: `用法：go-doctor diff A.json B.json [C.json …] [--format text|json]

列出用 "go-doctor snapshot" 保存的几台机器之间与 Go 有关的差异：go 的版本和位置，以及每个取值不同的 go
env 变量，并说明每个值来自哪里（环境变量、go env -w 配置文件、$GOROOT/go.env、默认值）。取值相同的机器
归为一组；当某个值为除少数几台外的所有机器共有时，会点名那几台与众不同的机器。

退出码：0 没有差异，1 有差异，2 用法错误（例如快照无法读取或版本更新）。
`,
  },
  facts: {
    summary: '与 snapshot 相同（旧名称）',
    help: snapshotHelp('facts'),
  },
};
