/**
 * Fix data rendered as the exact command or line for the user's shell. Pure.
 */
import type { Fix } from '../core/fix.js';
import { ui as enUi, type Ui } from '../i18n/en/ui.js';

export type ShellName = 'bash' | 'zsh' | 'sh' | 'fish' | 'powershell' | 'cmd';

export const SHELLS: readonly ShellName[] = ['bash', 'zsh', 'sh', 'fish', 'powershell', 'cmd'];

const POSIX_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function quotePosix(s: string): string {
  if (s !== '' && POSIX_SAFE.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function quoteFish(s: string): string {
  if (s !== '' && POSIX_SAFE.test(s)) return s;
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function quotePowerShell(s: string): string {
  if (s !== '' && /^[A-Za-z0-9_@%+=:./\\-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, "''")}'`;
}

function quoteCmd(s: string): string {
  return /[\s&|<>^"]/.test(s) ? `"${s}"` : s;
}

export function quoteFor(shell: ShellName, s: string): string {
  switch (shell) {
    case 'fish':
      return quoteFish(s);
    case 'powershell':
      return quotePowerShell(s);
    case 'cmd':
      return quoteCmd(s);
    default:
      return quotePosix(s);
  }
}

/** Quotes a KEY=VALUE argument as one word. PowerShell needs the whole word quoted when it has a comma. */
function assignmentArg(shell: ShellName, name: string, value: string): string {
  const word = `${name}=${value}`;
  if (shell === 'powershell') return /^[A-Za-z0-9_@%+=:./\\-]+$/.test(word) ? word : quotePowerShell(word);
  if (shell === 'cmd') return quoteCmd(word);
  const q = quoteFor(shell, value);
  return `${name}=${q}`;
}

function argv(shell: ShellName, args: readonly string[]): string {
  return args.map((a) => quoteFor(shell, a)).join(' ');
}

/** A dir quoted for use inside a double-quoted POSIX string. */
function dq(s: string): string {
  return s.replace(/(["\\$`])/g, '\\$1');
}

/** `words` are the fixed words of fixes that are not commands (default English). */
export function renderFix(fix: Fix, shell: ShellName, words: Ui['fix'] = enUi.fix): string {
  switch (fix.kind) {
    case 'unset-env':
      switch (shell) {
        case 'fish':
          return `set -e ${fix.var}`;
        case 'powershell':
          return `Remove-Item Env:${fix.var}`;
        case 'cmd':
          return `set ${fix.var}=`;
        default:
          return `unset ${fix.var}`;
      }
    case 'set-env':
      switch (shell) {
        case 'fish':
          return `set -gx ${fix.var} ${quoteFish(fix.value)}`;
        case 'powershell':
          return `$env:${fix.var} = ${`'${fix.value.replace(/'/g, "''")}'`}`;
        case 'cmd':
          return `set ${quoteCmd(`${fix.var}=${fix.value}`)}`;
        default:
          return `export ${fix.var}=${quotePosix(fix.value)}`;
      }
    case 'go-env-w':
      return `go env -w ${assignmentArg(shell, fix.var, fix.value)}`;
    case 'go-env-u':
      return `go env -u ${fix.var}`;
    case 'path-add':
      switch (shell) {
        case 'fish':
          return fix.position === 'prepend'
            ? `fish_add_path --global --move ${quoteFish(fix.dir)}`
            : `fish_add_path --global --append ${quoteFish(fix.dir)}`;
        case 'powershell':
          return fix.position === 'prepend'
            ? `$env:Path = '${fix.dir.replace(/'/g, "''")};' + $env:Path`
            : `$env:Path += ';${fix.dir.replace(/'/g, "''")}'`;
        case 'cmd':
          return fix.position === 'prepend' ? `set "PATH=${fix.dir};%PATH%"` : `set "PATH=%PATH%;${fix.dir}"`;
        default:
          return fix.position === 'prepend'
            ? `export PATH="${dq(fix.dir)}:$PATH"`
            : `export PATH="$PATH:${dq(fix.dir)}"`;
      }
    case 'path-remove':
      return words.pathRemove({ entry: JSON.stringify(fix.entry) });
    case 'mkdir':
      switch (shell) {
        case 'powershell':
          return `New-Item -ItemType Directory -Force -Path ${quotePowerShell(fix.path)}`;
        case 'cmd':
          return `mkdir ${quoteCmd(fix.path)}`;
        default:
          return `mkdir -p ${quoteFor(shell, fix.path)}`;
      }
    case 'run':
      return argv(shell, fix.argv);
    case 'edit-line':
      return fix.to === ''
        ? words.deleteLine({ file: fix.file, line: fix.line, from: JSON.stringify(fix.from) })
        : words.changeLine({
            file: fix.file,
            line: fix.line,
            from: JSON.stringify(fix.from),
            to: JSON.stringify(fix.to),
          });
    case 'advice':
      return fix.text;
  }
}
