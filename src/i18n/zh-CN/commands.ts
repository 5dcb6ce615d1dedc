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
  fix: {
    summary: '显示（加 --apply 时执行）修复检查结果所需的改动；--undo 可撤销',
    help: `用法：go-doctor fix [选项]

为 go-doctor check 发现的错误和警告规划修复（用 --only 点名时也包括提示）：以统一 diff 形式列出对 shell
启动文件的修改、go env -w/-u 命令、要创建的目录，以及无法自动完成的建议。没有 --apply（或在标准输入输出
都是终端且未设置 CI 时对提示回答 "y"）就不做任何改动。执行时先备份每个文件，在带标记的块
（# >>> go-doctor >>> … # <<< go-doctor <<<）内原子写入，然后以各种模式重新启动你的 shell 再检查一遍。
详见 docs/fix.md。

选项：
  --apply                   执行这些改动（也包括无法撤销的 "run" 类修复）
  --undo                    精确还原上一次执行的计划所改的文件（若文件在 go-doctor 写入后又被改过则拒绝）；
                            再执行一次可撤销更早的计划
  --only ID                 只修复这些检查的结果（可重复，或用逗号分隔）
  --ignore ID               不处理这些检查的结果（可重复，或用逗号分隔）
  --format text|json        输出格式（默认 text）；json 输出 { "plan": [ { "finding", "kind",
                            "file"?, "command"?, "diff"? } ], "applied", "verified": [ … ] }
  --facts FILE              根据保存的快照做计划（只做计划，拒绝 --apply）
  --timeout SECONDS         每个 go 子进程的时间上限（默认 10）
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）

退出码：0 没有要修复的或已全部修复，1 仍有问题（或只做了计划），2 用法错误或内部错误（包括被拒绝的撤销和
失败的修改）。
`,
  },
  du: {
    summary: 'GOCACHE、GOMODCACHE 和 GOPATH 的磁盘占用、剩余空间，以及 go clean 能释放多少',
    help: `用法：go-doctor du [选项]

统计 GOCACHE（构建产物、fuzz 语料）、GOMODCACHE（下载缓存、工具链、sumdb、VCS 克隆、解压后的模块）、
安装目录（GOBIN 或 GOPATH[0]/bin）以及每个 GOPATH 条目（不含其中单独统计的位置）：按 du -sb 的方式
计算的表观字节数、文件数，以及所在卷的剩余和总空间。不跟随链接（指向某个位置的链接只在顶层跟随）。
报告接近写满的缓存卷、在另一个卷还有空间时仍放在系统盘上的缓存、超过 --max-cache 的 GOCACHE，以及
go clean -cache、-testcache、-fuzzcache 和 -modcache 各能释放多少。详见 docs/du.md。

选项：
  --format FORMAT           text（默认）、json、markdown（附带大小的问题报告块）、sarif、
                            junit（每个磁盘检查项一个测试用例）或 github（注释，并把 Markdown
                            追加到 $GITHUB_STEP_SUMMARY）；json 输出
                            { "locations": [ { "var", "path", "bytes", "files",
                              "volume": { "path", "free", "total" }, "parts", … } ],
                              "volumes", "findings", "cleanups", "thresholds" }
  --output FILE             把 --format 指定格式的报告写入 FILE；终端上仍显示文本报告
  --min-free N%|SIZE        缓存卷剩余空间低于此值即视为快满（默认：低于 10% 且低于 10GiB）；
                            SIZE 如 5GiB、500MiB、20GB
  --max-cache SIZE          GOCACHE 超过此大小时报告（默认 10GiB）
  --fail-on warning|info|never
                            使退出码为 1 的最低严重级别（默认 warning）
  --no-progress             不显示进度行（进度只在终端的 stderr 上、text 格式时显示）
  --save-facts FILE         同时把带大小信息（"du" 部分）的快照写入 FILE
  --facts FILE              报告保存的快照（来自 --save-facts），而不是这台机器
  --timeout SECONDS         每个 go 子进程的时间上限（默认 10）
  --color, --no-color       强制开启或关闭颜色
  --ascii                   使用 ASCII 标记
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）

退出码：0 没有达到 --fail-on 的问题，1 有达到或高于它的问题，2 用法错误或内部错误。
`,
  },
  relocate: {
    summary: '把 GOPATH、GOMODCACHE、GOCACHE 和 GOBIN 移到另一个卷（先出计划，再 --apply）',
    help: `用法：go-doctor relocate --to DIR [选项]

把 GOPATH、GOMODCACHE、GOCACHE 和 GOBIN（全部，或 --vars 指定的几个）移到另一个卷上的 DIR：
DIR/gopath、DIR/gomodcache、DIR/go-build 和 DIR/bin（位于随之移动的 GOPATH 之内的目录，例如默认的
GOPATH/pkg/mod 和 GOPATH/bin，会一起移动）。不加 --apply 时只打印计划、不做任何改动：各项大小与目标的
剩余空间对比、新的值、每一项如何设置（由 go env 文件决定的用 go env -w；在环境变量里设置的，改你的 shell
或 Windows 用户环境变量），以及新安装目录对应的 PATH 改动。

--apply 依次复制、校验（文件数、字节数、链接、go env，以及一次从迁移后的缓存命中的构建）、切换，最后才
删除旧副本。DIR/.go-doctor-relocate.json 中的日志让中断的迁移可以重新运行后继续，或用 --rollback 撤销。
保存在环境变量和 PATH 中的设置会写入你的 shell 启动文件（与 go-doctor fix 相同；fix --undo 可撤销），
无法写入时则打印出来；旧副本会一直保留，直到在新 shell 中重新运行并确认新设置已生效。详见
docs/relocate.md。

选项：
  --to DIR                  目标目录（新的或空的）
  --vars LIST               只处理这些，用逗号分隔（GOPATH,GOMODCACHE,GOCACHE,GOBIN）
  --apply                   执行计划（或继续未完成的计划）
  --keep-old                校验通过后保留旧副本
  --rollback                撤销尚未完成的、迁往 DIR 的迁移
  --allow-same-volume       即使 DIR 与原位置在同一个卷上也迁移（不会释放空间）
  --format text|json        输出格式（默认 text）
  --shell bash|zsh|sh|fish|powershell|cmd
                            按此 shell 的语法输出命令（默认取自 $SHELL）
  --facts FILE              根据保存的快照做计划（不测量大小；不能 --apply）
  --timeout SECONDS         每个 go 子进程的时间上限（默认 10）
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）

不加 --apply 时，若在终端中（且未设置 CI）会先询问是否执行。
退出码：0 已出计划或已完成，1 被拒绝、失败或等待你应用打印出的改动，2 用法错误。
`,
  },
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

选项：
  --format text|json        输出格式（默认 text）；json 输出
                            { "schemaVersion", "machines", "rows": [ … ], "same": [ … ] }
  --lang en|zh-CN           输出语言（默认取自 LC_ALL、LC_MESSAGES、LANG）

退出码：0 没有差异，1 有差异，2 用法错误（例如快照无法读取或版本更新）。
`,
  },
  facts: {
    summary: '与 snapshot 相同（旧名称）',
    help: snapshotHelp('facts'),
  },
};
