/**
 * macOS and Windows installations, which this Linux CI cannot be, as fact snapshots
 * (test/fixtures/installs/, each with its origin): manager classification from the paths alone, the
 * installs view, and the new checks over them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../src/checks/index.js';
import { parseFacts } from '../src/core/factsfile.js';
import { classifyManager, installsView } from '../src/core/installs.js';
import { createContext, runChecks } from '../src/core/run.js';
import { ROOT } from './support/cli.js';

function load(name: string) {
  const file = path.join(ROOT, 'test', 'fixtures', 'installs', name);
  return parseFacts(readFileSync(file, 'utf8'), file);
}

describe('macOS installations', () => {
  const facts = load('darwin-many.json');
  it('says where its facts come from', () => {
    expect(facts.origin?.length ?? 0).toBeGreaterThan(80);
  });
  it('classifies Homebrew (go and go@1.NN), the .pkg, golang.org/dl and goenv from their paths', () => {
    const got = (facts.installs ?? []).map((i) => classifyManager([i.realPath, i.goroot, i.path], 'darwin'));
    expect(got).toEqual(['homebrew', 'golang.org/dl', 'official', 'homebrew', 'goenv']);
  });
  it('marks Homebrew active and the go line of go.mod selects a download (not installed)', () => {
    const view = installsView(facts, createContext(facts).toolchain);
    expect(view.installs.filter((i) => i.active).map((i) => i.path)).toEqual(['/opt/homebrew/bin/go']);
    expect(view.toolchain).toMatchObject({ outcome: 'download', toolchain: 'go1.22.0', cached: false });
    expect(view.installs.some((i) => i.selected)).toBe(false);
  });
  it('warns about gopls built by go1.20.14 and the several releases on PATH', () => {
    const { results } = runChecks(allChecks, facts);
    const found = results.flatMap((r) => r.findings.map((f) => `${f.severity} ${f.id}/${f.code}`));
    expect(found).toContain('warning gobin-tool-old-go/older-than-module');
    expect(results.filter((r) => r.status === 'crashed')).toEqual([]);
    expect(found.filter((f) => f.startsWith('error'))).toEqual([]);
  });
});

describe('Windows installations', () => {
  const facts = load('windows-many.json');
  it('says where its facts come from', () => {
    expect(facts.origin?.length ?? 0).toBeGreaterThan(80);
  });
  it('classifies the MSI, scoop (shim and app dir), chocolatey and golang.org/dl, case-insensitively', () => {
    const got = (facts.installs ?? []).map((i) => classifyManager([i.realPath, i.goroot, i.path], 'windows'));
    expect(got).toEqual(['official', 'scoop', 'chocolatey', 'scoop', 'golang.org/dl']);
    expect(classifyManager(['c:\\program files\\go\\bin\\go.exe'], 'windows')).toBe('official');
    expect(classifyManager(['C:\\Go\\bin\\go.exe'], 'windows')).toBe('official');
    expect(classifyManager(['C:\\tools\\go\\bin\\go.exe'], 'windows')).toBe('unknown');
  });
  it('marks the MSI go active and selected', () => {
    const view = installsView(facts, createContext(facts).toolchain);
    expect(view.installs.filter((i) => i.active).map((i) => i.manager)).toEqual(['official']);
    expect(view.installs.filter((i) => i.selected).map((i) => i.manager)).toEqual(['official']);
  });
  it('warns that sort.exe from go install shadows System32, and never checks PATH modes there', () => {
    const { results } = runChecks(allChecks, facts);
    const shadow = results.find((r) => r.id === 'gobin-shadows-system');
    expect(shadow?.findings.map((f) => [f.code, f.data.system])).toEqual([
      ['shadows', 'C:\\WINDOWS\\system32\\sort.exe'],
    ]);
    expect(results.find((r) => r.id === 'path-writable-by-others')?.status).toBe('skipped');
    expect(results.filter((r) => r.status === 'crashed')).toEqual([]);
  });
});

describe('classifyManager on Linux paths', () => {
  it.each([
    [['/usr/lib/go-1.23/bin/go', '/usr/lib/go-1.23', '/usr/bin/go'], 'debian'],
    [['/usr/lib/golang/bin/go'], 'fedora'],
    [['/usr/lib/go/bin/go'], 'distro'],
    [['/snap/go/10730/bin/go'], 'snap'],
    [['/home/linuxbrew/.linuxbrew/Cellar/go/1.23.5/libexec/bin/go'], 'homebrew'],
    [['/home/a/.asdf/installs/golang/1.22.1/go/bin/go'], 'asdf'],
    [['/home/a/.asdf/shims/go'], 'asdf'],
    [['/home/a/.local/share/mise/installs/go/1.22.1/bin/go'], 'mise'],
    [['/home/a/.gvm/gos/go1.22.1/bin/go'], 'gvm'],
    [['/home/a/.g/versions/1.22.1/bin/go'], 'g'],
    [['/home/a/.go/current/bin/go'], 'goup'],
    [['/home/a/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.23.5.linux-amd64/bin/go'], 'toolchain'],
    [['/opt/go/bin/go'], 'unknown'],
  ] as const)('%s -> %s', (paths, manager) => {
    expect(classifyManager(paths, 'linux')).toBe(manager);
  });
  it('lets a custom root win', () => {
    expect(
      classifyManager(['/data/asdf/installs/golang/1.22.1/go/bin/go'], 'linux', { asdf: ['/data/asdf'] }),
    ).toBe('asdf');
  });
});
