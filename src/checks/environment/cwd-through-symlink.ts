import { defineCheck } from '../../core/check.js';
import { UNIX } from '../../core/facts.js';
import { adviceFix } from '../../core/fix.js';
import { show } from '../_lib/text.js';

type Data = {
  cwd: string;
  physical: string;
  /** The module root as go sees it (logical spelling). */
  modRoot: string;
  /** The module root with links resolved, when it can be derived; else ''. */
  physicalModRoot: string;
  /** How go shows the physical directory relative to the logical one (../real). */
  rel: string;
};

/** The physical spelling of root, when cwd = root + suffix and physical ends with the same suffix. */
function physicalRoot(
  path: { relative(a: string, b: string): string; join(...p: string[]): string },
  root: string,
  cwd: string,
  physical: string,
): string {
  const suffix = path.relative(root, cwd);
  if (suffix.startsWith('..')) return '';
  if (suffix === '') return physical;
  const parts = suffix.split('/').length;
  let up = physical;
  for (let i = 0; i < parts; i++) up = path.join(up, '..');
  return path.join(up, suffix) === physical ? up : '';
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  cd: (d: { dir: string }) => `cd ${d.dir}`,
  editor: (d: { dir: string }) =>
    `open ${d.dir} (not the link) in your editor, and pass paths spelled the same way`,
};

export default defineCheck({
  id: 'cwd-through-symlink',
  title: 'The module is not reached through a symbolic link',
  group: 'environment',
  vars: ['PWD'],
  appliesTo: { os: UNIX },
  docs: `
os.Getwd returns $PWD when it is absolute and names the current directory, so when a shell \`cd\`s into a
module through a symbolic link, the go command takes the link spelling as the main module's directory.
Everything spelled that way works: \`go build ./...\`, test, install and mod download succeed (scenario
cwd-symlink-pwd-set; with PWD unset go takes the resolved path and also works, scenario
cwd-symlink-pwd-unset, and go-doctor then sees no link at all). What fails is mixing spellings: a tool
that resolves the path (an editor opening the real directory, \`go build $(pwd -P)/...\`, a script using
realpath) passes a path that go does not see inside the main module (verified on go1.19.8, 1.21.13,
1.22.12, 1.23.5 and 1.26.8, scenario cwd-symlink-physical-arg; with cwd /tmp/x/link -> /tmp/x/real):

    $ go build /tmp/x/real/...
    pattern /tmp/x/real/...: directory prefix ../real does not contain main module or its selected dependencies
    $ go vet /tmp/x/real/sub
    directory ../real/sub outside main module or its selected dependencies

The reverse (PWD unset, so go sees /tmp/x/real, and an argument spelled /tmp/x/link/...) fails the same
way: \`pattern /tmp/x/link/...: directory prefix ../link does not contain main module or its selected
dependencies\`. A stale PWD (naming another directory) is ignored by go. Because go itself works, this is
only info; it explains the "outside main module" errors when they appear.
`,
  messages: {
    link: {
      message: (d: Data) =>
        `The working directory ${d.cwd} is reached through a symbolic link (the real directory is ${show(d.physical)}); go uses the link spelling for the module at ${d.modRoot}.`,
      why: (d: Data) =>
        `go build, test and install work here, but a tool that passes the resolved path (an editor that opened ${d.physicalModRoot || d.physical}, \`go build $(pwd -P)/...\`) gets "pattern ${d.physical}/...: directory prefix ${d.rel} does not contain main module or its selected dependencies" or "directory ${d.rel} outside main module or its selected dependencies". Use one spelling everywhere: cd to the real directory, and open that one in your editor.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const { cwd, physicalCwd } = ctx.facts;
    if (cwd === physicalCwd || cwd === '' || physicalCwd === '') return;
    const gomod = ctx.facts.module.gomod;
    if (!gomod) return;
    const modRoot = ctx.path.dirname(gomod.path);
    const physicalModRoot = physicalRoot(ctx.path, modRoot, cwd, physicalCwd);
    const rel = ctx.path.relative(cwd, physicalCwd);
    const data: Data = {
      cwd: show(cwd),
      physical: physicalCwd,
      modRoot: show(modRoot),
      physicalModRoot,
      rel: rel.length < physicalCwd.length ? rel : physicalCwd,
    };
    report('link', 'info', data, {
      fixes: [
        adviceFix(ADVICE, 'cd', { dir: physicalCwd }),
        adviceFix(ADVICE, 'editor', { dir: physicalModRoot || physicalCwd }),
      ],
    });
  },
});
