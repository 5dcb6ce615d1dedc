import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './gotoolchain-download.js';

const ZIP = '/srv/proxy/golang.org/toolchain/@v/v0.0.1-go1.99.0.linux-amd64.zip';

/** GOTOOLCHAIN asks for go1.99.0, and GOPROXY is value. */
function wants(f: Facts, proxy: string, zipFound?: boolean): Facts {
  setEnv(f, 'GOTOOLCHAIN', 'go1.99.0');
  setEnv(f, 'GOPROXY', proxy);
  f.fileProxies = proxy
    .split(/[,|]/)
    .filter((e) => e.startsWith('file://'))
    .map((url) => ({
      url,
      dir: url.slice(7),
      exists: true,
      toolchain: { name: 'go1.99.0', zip: ZIP, found: zipFound === true },
    }));
  return f;
}

describe('gotoolchain-download', () => {
  it('passes when no switch is needed', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('informs that the default proxy will download the toolchain', () => {
    const r = runCheck(check, wants(linuxFacts(), 'https://proxy.golang.org,direct'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['download', 'info']]);
    expect(r.findings[0]?.message).toContain('downloads it from "https://proxy.golang.org" on first use');
  });

  it('reports GOPROXY=off as an error naming GOTOOLCHAIN and GOPROXY', () => {
    const r = runCheck(check, wants(linuxFacts(), 'off'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['unavailable', 'error']]);
    expect(r.findings[0]?.vars).toEqual(['GOTOOLCHAIN', 'GOPROXY']);
    expect(r.findings[0]?.why).toContain('go: download go1.99.0 for linux/amd64: toolchain not available');
  });

  it('reports file:// proxies without the zip, then off or the end of the list', () => {
    expect(runCheck(check, wants(linuxFacts(), 'file:///srv/proxy')).findings[0]?.code).toBe('unavailable');
    expect(runCheck(check, wants(linuxFacts(), 'file:///srv/proxy,off')).findings[0]?.code).toBe(
      'unavailable',
    );
    const net = runCheck(check, wants(linuxFacts(), 'file:///srv/proxy,https://goproxy.example'));
    expect(net.findings.map((x) => [x.code, x.severity])).toEqual([['download', 'info']]);
  });

  it('uses a toolchain already in the module cache', () => {
    const f = wants(linuxFacts(), 'off');
    setEnv(f, 'GOSUMDB', 'sum.golang.org');
    f.toolchainCache = {
      name: 'go1.99.0',
      dir: '/home/alice/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.99.0.linux-amd64',
      found: true,
    };
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['download', 'info']]);
    expect(r.findings[0]?.message).toContain('already in the module cache');
  });

  it('reports GOSUMDB=off: toolchains are always verified unless GOPROXY is a single file:// proxy', () => {
    const f = setEnv(wants(linuxFacts(), 'file:///srv/proxy,off', true), 'GOSUMDB', 'off');
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['sumdb-off', 'error']]);
    expect(r.findings[0]?.vars).toEqual(['GOSUMDB', 'GOTOOLCHAIN']);
    expect(r.findings[0]?.why).toContain(
      'golang.org/toolchain@v0.0.1-go1.99.0.linux-amd64: verifying module: checksum database disabled by GOSUMDB=off',
    );
    expect(r.findings[0]?.fixes[0]?.text).toBe('unset GOSUMDB');
    // Even for a cached toolchain.
    const cached = setEnv(wants(linuxFacts(), 'https://proxy.golang.org', false), 'GOSUMDB', 'off');
    cached.toolchainCache = { name: 'go1.99.0', dir: '/x', found: true };
    expect(runCheck(check, cached).findings[0]?.code).toBe('sumdb-off');
  });

  it('accepts GOSUMDB=off or a matching GONOSUMDB with a single file:// proxy that has the zip', () => {
    const off = setEnv(wants(linuxFacts(), 'file:///srv/proxy', true), 'GOSUMDB', 'off');
    expect(runCheck(check, off).findings.map((x) => [x.code, x.severity])).toEqual([['download', 'info']]);
    const nosum = setEnv(wants(linuxFacts(), 'file:///srv/proxy', true), 'GONOSUMDB', 'golang.org');
    expect(runCheck(check, nosum).findings.map((x) => x.severity)).toEqual(['info']);
  });

  it('reports an empty GOSUMDB when the checksum database is needed', () => {
    const f = setEnv(wants(linuxFacts(), 'file:///srv/proxy', true), 'GOSUMDB', '', '');
    if (f.gorootEnvFile) f.gorootEnvFile.entries = f.gorootEnvFile.entries.filter((e) => e.key !== 'GOSUMDB');
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('sumdb-off');
    expect(r.findings[0]?.why).toContain('verifying module: missing GOSUMDB');
  });

  it('leaves an empty GOPROXY and language versions to other checks', () => {
    const f = wants(linuxFacts(), '');
    if (f.gorootEnvFile) f.gorootEnvFile.entries = [];
    setEnv(f, 'GOTOOLCHAIN', 'go1.99.0');
    expect(runCheck(check, f).findings).toEqual([]);
    expect(runCheck(check, setEnv(wants(linuxFacts(), 'off'), 'GOTOOLCHAIN', 'go1.99')).findings).toEqual([]);
  });

  it('informs about a switch to a goX.Y.Z on PATH, and reports one that is another release', () => {
    const f = wants(linuxFacts(), 'off');
    f.goBinaries.push({
      name: 'go1.99.0',
      path: '/home/alice/go/bin/go1.99.0',
      pathIndex: 1,
      realPath: '/home/alice/sdk/go1.99.0/bin/go',
      goroot: '/home/alice/sdk/go1.99.0',
      version: '1.99.0',
      versionSource: 'VERSION file',
      executable: true,
    });
    expect(runCheck(check, f).findings.map((x) => [x.code, x.severity])).toEqual([['from-path', 'info']]);
    const b = f.goBinaries[1];
    if (b) b.version = '1.22.12';
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['path-wrong-version', 'error']]);
    expect(r.findings[0]?.why).toContain('go: toolchain go1.22.12 invoked to provide go1.99.0');
    // A version only guessed from the file name proves nothing.
    if (b) b.versionSource = 'file name';
    expect(runCheck(check, f).findings[0]?.code).toBe('from-path');
  });

  it('names the go.mod that asks for the switch', () => {
    const f = wants(linuxFacts(), 'https://proxy.golang.org,direct');
    setEnv(f, 'GOTOOLCHAIN', 'auto');
    if (f.module.gomod) f.module.gomod.go = '1.99.0';
    expect(runCheck(check, f).findings[0]?.message).toContain('the go line in go.mod needs go 1.99.0');
  });

  it('does not apply before Go 1.21', () => {
    expect(runCheck(check, setGoVersion(wants(linuxFacts(), 'off'), '1.19.8')).status).toBe('skipped');
  });
});
