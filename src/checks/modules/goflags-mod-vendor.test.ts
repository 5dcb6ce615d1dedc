import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './goflags-mod-vendor.js';

function vendor(requires: number | undefined, hasVendor = false): Facts {
  const f = setEnv(linuxFacts(), 'GOFLAGS', '-mod=vendor');
  if (f.module.gomod) {
    if (requires === undefined) delete f.module.gomod.requires;
    else f.module.gomod.requires = requires;
  }
  f.module.vendor = hasVendor;
  return f;
}

describe('goflags-mod-vendor', () => {
  it('passes on a healthy machine, and with a vendor directory', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, vendor(2, true)).findings).toEqual([]);
  });

  it('is an error without vendor/ when go.mod requires modules', () => {
    const r = runCheck(check, vendor(1));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('/home/alice/proj has no vendor directory');
    expect(f?.why).toContain('go: inconsistent vendoring');
    expect(f?.why).toContain('go mod vendor');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOFLAGS']);
  });

  it('only notes it when go.mod requires nothing, and warns when it cannot tell', () => {
    expect(runCheck(check, vendor(0)).findings[0]?.severity).toBe('info');
    expect(runCheck(check, vendor(undefined)).findings[0]?.severity).toBe('warning');
  });

  it('uses the go.work directory in workspace mode (Go 1.22+)', () => {
    const f = vendor(1);
    f.module.gowork = { path: '/home/alice/go.work', godebug: [], use: ['./proj'] };
    f.module.workVendor = false;
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.why).toContain('go work vendor');
    f.module.workVendor = true;
    expect(runCheck(check, f).findings).toEqual([]);
    // Before 1.22 workspace mode refuses -mod=vendor: goflags-mod-workspace says so.
    f.module.workVendor = false;
    if (f.module.gomod) f.module.gomod.go = '1.18';
    expect(runCheck(check, setGoVersion(f, '1.21.13')).findings).toEqual([]);
  });

  it('is silent outside a module and with GO111MODULE=off', () => {
    const f = vendor(1);
    f.module.gomod = null;
    expect(runCheck(check, f).findings).toEqual([]);
    expect(runCheck(check, setEnv(vendor(1), 'GO111MODULE', 'off')).findings).toEqual([]);
  });
});
