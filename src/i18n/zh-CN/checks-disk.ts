/** go-doctor du 的磁盘检查项（disk 组）的简体中文文案。 */
import duGocacheLarge from '../../checks/disk/du-gocache-large.js';
import duSystemDrive from '../../checks/disk/du-system-drive.js';
import duUnreadable from '../../checks/disk/du-unreadable.js';
import duVolumeLow from '../../checks/disk/du-volume-low.js';
import { formatBytes, freeShare } from '../../core/du.js';
import { type CheckTranslation, translateCheck } from '../define.js';

/** "（3%）", or nothing when the total is unknown. */
const share = (d: { free: number; total: number }): string => freeShare(d).replace(/^ \((.*)\)$/, '（$1）');
/** "，3%" inside parentheses that are already open. */
const shareIn = (d: { free: number; total: number }): string => freeShare(d).replace(/^ \((.*)\)$/, '，$1');

export const disk: CheckTranslation[] = [
  translateCheck(duVolumeLow, {
    low: {
      message: (d) => {
        const need = [
          d.minFreePercent !== null ? `${d.minFreePercent}%` : null,
          d.minFreeBytes !== null ? formatBytes(d.minFreeBytes) : null,
        ].filter((x) => x !== null);
        return `存放 ${d.vars.join(' 和 ')} 的卷 ${d.volume} 只剩 ${formatBytes(d.free)} 可用（共 ${formatBytes(d.total)}${shareIn(d)}），低于 --min-free ${need.join(' 且 ')}。`;
      },
      why: (d) => {
        const frees = [
          d.freesCache !== null ? `go clean -cache 可释放 ${formatBytes(d.freesCache)}` : null,
          d.freesFuzzcache !== null ? `go clean -fuzzcache 可释放 ${formatBytes(d.freesFuzzcache)}` : null,
          d.freesModcache !== null ? `go clean -modcache 可释放 ${formatBytes(d.freesModcache)}` : null,
        ].filter((x) => x !== null);
        return `卷写满后，构建、测试和模块下载都会失败；${d.vars.join(' 和 ')} 在其中占用 ${formatBytes(d.bytes)}。${frees.length > 0 ? `${frees.join('；')}。` : ''}`;
      },
    },
  }),
  translateCheck(duSystemDrive, {
    'on-system': {
      message: (d) => {
        const on = [
          d.gocache !== null ? `GOCACHE（${formatBytes(d.gocache)}）` : null,
          d.gomodcache !== null ? `GOMODCACHE（${formatBytes(d.gomodcache)}）` : null,
        ].filter((x) => x !== null);
        return `${on.join('和 ')}位于系统盘 ${d.volume}，它只剩 ${formatBytes(d.free)} 可用${share(d)}；而 ${d.other} 有 ${formatBytes(d.otherFree)} 可用${share({ free: d.otherFree, total: d.otherTotal })}。`;
      },
      why: () =>
        '缓存放在哪里都可以：清空它们，再让 go 使用另一个卷（go env -w 写入 go env 配置文件，所有 shell 和 IDE 都能看到）。',
    },
  }),
  translateCheck(duGocacheLarge, {
    large: {
      message: (d) =>
        `GOCACHE（${d.path}）占用 ${formatBytes(d.bytes)}，超过了 --max-cache ${formatBytes(d.max)}。`,
      why: (d) =>
        `go 会自行删除 5 天未使用的条目（每天最多一次），所以这些是最近的构建在用的；go clean -cache 现在可释放 ${formatBytes(d.build)}${d.fuzz > 0 ? `，go clean -fuzzcache 可释放 ${formatBytes(d.fuzz)}` : ''}。`,
    },
  }),
  translateCheck(duUnreadable, {
    unreadable: {
      message: (d) =>
        `${d.var}（${d.path}）下有 ${d.count} 项无法读取${d.firstPath !== null ? `（第一项：${d.firstPath}：${d.firstCode ?? ''}）` : ''}，因此它的大小至少为 ${formatBytes(d.bytes)}。`,
    },
  }),
];
