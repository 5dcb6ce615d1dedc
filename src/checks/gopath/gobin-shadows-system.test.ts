import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import type { Facts, GoToolFacts } from '../../core/facts.js';
import check from './gobin-shadows-system.js';

// PATH in linuxFacts: 0 /usr/local/go/bin, 1 ~/go/bin, 2 /usr/local/bin, 3 /usr/bin, 4 /bin
function withTool(f: Facts, t: Partial<GoToolFacts> & { name: string }): Facts {
  f.goTools = [
    ...(f.goTools ?? []),
    { path: `/home/alice/go/bin/${t.name}`, dir: 'GOPATH[0]/bin', pathIndex: 1, system: [], ...t },
  ];
  return f;
}

describe('gobin-shadows-system', () => {
  it('says nothing when the tools were not collected, or collide with nothing', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, withTool(linuxFacts(), { name: 'gopls' })).findings).toEqual([]);
  });

  it('warns when an installed tool shadows a later system command, naming both, with a PATH reorder', () => {
    const f = withTool(linuxFacts(), { name: 'sort', system: [{ path: '/usr/bin/sort', pathIndex: 3 }] });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.code).toBe('shadows');
    expect(x?.severity).toBe('warning');
    expect(x?.message).toBe(
      '/home/alice/go/bin/sort (installed with go install) shadows the system command /usr/bin/sort: running "sort" runs the installed one.',
    );
    expect(x?.fixes.map((y) => y.text)).toEqual([
      'remove "/home/alice/go/bin" from PATH where your shell startup files set it',
      'export PATH="$PATH:/home/alice/go/bin"',
    ]);
  });

  it('warns when a system command comes first and the installed tool never runs', () => {
    const f = withTool(linuxFacts(), {
      name: 'gopls',
      pathIndex: 4,
      path: '/opt/gobin/gopls',
      system: [{ path: '/usr/bin/gopls', pathIndex: 3 }],
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('shadowed');
    expect(r.findings[0]?.message).toBe(
      '/opt/gobin/gopls never runs by name: the system command /usr/bin/gopls comes first on PATH.',
    );
  });

  it('ignores install directories that are not on PATH (gobin-not-on-path reports that)', () => {
    const f = withTool(linuxFacts(), {
      name: 'sort',
      pathIndex: null,
      system: [{ path: '/usr/bin/sort', pathIndex: 3 }],
    });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('uses the shell asked for', () => {
    const f = withTool(linuxFacts(), { name: 'sort', system: [{ path: '/usr/bin/sort', pathIndex: 3 }] });
    expect(runCheck(check, f, 'fish').findings[0]?.fixes[1]?.text).toBe(
      'fish_add_path --global --append /home/alice/go/bin',
    );
  });
});
