import { defineCheck } from '../../core/check.js';
import type { PathInfo, VolumeInfo } from '../../core/facts.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { availableBytes, formatBytes, VOLUME_THRESHOLDS, workDir, workDirProblem } from '../_lib/cache.js';
import { goIsAbs } from '../_lib/gopath.js';
import { joinWords, show } from '../_lib/text.js';

interface Use {
  /** GOCACHE, GOMODCACHE, or the work directory's variable (GOTMPDIR, TMPDIR, TMP, TEMP). */
  name: string;
  role: 'build' | 'mod' | 'work';
  info: PathInfo;
  volume: VolumeInfo;
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  free: (d: { mount: string; uses: string }) =>
    `Free space on ${d.mount}, or move ${d.uses} to a volume with more room.`,
};

export default defineCheck({
  id: 'cache-volume-full',
  title: 'The caches and the work directory have free space',
  group: 'cache',
  vars: ['GOCACHE', 'GOMODCACHE', 'GOTMPDIR', 'TMPDIR'],
  docs: `
Builds write to three places: the build cache (GOCACHE), the module cache (GOMODCACHE, on downloads) and
the work directory (GOTMPDIR, else the OS temporary directory), where the linker writes every binary.
This check looks at the free space of the volumes holding them (statfs: the space available to
unprivileged users; as root, also the blocks ext2/3/4 reserve for root, which root can still fill).

Errors, only where the go command was seen to fail (template module, tmpfs filled with a file):

- **build cache volume with less than 4 KiB free** (less than one block): go build, test and install
  fail writing the first cache entry, with \`main.go:7:2: write $GOCACHE/ca/ca06…-d: no space left on
  device\` followed by misleading lines such as \`package fmt is not in GOROOT\` (or \`not in std\`);
- **work directory volume with less than 2 MiB free**: \`link: mapping output file failed: no space left
  on device\` (a test binary of the template is about 3 MB; 1 MiB and 2 MiB free failed on go1.19.8 and
  1.26.8, 4 MiB worked);
- **module cache volume with less than 4 KiB free**: downloading fails with \`go: writing go.mod cache:
  write …/v1.0.0.mod123.tmp: no space left on device\`. A module cache that already holds every module a
  build needs would still serve it, but go-doctor cannot tell which modules are needed (and a failed
  download leaves directories behind, so an "empty" test is no guide), so this is reported as an error.

With a few KiB to a few MB free the outcome depends on what must be rebuilt (a warm build of the template
needed about 100–200 KiB and sometimes passed with 4 KiB), so anything under the warning threshold,
**1 GiB** by default (VOLUME_THRESHOLDS in src/checks/_lib/cache.ts; a cold build of a real project
writes hundreds of MB to GOCACHE), is a warning. As root on ext4 with the default 5% reserve, go kept
working with 0 bytes "available", which is why the root reserve counts for root.

Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios cache-volume-full-gocache,
cache-volume-full-workdir, cache-volume-full-gomodcache, cache-volume-low).
`,
  messages: {
    full: {
      message: (d: { uses: string; mount: string; free: string; total: string }) =>
        `The volume holding ${d.uses} (${d.mount}) has only ${d.free} free of ${d.total}, so builds fail.`,
      why: (d: { work: boolean }) =>
        d.work
          ? 'The linker writes each binary (several MB) to the work directory: go build and go test stop with "link: mapping output file failed: no space left on device".'
          : 'go build, test and install write each compiled package or downloaded module there and stop with "write ...: no space left on device".',
    },
    low: {
      message: (d: { uses: string; mount: string; free: string; total: string; threshold: string }) =>
        `The volume holding ${d.uses} (${d.mount}) has only ${d.free} free of ${d.total} (less than ${d.threshold}).`,
      why: () =>
        'Builds still work, but a cold build of a real project writes hundreds of MB to the build cache, and the linker needs room for every binary; when the volume fills, builds fail with "no space left on device". "go clean -cache" empties the build cache.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const uses: Use[] = [];
    const gocache = ctx.setting('GOCACHE').value;
    const cacheInfo = ctx.pathInfo('GOCACHE');
    if (gocache !== 'off' && goIsAbs(ctx.os, gocache) && cacheInfo?.volume)
      uses.push({ name: 'GOCACHE', role: 'build', info: cacheInfo, volume: cacheInfo.volume });
    const modcache = ctx.setting('GOMODCACHE').value;
    const modInfo = ctx.pathInfo('GOMODCACHE');
    if (modcache !== '' && goIsAbs(ctx.os, modcache) && modInfo?.volume)
      uses.push({ name: 'GOMODCACHE', role: 'mod', info: modInfo, volume: modInfo.volume });
    const wd = workDir(ctx);
    if (wd?.info?.volume && workDirProblem(wd.info) === null)
      uses.push({ name: wd.var, role: 'work', info: wd.info, volume: wd.info.volume });

    // One finding per volume; read-only volumes are the unwritable checks' business.
    const groups = new Map<string, Use[]>();
    for (const u of uses) {
      if (u.volume.readOnly) continue;
      const key = u.volume.mountPoint ?? `${u.volume.total}/${u.volume.free}`;
      const g = groups.get(key);
      if (g) g.push(u);
      else groups.set(key, [u]);
    }
    const t = VOLUME_THRESHOLDS;
    for (const group of groups.values()) {
      const first = group[0];
      if (!first) continue;
      const v = first.volume;
      const avail = availableBytes(ctx, v);
      if (avail >= t.warnBytes) continue;
      const has = (role: Use['role']) => group.find((u) => u.role === role);
      const build = has('build');
      const mod = has('mod');
      const work = has('work');
      const workFull = work !== undefined && avail < t.workDirFullBytes;
      const full = ((build !== undefined || mod !== undefined) && avail < t.cacheFullBytes) || workFull;
      const data = {
        uses: joinWords(group.map((u) => u.name)),
        mount: show(v.mountPoint ?? first.info.path),
        free: formatBytes(avail),
        total: formatBytes(v.total),
      };
      const fixes: Fix[] = [];
      if (build) fixes.push({ kind: 'run', argv: ['go', 'clean', '-cache'] });
      fixes.push(adviceFix(ADVICE, 'free', { mount: v.mountPoint ?? first.info.path, uses: data.uses }));
      const vars = group.map((u) => u.name);
      if (full) report('full', 'error', { ...data, work: workFull }, { fixes, vars });
      else report('low', 'warning', { ...data, threshold: formatBytes(t.warnBytes) }, { fixes, vars });
    }
  },
});
