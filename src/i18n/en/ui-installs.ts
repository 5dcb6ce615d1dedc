/** English words of the `installs` output (source of truth; ../zh-CN/ui-installs.ts matches it key for key). */
export const installs = {
  none: 'No Go installation found: no go on PATH and none in the known places (go-doctor help installs lists them).',
  /** Column headings: PATH, VERSION, MANAGER, ACTIVE, GOTOOLCHAIN, LOCATION. */
  columns: ['PATH', 'VERSION', 'MANAGER', 'ACTIVE', 'GOTOOLCHAIN', 'LOCATION'] as readonly string[],
  yes: 'yes',
  legend: 'PATH: position of its directory on PATH (- = not on PATH). ACTIVE: the go a shell runs here.',
  /** "GOTOOLCHAIN unset" or "GOTOOLCHAIN=auto". */
  setting: (d: { value: string }) => (d.value === '' ? 'GOTOOLCHAIN unset' : `GOTOOLCHAIN=${d.value}`),
  fails: (d: { setting: string; error: string }) => `${d.setting}: every go command fails here: ${d.error}.`,
  downloads: (d: { setting: string; toolchain: string; reason: string }) =>
    `${d.setting} selects ${d.toolchain} here (${d.reason}); go will download it, it is not installed.`,
  selects: (d: { setting: string; toolchain: string; reason: string }) =>
    `${d.setting} selects ${d.toolchain} here (${d.reason}).`,
  pathOnly: 'These facts hold PATH only; the known places were not searched.',
};
