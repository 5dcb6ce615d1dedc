import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import {
  GO_MANAGERS,
  isInteractive,
  MODE_LABEL,
  type Mode,
  recommendedFiles,
  type ShellKind,
} from '../../shells/startup.js';
import { contextGo, lineText, startupAnalysis, tildePath } from '../_lib/startup.js';

/** PATH entries that are a version manager's Go shims or installs. */
const SHIM_DIR =
  /\.goenv\/(shims|bin)|\.asdf\/shims|mise\/shims|rtx\/shims|\.gvm\/|\/\.g\/bin|goenv|gobrew|\.goup/;

/** Text that any line activating a manager or naming its shims must contain (a cheap gate). */
const MANAGER_HINT = /goenv|gvm|asdf|mise|rtx|gobrew|goup|\.g\b/i;

function managerOfEntry(entry: string): string | null {
  if (/goenv/.test(entry)) return 'goenv';
  if (/\.asdf/.test(entry)) return 'asdf';
  if (/mise|rtx/.test(entry)) return 'mise';
  if (/\.gvm/.test(entry)) return 'gvm';
  if (/gobrew/.test(entry)) return 'gobrew';
  if (/\.goup/.test(entry)) return 'goup';
  if (/\/\.g\/bin/.test(entry)) return 'g';
  return null;
}

/** What to put in the file every mode reads, per manager and shell. */
function activation(manager: string, shell: ShellKind): string | null {
  const fish = shell === 'fish';
  switch (manager) {
    case 'goenv':
      return fish
        ? 'fish_add_path $HOME/.goenv/shims $HOME/.goenv/bin'
        : 'export PATH="$HOME/.goenv/shims:$HOME/.goenv/bin:$PATH"';
    case 'asdf':
      return fish ? 'fish_add_path $HOME/.asdf/shims' : 'export PATH="$HOME/.asdf/shims:$PATH"';
    case 'mise':
      return fish
        ? 'mise activate fish --shims | source'
        : `eval "$(mise activate ${shell === 'sh' ? 'bash' : shell} --shims)"`;
    case 'gvm':
      return fish ? null : '[[ -s "$HOME/.gvm/scripts/gvm" ]] && source "$HOME/.gvm/scripts/gvm"';
    default:
      return null;
  }
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  move: (d: { line: string | null; to: string; text: string; from: string; fromLine: number }) =>
    d.line !== null
      ? `add to ${d.to}: ${d.line}`
      : `move "${d.text}" from ${d.from}:${d.fromLine} to ${d.to}`,
};

export default defineCheck({
  id: 'version-manager-interactive-only',
  title: 'A Go version manager is activated for every kind of shell, not only interactive ones',
  group: 'toolchain',
  vars: ['PATH'],
  appliesTo: { os: ['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'dragonfly', 'illumos', 'solaris'] },
  docs: `
Version managers (goenv, gvm, g, asdf, mise…) put their Go on PATH from a shell startup file. When that
line is in a file only interactive shells read (~/.bashrc after its "not interactive: return" guard,
~/.zshrc, a \`status is-interactive\` block of config.fish), only terminals see that go. Non-interactive
shells — \`bash -lc\` and \`zsh -c\` used by CI runners, IDEs resolving the login environment, ssh commands,
git hooks, Makefiles started from other tools, cron and systemd units — get another go, or none:
\`go: command not found\`.

go-doctor reads the startup files each shell loads in each mode (docs/shells.md) and warns when a
manager's activation or shims PATH entry is in effect in interactive modes of a shell but not in its
non-interactive login mode. asdf and mise are only reported when the go in use comes from them. The fix
is to move the activation (or a shims PATH line) to the file every mode reads: ~/.profile (or
~/.bash_profile) for bash and sh, ~/.zshenv for zsh, conf.d for fish.
Verified by the scenarios version-manager-zshrc-only and version-manager-bashrc-guarded (the go build that
works in \`zsh -ic\`/\`bash -ic\` fails in \`zsh -c\`/\`bash -lc\` with "go: command not found").
`,
  messages: {
    interactiveOnly: {
      message: (d: {
        manager: string;
        where: string;
        shell: string;
        seen: string;
        otherGo: string;
        file: string;
        line: number;
      }) => `${d.manager} is activated in ${d.where}, which ${d.shell} reads only in ${d.seen} shells.`,
      why: (d: { shell: string; otherGo: string; file: string; line: number }) =>
        `Scripts, IDEs, CI jobs and ssh commands run non-interactive ${d.shell} shells: they get ${d.otherGo}. Activate it in the file every ${d.shell} reads instead.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const facts = ctx.facts;
    const a = startupAnalysis(facts, MANAGER_HINT);
    if (!a || !facts.startup) return;
    const goPaths = [ctx.go?.path ?? '', ctx.go?.realPath ?? '', ...facts.goBinaries.map((b) => b.path)].join(
      '\n',
    );
    const relevant = (manager: string): boolean => {
      if (GO_MANAGERS.includes(manager)) return true;
      if (manager === 'asdf') return /asdf/.test(goPaths);
      if (manager === 'mise' || manager === 'rtx') return /mise|rtx/.test(goPaths);
      return false;
    };
    const recs = recommendedFiles(facts.startup, ctx.os);
    const inherited = ctx.go ? { dir: ctx.path.dirname(ctx.go.path), version: ctx.localGoVersion } : null;
    const done = new Set<string>();
    for (const asg of a.assignments) {
      let manager: string | null = null;
      if (asg.op === 'activate') manager = asg.manager ?? null;
      else if (
        asg.var === 'PATH' &&
        (asg.op === 'prepend' || asg.op === 'append') &&
        SHIM_DIR.test(asg.expanded ?? asg.value)
      )
        manager = managerOfEntry(asg.expanded ?? asg.value);
      if (!manager || !relevant(manager)) continue;
      for (const shell of ['bash', 'zsh', 'fish'] as ShellKind[]) {
        const modes = asg.seenIn.filter((x) => x.shell === shell).map((x) => x.mode);
        if (!modes.some((m) => isInteractive(m)) || modes.includes('login')) continue;
        const key = `${manager}:${shell}`;
        if (done.has(key)) continue;
        // Another line may activate the same manager for this shell in every mode.
        if (
          a.assignments.some(
            (o) =>
              o !== asg &&
              (o.manager === manager ||
                (o.var === 'PATH' && managerOfEntry(o.expanded ?? o.value) === manager)) &&
              o.seenIn.some((x) => x.shell === shell && x.mode === 'login'),
          )
        )
          continue;
        done.add(key);
        const login = a.contexts.find((c) => c.shell === shell && c.mode === 'login');
        const g = login ? contextGo(facts, login, null) : null;
        const otherGo =
          g && !g.none && g.dir
            ? `go${g.version ?? ''} from ${g.dir} instead`
            : `whatever go their inherited PATH has${inherited ? ` (here ${inherited.dir}/go)` : ''}, and none at all under cron or systemd`;
        const rec = recs.find((r) => r.shell === shell) ?? recs.find((r) => r.shell === 'sh');
        const recFile =
          shell === 'bash'
            ? (recs.find((r) => r.shell === 'bash')?.file ?? `${facts.startup.home}/.profile`)
            : (rec?.file ?? '');
        const fixes: Fix[] = [];
        const line = activation(manager, shell);
        const text = lineText(facts, asg.file, asg.line) ?? asg.value;
        fixes.push(
          adviceFix(ADVICE, 'move', {
            line: line ?? null,
            to: tildePath(facts, recFile),
            text: text.trim(),
            from: tildePath(facts, asg.file),
            fromLine: asg.line,
          }),
        );
        report(
          'interactiveOnly',
          'warning',
          {
            manager,
            where: `${tildePath(facts, asg.file)}:${asg.line}`,
            shell,
            seen: joinModes(modes),
            otherGo,
            file: asg.file,
            line: asg.line,
          },
          { fixes },
        );
      }
    }
  },
});

function joinModes(modes: readonly Mode[]): string {
  const labels = [...new Set(modes)].map((m) => MODE_LABEL[m]);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
}
