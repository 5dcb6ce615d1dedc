/**
 * GOPROXY, GOSUMDB and the GOPRIVATE family, against the real go command of every release.
 * No scenario lets go reach the network: downloads come from the world's file:// proxy; the checksum
 * database is only consulted (PROBES.fetchNew) when GOSUMDB is malformed or empty, so go fails before
 * dialling; scenarios with the default GOPROXY/GOSUMDB get a warm module cache and a complete go.sum,
 * and HTTPS_PROXY/HTTP_PROXY point at a closed local port so that any attempt would fail at once.
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PROBES, type Scenario, type Setup, STANDARD_PROBES } from '../support/scenario.js';

/** Copies the world's module cache (example.test/dep v1.0.0) into the scenario's default GOMODCACHE. */
function warmModuleCache(s: Setup): void {
  const src = path.join(s.world.root, 'warm-home', 'go', 'pkg', 'mod');
  if (!existsSync(src)) {
    s.skip('the world has no warm module cache');
    return;
  }
  cpSync(src, path.join(s.home, 'go', 'pkg', 'mod'), { recursive: true });
}

/** Any network request fails locally and at once. */
function noNetwork(s: Setup): void {
  s.env.HTTPS_PROXY = 'http://127.0.0.1:9';
  s.env.HTTP_PROXY = 'http://127.0.0.1:9';
}

export const scenarios: Scenario[] = [
  // --- GOPROXY=off -----------------------------------------------------------------------------------
  {
    name: 'goproxy-off-env',
    about:
      'GOPROXY=off in the environment with an empty module cache: every probe needs a download and fails.',
    setup: (s) => {
      s.env.GOPROXY = 'off';
    },
    expect: {
      goFails: true,
      errors: ['goproxy-off'],
      vars: ['GOPROXY'],
      absent: ['goproxy-invalid'],
      stderr: /module lookup disabled by GOPROXY=off/,
    },
  },
  {
    name: 'goproxy-off-envfile',
    about: 'GOPROXY=off written to the go env file (go env -w accepts it without checking).',
    setup: (s) => {
      delete s.env.GOPROXY;
      s.goEnvFile({ GOPROXY: 'off' });
    },
    expect: {
      goFails: true,
      errors: ['goproxy-off'],
      vars: ['GOPROXY'],
      stderr: /module lookup disabled by GOPROXY=off/,
    },
  },
  {
    name: 'goproxy-off-after-file-proxy',
    about: 'An "off" after a working proxy only disables the fallback: downloads from the proxy work.',
    setup: (s) => {
      s.env.GOPROXY = `${s.world.proxyUrl},off`;
    },
    expect: { goFails: false, absent: ['goproxy-off', 'goproxy-invalid'] },
  },
  // --- malformed lists -------------------------------------------------------------------------------
  {
    name: 'goproxy-invalid-scheme',
    about: 'A bad entry after a working one still breaks every download: the whole list is parsed first.',
    setup: (s) => {
      s.env.GOPROXY = `${s.world.proxyUrl}|ftp://x`;
    },
    expect: {
      goFails: true,
      errors: ['goproxy-invalid'],
      vars: ['GOPROXY'],
      stderr: /invalid proxy URL scheme \(must be https, http, file\): ftp:\/\/x/,
    },
  },
  {
    name: 'goproxy-invalid-path',
    about: 'A bare directory instead of a file:// URL: go does not add a scheme to absolute paths.',
    setup: (s) => {
      s.env.GOPROXY = s.world.proxyDir;
    },
    expect: {
      goFails: true,
      errors: ['goproxy-invalid'],
      vars: ['GOPROXY'],
      stderr: /invalid proxy URL missing scheme: \//,
    },
  },
  {
    name: 'goproxy-no-entries',
    about: 'GOPROXY="," is not empty (so no default applies) but holds no entry.',
    setup: (s) => {
      s.env.GOPROXY = ',';
    },
    expect: {
      goFails: true,
      errors: ['goproxy-invalid'],
      vars: ['GOPROXY'],
      stderr: /GOPROXY list is not the empty string, but contains no entries/,
    },
  },
  {
    name: 'goproxy-file-pipe-list',
    about: 'A "|" list whose first file:// proxy does not exist falls through to the next one: valid.',
    setup: (s) => {
      s.env.GOPROXY = `file://${s.dir}/no-such-proxy|${s.world.proxyUrl},direct`;
    },
    expect: { goFails: false, absent: ['goproxy-invalid', 'goproxy-off', 'goproxy-empty'] },
  },
  {
    name: 'goproxy-empty-envfile',
    about:
      'An empty GOPROXY= line in the go env file hides $GOROOT/go.env (Go 1.21+); an empty OS variable overrides nothing.',
    go: { since: '1.21' },
    setup: (s) => {
      s.env.GOPROXY = '';
      s.goEnvFile({ GOPROXY: '' });
    },
    expect: {
      goFails: true,
      errors: ['goproxy-empty'],
      vars: ['GOPROXY'],
      absent: ['goroot-go-env-missing', 'goproxy-invalid'],
      stderr: /GOPROXY list is not the empty string, but contains no entries/,
    },
  },
  {
    name: 'goproxy-credentials-in-url',
    about: 'A password in a GOPROXY URL works (the file proxy answers first) but go env prints it: warning.',
    setup: (s) => {
      s.env.GOPROXY = `${s.world.proxyUrl},https://alice:s3cret@proxy.example.com,direct`;
      noNetwork(s);
    },
    expect: {
      goFails: false,
      warnings: ['goproxy-credentials'],
      absent: ['goproxy-invalid'],
    },
  },
  {
    name: 'goproxy-mainland-china-default',
    about:
      'zh_CN locale and Asia/Shanghai with the default proxy.golang.org: an info hint. Warm module cache, no download.',
    setup: (s) => {
      delete s.env.GOPROXY;
      s.env.LANG = 'zh_CN.UTF-8';
      s.env.TZ = 'Asia/Shanghai';
      warmModuleCache(s);
      noNetwork(s);
    },
    expect: { goFails: false, infos: ['goproxy-mainland-china'], absent: ['goproxy-empty'] },
  },
  {
    name: 'goproxy-mainland-china-mirror-set',
    about: 'The same locale with a proxy already set (here the local one): no hint.',
    setup: (s) => {
      s.env.LANG = 'zh_CN.UTF-8';
      s.env.TZ = 'Asia/Shanghai';
    },
    expect: { goFails: false, absent: ['goproxy-mainland-china'] },
  },
  // --- GOSUMDB ---------------------------------------------------------------------------------------
  {
    name: 'gosumdb-off-env',
    about: 'GOSUMDB=off: builds and a download missing from go.sum both work, unverified: warning.',
    setup: (s) => {
      s.env.GOSUMDB = 'off';
    },
    probes: [...STANDARD_PROBES, PROBES.fetchNew],
    expect: { goFails: false, warnings: ['gosumdb-off'], absent: ['gosumdb-invalid'] },
  },
  {
    name: 'gosumdb-too-many-fields',
    about: 'GOSUMDB with three fields: verifying a new module version fails before any network access.',
    setup: (s) => {
      s.env.GOSUMDB = 'sum.golang.org https://sum.golang.org extra';
    },
    probes: [PROBES.fetchNew],
    expect: {
      goFails: true,
      errors: ['gosumdb-invalid'],
      vars: ['GOSUMDB'],
      stderr: /verifying go\.mod: invalid GOSUMDB: too many fields/,
    },
  },
  {
    name: 'gosumdb-alias-leading-space',
    about: 'The mainland-China alias with a leading space is no longer the alias: malformed verifier id.',
    setup: (s) => {
      s.env.GOSUMDB = ' sum.golang.google.cn';
    },
    probes: [PROBES.fetchNew],
    expect: {
      goFails: true,
      errors: ['gosumdb-invalid'],
      vars: ['GOSUMDB'],
      stderr: /invalid GOSUMDB: malformed verifier id/,
    },
  },
  {
    name: 'gosumdb-bare-host',
    about: 'A private checksum database named by host only (no key), written with go env -w.',
    setup: (s) => {
      s.goEnvFile({ GOSUMDB: 'sumdb.example.com' });
    },
    probes: [PROBES.fetchNew],
    expect: {
      goFails: true,
      errors: ['gosumdb-invalid'],
      vars: ['GOSUMDB'],
      stderr: /invalid GOSUMDB: malformed verifier id/,
    },
  },
  {
    name: 'gosumdb-alias-cn',
    about: 'GOSUMDB=sum.golang.google.cn is a built-in alias of sum.golang.org: valid (go.sum is complete).',
    setup: (s) => {
      s.env.GOSUMDB = 'sum.golang.google.cn';
      noNetwork(s);
    },
    expect: { goFails: false, absent: ['gosumdb-invalid', 'gosumdb-off', 'gosumdb-empty'] },
  },
  {
    name: 'gosumdb-empty-envfile',
    about:
      'An empty GOSUMDB= line in the go env file (Go 1.21+): verifying a new version says missing GOSUMDB.',
    go: { since: '1.21' },
    setup: (s) => {
      s.goEnvFile({ GOSUMDB: '' });
    },
    probes: [PROBES.fetchNew],
    expect: {
      goFails: true,
      errors: ['gosumdb-empty'],
      vars: ['GOSUMDB'],
      absent: ['gosumdb-invalid', 'goroot-go-env-missing'],
      stderr: /verifying go\.mod: missing GOSUMDB/,
    },
  },
  // --- GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE -----------------------------------------------------
  {
    name: 'goprivate-gonoproxy-none',
    about:
      'GOPRIVATE=example.test with GONOPROXY=none (as go help private recommends): proxy used, sumdb skipped.',
    setup: (s) => {
      s.env.GOPRIVATE = 'example.test';
      s.env.GONOPROXY = 'none';
    },
    probes: [...STANDARD_PROBES, PROBES.fetchNew],
    expect: { goFails: false, absent: ['goprivate-too-broad'] },
  },
  {
    name: 'gonosumdb-alone',
    about: 'GONOSUMDB without GONOPROXY: they need not be equal (seed claim d is false).',
    setup: (s) => {
      s.env.GONOSUMDB = 'example.test';
    },
    probes: [...STANDARD_PROBES, PROBES.fetchNew],
    expect: { goFails: false, absent: ['goprivate-too-broad'] },
  },
  {
    name: 'goprivate-star-gonoproxy-none',
    about: 'GOPRIVATE=* with GONOPROXY=none: downloads use the proxy but nothing is checked against sumdb.',
    setup: (s) => {
      s.env.GOPRIVATE = '*';
      s.env.GONOPROXY = 'none';
    },
    probes: [...STANDARD_PROBES, PROBES.fetchNew],
    expect: { goFails: false, warnings: ['goprivate-too-broad'] },
  },
  {
    name: 'gonosumdb-star',
    about: 'GONOSUMDB=* in the go env file: every module skips the checksum database.',
    setup: (s) => {
      s.goEnvFile({ GONOSUMDB: '*' });
    },
    probes: [...STANDARD_PROBES, PROBES.fetchNew],
    expect: { goFails: false, warnings: ['goprivate-too-broad'] },
  },
  {
    name: 'gonoproxy-star-warm-cache',
    about: 'GONOPROXY=*.* bypasses the proxy for every module; with a warm module cache builds still work.',
    setup: (s) => {
      s.env.GONOPROXY = '*.*';
      warmModuleCache(s);
      noNetwork(s);
    },
    expect: { goFails: false, warnings: ['goprivate-too-broad'] },
  },
  {
    name: 'goinsecure-one-host',
    about: 'GOINSECURE for one host: builds work through the proxy; warning (sumdb still applies).',
    setup: (s) => {
      s.env.GOINSECURE = 'example.test';
    },
    expect: { goFails: false, warnings: ['goinsecure-set'] },
  },
  {
    name: 'goinsecure-star',
    about: 'GOINSECURE=* via go env -w: every direct fetch may be plain HTTP; builds still work: warning.',
    setup: (s) => {
      s.goEnvFile({ GOINSECURE: '*' });
    },
    expect: { goFails: false, warnings: ['goinsecure-set'] },
  },
];
