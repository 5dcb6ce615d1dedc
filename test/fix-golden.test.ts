/**
 * go-doctor fix plans for machines this Linux CI cannot be, as golden outputs: the Windows user
 * environment ([Environment]::SetEnvironmentVariable(NAME, value, 'User')) and PowerShell profile edits
 * from test/fixtures/facts/windows-msi-default.json, and a PowerShell profile next to zsh on
 * test/fixtures/facts/darwin-homebrew.json. The startup files added to those snapshots are hand-written
 * (what the collector records for such profiles); their text is given here. UPDATE_GOLDEN=1 rewrites the
 * golden files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../src/core/facts.js';
import { parseFacts } from '../src/core/factsfile.js';
import type { Fix } from '../src/core/fix.js';
import { type FileSource, planFixes } from '../src/fix/index.js';
import { renderFixJson, renderFixText } from '../src/report/fix.js';
import { isRelevantLine } from '../src/shells/startup.js';
import { ROOT } from './support/cli.js';

const FACTS = path.join(ROOT, 'test', 'fixtures', 'facts');
const GOLDEN = path.join(ROOT, 'test', 'fixtures', 'fix');

function load(name: string): Facts {
  const file = path.join(FACTS, name);
  return parseFacts(readFileSync(file, 'utf8'), file);
}

function withFiles(
  facts: Facts,
  home: string,
  files: Record<string, string>,
  extra: Partial<NonNullable<Facts['startup']>> = {},
): FileSource {
  facts.startup = {
    home,
    files: Object.entries(files).map(([p, text]) => ({
      path: p,
      exists: true,
      lines: text
        .split('\n')
        .map((t, i) => ({ n: i + 1, text: t }))
        .filter((l) => isRelevantLine(l.text)),
    })),
    dirs: {},
    paths: {},
    durationMs: 1,
    ...extra,
  };
  return {
    read: (p) => ({ text: files[p] ?? null, realPath: p }),
    isDir: () => false,
  };
}

function golden(name: string, text: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('fix plans from fact snapshots (golden)', () => {
  it('Windows: user environment commands and PowerShell profile edits', () => {
    const facts = load('windows-msi-default.json');
    const home = 'C:\\Users\\bob';
    const profile = 'C:\\Users\\bob\\Documents\\PowerShell\\profile.ps1';
    const files = withFiles(facts, home, {
      [profile]:
        "$env:GOFLAGS = '-mod=vendor'\n$env:PATH = 'C:\\old\\go\\bin;' + $env:PATH\nSet-Alias ll Get-ChildItem\n",
    });
    const fixes: Fix[] = [
      { kind: 'set-env', var: 'GOFLAGS', value: '-mod=mod' },
      { kind: 'unset-env', var: 'GODEBUG' },
      { kind: 'path-add', dir: 'C:\\Users\\bob\\sdk\\go1.26.0\\bin', position: 'prepend' },
      { kind: 'path-remove', entry: 'C:\\old\\go\\bin' },
      { kind: 'go-env-w', var: 'GOPROXY', value: 'https://proxy.golang.org,direct' },
      { kind: 'mkdir', path: 'C:\\Users\\bob\\go\\bin' },
      { kind: 'advice', text: 'install a C compiler (for example MSYS2 mingw-w64) to build with cgo' },
    ];
    const plan = planFixes([{ finding: 'example', fixes }], {
      facts,
      env: facts.env,
      files,
      loginShell: null,
    });
    expect(plan.shells).toEqual(['powershell']);
    // The profile's own GOFLAGS line would override the user environment in PowerShell: it goes.
    expect(plan.files.map((f) => f.path)).toEqual([profile]);
    expect(plan.commands.map((c) => c.display)).toContain(
      "[Environment]::SetEnvironmentVariable('GOFLAGS', '-mod=mod', 'User')",
    );
    expect(plan.commands.map((c) => c.display)).toContain(
      "[Environment]::SetEnvironmentVariable('GODEBUG', $null, 'User')",
    );
    const r = {
      plan,
      findings: 1,
      applied: false,
      verified: [],
      home,
      stateDir: 'C:\\Users\\bob\\AppData\\Local\\go-doctor',
    };
    golden('windows-msi-default.plan.txt', renderFixText(r));
    golden('windows-msi-default.plan.json', renderFixJson(r));
  });

  it('macOS with PowerShell: the profile gets a marked block next to zsh', () => {
    const facts = load('darwin-homebrew.json');
    const home = facts.env.HOME ?? '/Users/alice';
    const zshrc = `${home}/.zshrc`;
    const ps = `${home}/.config/powershell/profile.ps1`;
    const files = withFiles(
      facts,
      home,
      { [zshrc]: 'export GOPATH=go\n', [ps]: "$env:GOPATH = 'go'\n" },
      { powershell: true },
    );
    const plan = planFixes(
      [{ finding: 'gopath-relative', fixes: [{ kind: 'set-env', var: 'GOPATH', value: `${home}/go` }] }],
      {
        facts,
        env: facts.env,
        files,
        loginShell: '/bin/zsh',
      },
    );
    expect(plan.shells).toEqual(['zsh', 'powershell']);
    const r = {
      plan,
      findings: 1,
      applied: false,
      verified: [],
      home,
      stateDir: `${home}/.local/state/go-doctor`,
    };
    golden('darwin-homebrew-pwsh.plan.txt', renderFixText(r));
  });
});
