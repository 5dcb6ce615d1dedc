/**
 * go-doctor installs: every Go installation on this machine, which one runs, and which one GOTOOLCHAIN
 * selects in this directory.
 */
import { collectInstalls } from '../../collect/installs.js';
import { installsView } from '../../core/installs.js';
import { createContext } from '../../core/run.js';
import { renderInstallsJson, renderInstallsText } from '../../report/installs.js';
import { COMMON_OPTIONS, colorEnabled, factsFor, langFor, oneOf } from '../io.js';
import type { Command } from './types.js';

export const installsCommand: Command = {
  name: 'installs',
  summary: 'list every Go installation: on PATH, and where installers and version managers put them',
  help: `Usage: go-doctor installs [options]

Lists every Go installation go-doctor can find: each go and goX.Y.Z on PATH in PATH order, then the
places Go's installers and version managers use (official archive and MSI/pkg, Debian /usr/lib/go-1.NN,
Fedora, Homebrew, snap, scoop, golang.org/dl ~/sdk, goenv, gvm, asdf, mise, g, goup, and toolchains
GOTOOLCHAIN downloaded into the module cache). For each: path, resolved path, version (read from
$GOROOT/VERSION, nothing is run), GOROOT, manager, position on PATH, whether it is the go that runs, and
whether GOTOOLCHAIN selects it in this directory. docs/installs.md lists the places searched.

Options:
  --format text|json        output format (default text); json prints
                            { "installs": [ { "path", "realPath", "version", "goroot", "manager",
                              "pathIndex", "active", … } ], "toolchain": { … } }
  --facts FILE              list from a saved facts snapshot (go-doctor snapshot) instead of this machine
  --timeout SECONDS         limit for each go subprocess (default 10)
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)
  --color, --no-color       force colour on or off
  --ascii                   ASCII marks

Exit codes: 0 listed (even when nothing is found), 2 usage or internal error.
`,
  options: { ...COMMON_OPTIONS, format: { type: 'string' }, ascii: { type: 'boolean' } },
  async run({ values }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    const facts = await factsFor(values, io);
    const ctx = createContext(facts);
    if (typeof values.facts !== 'string') {
      facts.installs = collectInstalls(facts, { env: io.env, gomodcache: ctx.setting('GOMODCACHE').value });
    }
    const view = installsView(facts, ctx.toolchain);
    if (format === 'json') io.stdout.write(renderInstallsJson(view));
    else {
      const colorFlag = values['no-color'] ? false : values.color ? true : undefined;
      io.stdout.write(
        renderInstallsText(view, {
          color: colorEnabled(io, colorFlag),
          ascii: values.ascii === true,
          lang: langFor(values.lang, io.env),
        }),
      );
    }
    return 0;
  },
};
