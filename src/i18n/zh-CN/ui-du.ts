/** `du` 输出中的固定用语（简体中文）。键与 ../en/ui-du.ts 一一对应。 */
import type { Ui } from '../en/ui.js';

export const du: Ui['du'] = {
  nothing: '没有可测量的 Go 缓存或 GOPATH 位置（GOCACHE、GOMODCACHE 和 GOPATH 均未设置或为 off）。',
  files: () => '个文件',
  missing: '（不存在）',
  volume: (d) => `所在卷 ${d.volume}`,
  volumeUnknown: '所在卷未知',
  freeOf: (d) => `${d.path}：可用 ${d.free}，共 ${d.total}${d.share.replace(/^ \((.*)\)$/, '（$1）')}`,
  notCounting: (d) => `不含 ${d.parts.join('、')}`,
  unreadable: (n) => `${n} 项无法读取`,
  notesSep: '；',
  volumes: '卷',
  system: ' [系统盘]',
  cleanup: '清理',
  frees: '可释放',
  noFindings: (d) => `没有发现问题（--min-free ${d.minFree}，--max-cache ${d.maxCache}）。`,
  minFree: (d) =>
    [d.percent !== null ? `${d.percent}%` : null, d.bytes].filter((x) => x !== null).join(' 且 '),
  findings: '发现的问题',
  progress: (d) => `${d.var}：${d.bytes}，${d.files} 个文件…`,
  mdHeading: '#### 磁盘占用',
  mdColumns: '| 位置 | 大小 | 文件数 | 路径 | 所在卷可用空间 |',
  mdVolumes: '#### 卷',
  mdVolumeColumns: '| 卷 | 可用 | 总计 |',
  mdCleanup: '#### go clean 可释放的空间',
  badMinFree: (d) => `--min-free 必须是百分比（10%）或大小（5GiB）；收到的是 "${d.got}"`,
  badMaxCache: (d) => `--max-cache 必须是大小（10GiB、500MiB）；收到的是 "${d.got}"`,
  noDuPart: (d) => `${d.file} 中没有 "du" 部分；请用 go-doctor du --save-facts FILE 保存一份`,
  cleanupNotes: {
    cache: '构建和测试的输出（GOCACHE/00…ff、log.txt）；保留模糊测试语料；缓存重新填满之前构建会变慢',
    testcache:
      '现在不释放任何空间：它写入 GOCACHE/testexpire.txt，使已缓存的测试结果失效；go 会在 5 天后清理未使用的条目',
    fuzzcache: 'go test -fuzz 找到的模糊测试语料（GOCACHE/fuzz）；模糊测试将从种子语料重新开始',
    modcache: (d) =>
      `整个 GOMODCACHE：下载缓存、解压的模块${d.toolchains !== null ? `、工具链（${d.toolchains}）` : ''}、sumdb 缓存；下次构建会重新从 GOPROXY 下载`,
  },
};
