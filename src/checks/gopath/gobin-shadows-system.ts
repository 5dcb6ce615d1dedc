import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'full-path': (d: { tool: string; system: string }) =>
    `run ${d.tool} by its full path, or remove the package that installs ${d.system}`,
};

export default defineCheck({
  id: 'gobin-shadows-system',
  title: 'Commands installed with go install do not collide with system commands',
  group: 'gopath',
  vars: ['GOBIN', 'PATH'],
  docs: `
\`go install\` puts commands in GOBIN (default GOPATH[0]/bin) and never asks what else has the same name.
The shell runs the first match on PATH, so when a command there has the name of a command in a system
directory (/usr/bin, /bin, /usr/sbin, /sbin, /usr/local/bin, /usr/local/sbin; %SystemRoot% and
System32 on Windows):
- the install directory comes first: the installed command **shadows the system one** for every program
  that runs it by name (scripts, other tools), e.g. a \`go install\`ed \`ls\`, \`make\` or \`sort\`
  (code \`shadows\`);
- a system directory comes first: the command you installed **never runs** by name; the system one
  (e.g. a distribution's \`gopls\` package in /usr/bin) runs instead (code \`shadowed\`).
Both work but are not what the user believes, so both are warnings. Verified by the scenarios
gobin-shadows-system-command and gobin-tool-shadowed-by-system on every release: the shell resolves the
name to the earlier directory, and go commands are unaffected.
`,
  messages: {
    shadows: {
      message: (d: { name: string; tool: string; system: string }) =>
        `${d.tool} (installed with go install) shadows the system command ${d.system}: running "${d.name}" runs the installed one.`,
      why: (d: { dir: string; tool: string }) =>
        `${d.dir} comes before the system directory on PATH, so scripts and programs that run this name get the installed command. Move ${d.dir} after the system directories, or remove ${d.tool} if it was installed by accident.`,
    },
    shadowed: {
      message: (d: { name: string; tool: string; system: string }) =>
        `${d.tool} never runs by name: the system command ${d.system} comes first on PATH.`,
      why: (d: { name: string; tool: string }) =>
        `The shell finds the system "${d.name}" first, so the version you installed with go install is not the one that runs. Run ${d.tool} by its full path, remove the system package that provides it, or put the install directory earlier on PATH.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const tools = ctx.facts.goTools;
    if (!tools) return;
    for (const t of tools) {
      if (t.pathIndex === null) continue;
      const earlier = t.system.filter((s) => s.pathIndex < (t.pathIndex ?? 0));
      const later = t.system.filter((s) => s.pathIndex > (t.pathIndex ?? 0));
      const entry = ctx.facts.pathEntries[t.pathIndex]?.entry ?? ctx.path.dirname(t.path);
      const dir = ctx.path.dirname(t.path);
      const first = earlier[0];
      if (first) {
        report(
          'shadowed',
          'warning',
          { name: t.name, tool: t.path, system: first.path },
          {
            fixes: [adviceFix(ADVICE, 'full-path', { tool: t.path, system: first.path })],
          },
        );
        continue;
      }
      const sys = later[0];
      if (sys) {
        const fixes: Fix[] = [
          { kind: 'path-remove', entry },
          { kind: 'path-add', dir, position: 'append' },
        ];
        report('shadows', 'warning', { name: t.name, tool: t.path, system: sys.path, dir }, { fixes });
      }
    }
  },
});
