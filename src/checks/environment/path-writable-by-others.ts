import { defineCheck } from '../../core/check.js';
import { UNIX } from '../../core/facts.js';
import type { Fix } from '../../core/fix.js';
import { isSystemDir } from '../../core/sysdirs.js';

export default defineCheck({
  id: 'path-writable-by-others',
  title: 'No PATH directory before the system directories is writable by other users',
  group: 'environment',
  vars: ['PATH'],
  appliesTo: { os: UNIX },
  docs: `
The shell runs the first executable with a name that it finds on PATH. A directory that comes before a
system directory (/usr/bin, /bin, /usr/sbin, /sbin, /usr/local/bin, /usr/local/sbin) and that another
user can write lets that user put a \`go\`, \`git\`, \`gcc\` or \`ls\` there that you then run, with your
rights, instead of the real one. go-doctor flags such a directory when it is
- world-writable (mode o+w). A sticky bit (as on /tmp) does not help here: it only stops users from
  deleting or renaming each other's files; anyone can still create a new \`go\` in it; or
- owned by another user who is not root (the owner can always change its permissions).
Group-writable directories are not flagged (group membership is not collected). The go command itself
is unaffected until someone plants a file, so this is a warning. Verified by the scenario
path-world-writable-dir on every release (a 0777 directory at the front of PATH: go works, go-doctor warns).
`,
  messages: {
    'world-writable': {
      message: (d: { entry: string; mode: string }) =>
        `PATH entry ${d.entry} is writable by every user (mode ${d.mode}) and comes before the system directories.`,
      why: () =>
        'Any local user can put an executable named go, git or ls there, and your shell will run it instead of the real one.',
    },
    'other-owner': {
      message: (d: { entry: string; uid: number }) =>
        `PATH entry ${d.entry} belongs to another user (uid ${d.uid}) and comes before the system directories.`,
      why: () =>
        'Its owner can put an executable named go, git or ls there, and your shell will run it instead of the real one.',
    },
  },
  run(ctx, report) {
    const uid = ctx.facts.host.uid;
    if (uid === null) return;
    const entries = ctx.facts.pathEntries;
    const lastSystem = Math.max(
      -1,
      ...entries.filter((e) => isSystemDir(e.entry, ctx.os)).map((e) => e.index),
    );
    for (const e of entries) {
      if (e.index >= lastSystem) break;
      const info = e.info;
      if (!info || info.kind !== 'dir' || info.mode === undefined || info.uid === undefined) continue;
      if (isSystemDir(e.entry, ctx.os)) continue;
      if ((info.mode & 0o002) !== 0) {
        const fixes: Fix[] =
          info.uid === uid
            ? [{ kind: 'run', argv: ['chmod', 'o-w', e.entry] }]
            : [{ kind: 'path-remove', entry: e.entry }];
        report(
          'world-writable',
          'warning',
          { entry: e.entry, mode: (info.mode & 0o7777).toString(8).padStart(4, '0') },
          { fixes },
        );
      } else if (info.uid !== uid && info.uid !== 0) {
        report(
          'other-owner',
          'warning',
          { entry: e.entry, uid: info.uid },
          { fixes: [{ kind: 'path-remove', entry: e.entry }] },
        );
      }
    }
  },
});
