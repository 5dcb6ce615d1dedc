import { defineCheck } from '../../core/check.js';
import { UNIX } from '../../core/facts.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { goIsAbs, installDir } from '../_lib/gopath.js';
import { homeVarName, underHome } from '../_lib/home.js';
import { joinWords, show } from '../_lib/text.js';

/** A POSIX shell word (the fix is advice for a root shell on a Unix system). */
const sq = (p: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

type Data = {
  uid: number;
  /** Who owns HOME, when HOME is the foreign tree; else null. */
  homeOwner: number | null;
  home: string;
  /** The go directories (as "GOCACHE /path") that lie in the other user's tree. */
  dirs: readonly string[];
  owners: readonly string[];
  root: boolean;
};

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  sudo: () =>
    'run go as root with "sudo -H ..." (or "sudo --preserve-env=PATH ..." without HOME) instead of "sudo -E"',
  chown: (d: { command: string }) => `give what root already wrote there back to its owner: ${d.command}`,
};

export default defineCheck({
  id: 'home-foreign-owner',
  title: "go writes into this user's own home and caches",
  group: 'environment',
  vars: ['HOME', 'GOCACHE', 'GOMODCACHE', 'GOPATH'],
  appliesTo: { os: UNIX },
  docs: `
The go command takes its defaults from $HOME literally (go-facts section 4) and never compares it with
the account that runs it. When HOME belongs to another user (\`sudo -E\` keeps the invoking user's HOME
while the uid is 0; a script that exports another user's HOME), go works, but writes the build cache,
module cache and installed commands into that user's tree, owned by the wrong uid, and the owner's own
later commands break. Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenario
home-foreign-owner-later: root runs \`go mod download\` with HOME owned by uid 12345, then uid 12345
downloads a new version with the same HOME):

    go: open $HOME/go/pkg/mod/cache/download/example.test/dep/@v/v1.1.0.lock: permission denied

and \`go clean -modcache\` as the owner fails with \`go: unlinkat .../@v/v1.0.0.ziphash: permission
denied\`. The build cache is hit too: after a root build, the owner's \`go build -o /dev/null .\` failed with
\`open $HOME/.cache/go-build/dd/ddd96200…-d: permission denied\` on go1.21.13 to 1.26.8 (go1.19.8 passed).
go-doctor reports a warning when HOME (with go's directories under it), or an existing GOCACHE,
GOMODCACHE or GOPATH[0], is owned by another uid (for explicitly set cache directories only when running
as root: a group-shared cache is a deliberate setup). It stays silent when
HOME is, or links to, the account's own home directory, and when HOME is not writable (the cache and
install checks then report the failure). Scenarios home-foreign-owner and home-foreign-owner-later.
`,
  messages: {
    foreign: {
      message: (d: Data) =>
        d.homeOwner !== null
          ? `$HOME ${d.home} belongs to uid ${d.homeOwner}, not to you (uid ${d.uid}${d.root ? ', root' : ''}): go writes ${joinWords([...d.dirs])} into that user's tree.`
          : `${joinWords([...d.dirs])} ${d.dirs.length > 1 ? 'belong' : 'belongs'} to ${joinWords([...d.owners])}, not to you (uid ${d.uid}${d.root ? ', root' : ''}).`,
      why: (d: Data) =>
        `go works for you, but every file it adds there is owned by uid ${d.uid}${d.root ? ' and not writable by the owner' : ''}. The owner's own commands then fail: a new module version stops with "go: open .../pkg/mod/cache/download/.../@v/<version>.lock: permission denied", go clean -modcache with "unlinkat ...: permission denied", and builds (go1.21+) with "open .../go-build/..-d: permission denied". ${
          d.root
            ? 'Typical cause: sudo -E (or sudo --preserve-env) keeps the invoking user\'s HOME. Use "sudo -H", or preserve only the variables you need ("sudo --preserve-env=PATH,GOFLAGS"), so root uses its own home.'
            : 'Set HOME to your own home directory.'
        }`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const uid = ctx.facts.host.uid;
    if (uid === null) return;
    const root = uid === 0;
    const home = ctx.home;
    const homeVar = homeVarName(ctx);
    const account = ctx.facts.host.accountHome;
    const dirs: string[] = [];
    const raw: string[] = [];
    const owners = new Set<string>();
    const vars = new Set<string>();
    let homeOwner: number | null = null;
    const info = ctx.pathInfo('HOME');
    const isAccountHome =
      account !== null &&
      (home === account || info?.realPath === account || info?.symlink?.resolved === account);
    if (
      home !== '' &&
      goIsAbs(ctx.os, home) &&
      !isAccountHome &&
      info?.kind === 'dir' &&
      info.uid !== undefined &&
      info.uid !== uid &&
      info.writable !== false &&
      info.volume?.readOnly !== true
    ) {
      const u = underHome(ctx, home);
      const add = (what: string, p: string) => {
        dirs.push(`${what} ${show(p)}`);
        raw.push(p);
      };
      if (u.gocache) add('GOCACHE', ctx.setting('GOCACHE').value);
      if (u.gomodcache) add('GOMODCACHE', ctx.setting('GOMODCACHE').value);
      if (u.install) add('the install directory', installDir(ctx)?.dir ?? '');
      if (dirs.length > 0) {
        homeOwner = info.uid;
        owners.add(`uid ${info.uid}`);
        vars.add(homeVar);
        if (u.gocache) vars.add('GOCACHE');
        if (u.gomodcache) vars.add('GOMODCACHE');
        if (u.install) vars.add('GOPATH');
      }
    }
    if (homeOwner === null && root) {
      for (const [label, name] of [
        ['GOCACHE', 'GOCACHE'],
        ['GOMODCACHE', 'GOMODCACHE'],
        ['GOPATH[0]', 'GOPATH'],
      ] as const) {
        const p = ctx.pathInfo(label);
        if (p?.kind !== 'dir' || p.uid === undefined || p.uid === uid || p.volume?.readOnly) continue;
        dirs.push(`${name} ${show(p.path)}`);
        raw.push(p.path);
        owners.add(`uid ${p.uid}`);
        vars.add(name);
      }
    }
    if (dirs.length === 0) return;
    const fixes: Fix[] = [];
    if (root) fixes.push(adviceFix(ADVICE, 'sudo'));
    if (homeOwner !== null && account && goIsAbs(ctx.os, account))
      fixes.push({ kind: 'set-env', var: homeVar, value: account });
    if (root)
      fixes.push(
        adviceFix(ADVICE, 'chown', {
          command: `chown -R ${[...owners][0]?.slice(4) ?? ''} ${raw.map((p) => sq(p)).join(' ')}`,
        }),
      );
    report(
      'foreign',
      'warning',
      { uid, homeOwner, home: show(home), dirs, owners: [...owners], root },
      { vars: [...vars], fixes },
    );
  },
});
