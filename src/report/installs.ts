/**
 * `go-doctor installs` output: a table of every Go installation, and the JSON contract
 * { "installs": [ { path, realPath, version, goroot, manager, pathIndex, active, … } ] }. Pure.
 */
import { styleText } from 'node:util';
import type { InstallsView } from '../core/installs.js';

type Style = Parameters<typeof styleText>[0];

export interface InstallsTextOptions {
  color: boolean;
  ascii?: boolean;
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
  const yes = options.ascii ? 'yes' : '✓';
  if (view.installs.length === 0) {
    return 'No Go installation found: no go on PATH and none in the known places (go-doctor help installs lists them).\n';
  }
  const header = ['PATH', 'VERSION', 'MANAGER', 'ACTIVE', 'GOTOOLCHAIN', 'LOCATION'];
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
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((x, c) => (c === cells.length - 1 ? x : x.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [paint('bold', line(header))];
  view.installs.forEach((i, n) => {
    const text = line(rows[n] ?? []);
    out.push(i.active ? paint('green', text) : i.pathIndex === null ? paint('dim', text) : text);
  });
  out.push('');
  out.push('PATH: position of its directory on PATH (- = not on PATH). ACTIVE: the go a shell runs here.');
  const tc = view.toolchain;
  const setting = tc.setting === '' ? 'GOTOOLCHAIN unset' : `GOTOOLCHAIN=${tc.setting}`;
  if (tc.outcome === 'error') out.push(`${setting}: every go command fails here: ${tc.error ?? tc.reason}.`);
  else if (tc.outcome === 'download' && !view.installs.some((i) => i.selected)) {
    out.push(
      `${setting} selects ${tc.toolchain} here (${tc.reason}); go will download it, it is not installed.`,
    );
  } else out.push(`${setting} selects ${tc.toolchain} here (${tc.reason}).`);
  if (view.pathOnly) out.push('These facts hold PATH only; the known places were not searched.');
  return `${out.join('\n')}\n`;
}
