/**
 * The relocate plan from facts: layout, how each setting is changed, PATH, refusals and Windows
 * warnings. Windows comes from fact snapshots (test/fixtures/relocate, each with its origin).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/support/cli.js';
import { linuxFacts, setEnv, setEnvFile } from '../../test/support/facts.js';
import type { Facts } from '../core/facts.js';
import { parseFacts } from '../core/factsfile.js';
import { createContext } from '../core/run.js';
import { renderPlanText } from '../report/relocate.js';
import {
  assessPlan,
  type Measure,
  PlanError,
  parseVars,
  planMoves,
  type RelocVar,
  SPACE_MARGIN,
} from './plan.js';

function windows(): Facts {
  const file = path.join(ROOT, 'test/fixtures/relocate/windows-gocache-env.json');
  return parseFacts(readFileSync(file, 'utf8'), file);
}

const size = (bytes: number, files = 10, volume = 'src'): Measure => ({
  exists: true,
  bytes,
  files,
  dirs: 2,
  links: 0,
  errorCount: 0,
  volume,
});

function plan(
  facts: Facts,
  target: string,
  vars: RelocVar[],
  sizes = {},
  free: number | null = null,
  volume?: string,
) {
  const ctx = createContext(facts);
  const moves = planMoves(ctx, target, vars);
  return assessPlan({
    ctx,
    target,
    moves,
    sizes,
    targetInfo: { free, ...(volume ? { volume } : {}) },
  });
}

describe('relocate plan', () => {
  it('parses --vars', () => {
    expect(parseVars(undefined)).toEqual(['GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOBIN']);
    expect(parseVars('gocache, GOPATH')).toEqual(['GOCACHE', 'GOPATH']);
    expect(() => parseVars('GOROOT')).toThrow(PlanError);
  });

  it('Linux defaults: GOMODCACHE and the install dir move with GOPATH; go env -w for GOPATH and GOCACHE', () => {
    const f = linuxFacts();
    const p = plan(f, '/mnt/big/go', ['GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOBIN']);
    const byVar = Object.fromEntries(p.moves.map((m) => [m.var, m]));
    expect(byVar.GOPATH?.to).toBe('/mnt/big/go/gopath');
    expect(byVar.GOPATH?.fixes).toEqual([{ kind: 'go-env-w', var: 'GOPATH', value: '/mnt/big/go/gopath' }]);
    expect(byVar.GOMODCACHE).toMatchObject({ to: '/mnt/big/go/gopath/pkg/mod', within: 'GOPATH', fixes: [] });
    expect(byVar.GOBIN).toMatchObject({
      from: '/home/alice/go/bin',
      to: '/mnt/big/go/gopath/bin',
      fixes: [],
    });
    expect(byVar.GOCACHE?.fixes).toEqual([
      { kind: 'go-env-w', var: 'GOCACHE', value: '/mnt/big/go/go-build' },
    ]);
    expect(p.pathFixes).toEqual([
      { kind: 'path-add', dir: '/mnt/big/go/gopath/bin', position: 'append' },
      { kind: 'path-remove', entry: '/home/alice/go/bin' },
    ]);
    expect(p.refused).toBe(false);
  });

  it('a default GOMODCACHE follows GOPATH even when not named; an explicit one goes to DIR/gomodcache', () => {
    const f = setEnv(linuxFacts(), 'GOMODCACHE', '/cache/mod');
    const p = plan(f, '/mnt/big/go', ['GOPATH', 'GOMODCACHE']);
    expect(p.moves.find((m) => m.var === 'GOMODCACHE')).toMatchObject({
      to: '/mnt/big/go/gomodcache',
      fixes: [{ kind: 'set-env', var: 'GOMODCACHE', value: '/mnt/big/go/gomodcache' }],
    });
    const q = plan(linuxFacts(), '/mnt/big/go', ['GOPATH']);
    expect(q.moves.map((m) => `${m.var}:${m.to}`)).toEqual([
      'GOPATH:/mnt/big/go/gopath',
      'GOMODCACHE:/mnt/big/go/gopath/pkg/mod',
    ]);
  });

  it('a variable set in the environment gets set-env (a go env -w would be shadowed), plus go env -w for a shadowed line', () => {
    const f = setEnv(setEnvFile(linuxFacts(), 'GOCACHE', '/old'), 'GOCACHE', '/home/alice/gc');
    const p = plan(f, '/mnt/big/go', ['GOCACHE']);
    expect(p.moves[0]?.fixes).toEqual([
      { kind: 'set-env', var: 'GOCACHE', value: '/mnt/big/go/go-build' },
      { kind: 'go-env-w', var: 'GOCACHE', value: '/mnt/big/go/go-build' },
    ]);
  });

  it('refuses a target inside a source, a source inside the target, and a stay-behind directory inside a moving one', () => {
    const f = linuxFacts();
    expect(plan(f, '/home/alice/go/new', ['GOPATH']).notes.map((n) => n.code)).toContain(
      'target-inside-source',
    );
    expect(plan(f, '/home/alice', ['GOCACHE']).notes.map((n) => n.code)).toContain('source-inside-target');
    const g = setEnv(linuxFacts(), 'GOCACHE', '/home/alice/go/cache');
    const p = plan(g, '/mnt/x', ['GOPATH']);
    expect(p.refused).toBe(true);
    expect(p.notes.find((n) => n.code === 'would-sweep')?.message).toBe(
      'GOCACHE (/home/alice/go/cache) is inside GOPATH (/home/alice/go) but does not move; move it too (--vars GOPATH,GOCACHE)',
    );
    expect(plan(f, '/mnt/a:b', ['GOPATH']).notes.map((n) => n.code)).toContain('target-separator');
  });

  it('refuses when the sizes (plus per-file block slack and a margin) exceed the free space, and a same-volume target', () => {
    const f = linuxFacts();
    const sizes = { GOPATH: size(1_000_000, 100), GOCACHE: size(2_000_000, 100) };
    const need = 3_000_000 + (200 + 4) * 4096;
    const ok = plan(f, '/mnt/x', ['GOPATH', 'GOCACHE'], sizes, need + SPACE_MARGIN, 'dst');
    expect(ok.needBytes).toBe(need);
    expect(ok.refused).toBe(false);
    const tight = plan(f, '/mnt/x', ['GOPATH', 'GOCACHE'], sizes, need + SPACE_MARGIN - 1, 'dst');
    expect(tight.notes.filter((n) => n.level === 'refuse').map((n) => n.code)).toEqual(['no-space']);
    const same = plan(f, '/mnt/x', ['GOPATH', 'GOCACHE'], sizes, 1e12, 'src');
    expect(same.notes.find((n) => n.code === 'same-volume')?.level).toBe('refuse');
  });

  it('Windows: set-env through the user environment, PATH length, system drive, spaces and non-ASCII', () => {
    const p = plan(windows(), 'C:\\Go Stuff\\écrits', ['GOCACHE', 'GOBIN']);
    const codes = p.notes.map((n) => `${n.level} ${n.code}`);
    expect(codes).toEqual([
      'info space-unknown',
      'warning target-on-system-drive',
      'info off-system-drive',
      'warning target-spaces',
      'warning target-non-ascii',
      'warning path-length',
    ]);
    expect(p.notes.find((n) => n.code === 'path-length')?.message).toBe(
      'PATH will be 1838 characters long, close to the 2047-character limit some Windows tools cut it at',
    );
    const text = renderPlanText(p, { shell: 'powershell' });
    expect(text).toContain(
      "you run: [Environment]::SetEnvironmentVariable('GOCACHE', 'C:\\Go Stuff\\écrits\\go-build', 'User')",
    );
    const d = plan(
      windows(),
      'D:\\go',
      ['GOPATH', 'GOCACHE'],
      { GOPATH: size(5e9, 1000, 'C:'), GOCACHE: size(3e9, 1000, 'C:') },
      4e9,
      'D:',
    );
    expect(d.notes.filter((n) => n.level === 'refuse').map((n) => n.message)).toEqual([
      'not enough space on the target: about 7.5 GiB needed plus a 64.0 MiB margin, 3.7 GiB free',
    ]);
    expect(d.notes.some((n) => n.code === 'target-on-system-drive')).toBe(false);
  });
});
