/**
 * `go-doctor installs` output: a table of every Go installation, and the JSON contract
 * { "installs": [ { path, realPath, version, goroot, manager, pathIndex, active, … } ] }. Pure.
 */
import { styleText } from 'node:util';
import type { InstallsView } from '../core/installs.js';
import type { Lang } from '../i18n/index.js';
import { localizer } from '../i18n/index.js';
import { displayWidth, padEndDisplay } from './width.js';

type Style = Parameters<typeof styleText>[0];

export interface InstallsTextOptions {
  color: boolean;
  ascii?: boolean;
  /** Language of the text (default English; load it first with loadLang). */
  lang?: Lang;
}

export function renderInstallsJson(view: InstallsView): string {
  const installs = view.installs.map((i) => ({
    path: i.path,
    realPath: i.realPath,
    version: i.version,
    goroot: i.goroot,
    manager: i.manager,
    pathIndex: i.pathIndex,
    active: i.active,
    name: i.name,
    versionSource: i.versionSource,
    selected: i.selected,
    foundBy: i.foundBy,
  }));
  return `${JSON.stringify({ installs, toolchain: view.toolchain, pathOnly: view.pathOnly }, null, 2)}\n`;
}

export function renderInstallsText(view: InstallsView, options: InstallsTextOptions): string {
  const paint = (style: Style, text: string) =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  const ui = localizer(options.lang).ui;
  const w = ui.installs;
  const yes = options.ascii ? w.yes : '✓';
  if (view.installs.length === 0) return `${w.none}\n`;
  const header = [...w.columns];
  const rows = view.installs.map((i) => {
    let where = i.path;
    if (i.realPath && i.realPath !== i.path) where += ` -> ${i.realPath}`;
    if (i.goroot && !(i.realPath ?? i.path).startsWith(i.goroot)) where += ` (GOROOT ${i.goroot})`;
    return [
      i.pathIndex === null ? '-' : `#${i.pathIndex}`,
      i.version ? `go${i.version}` : '?',
      i.manager,
      i.active ? yes : '',
      i.selected ? yes : '',
      where,
    ];
  });
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((x, c) => (c === cells.length - 1 ? x : padEndDisplay(x, widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [paint('bold', line(header))];
  view.installs.forEach((i, n) => {
    const text = line(rows[n] ?? []);
    out.push(i.active ? paint('green', text) : i.pathIndex === null ? paint('dim', text) : text);
  });
  out.push('');
  out.push(w.legend);
  const tc = view.toolchain;
  const setting = w.setting({ value: tc.setting });
  const reason = ui.phrase(tc.reason);
  if (tc.outcome === 'error') out.push(w.fails({ setting, error: tc.error ?? reason }));
  else if (tc.outcome === 'download' && !view.installs.some((i) => i.selected)) {
    out.push(w.downloads({ setting, toolchain: tc.toolchain, reason }));
  } else out.push(w.selects({ setting, toolchain: tc.toolchain, reason }));
  if (view.pathOnly) out.push(w.pathOnly);
  return `${out.join('\n')}\n`;
}
