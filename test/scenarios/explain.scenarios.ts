/**
 * Values in the go env file (go env -w) hidden, or NOT hidden, by the environment, and go.env hidden by
 * an empty line: the check verdicts must match what the real go does, and `go-doctor explain` must name
 * the layer each value comes from and the layers it hides or skips.
 */
import { compare } from '../../src/core/version.js';
import type { Scenario } from '../support/scenario.js';

const atLeast = (v: string, x: string) => compare(v, x) >= 0;

export const scenarios: Scenario[] = [
  {
    name: 'explain-env-hides-envfile-goflags',
    about:
      'go env -w GOFLAGS=-mod=bogus is hidden by GOFLAGS=-mod=mod in the environment: every probe works.',
    setup: (s) => {
      s.goEnvFile({ GOFLAGS: '-mod=bogus' });
      s.env.GOFLAGS = '-mod=mod';
    },
    expect: {
      goFails: false,
      warnings: ['envfile-shadowed'],
      absent: ['goflags-mod-invalid', 'goflags-invalid'],
      explain: { GOFLAGS: { source: 'env', shadowed: ['envfile'], ignored: [] } },
    },
  },
  {
    name: 'explain-empty-env-keeps-envfile-goflags',
    about: 'GOFLAGS= (empty) does not clear go env -w GOFLAGS=-mod=bogus: go still refuses the mode.',
    setup: (s) => {
      s.goEnvFile({ GOFLAGS: '-mod=bogus' });
      s.env.GOFLAGS = '';
    },
    expect: {
      goFails: true,
      errors: ['goflags-mod-invalid'],
      vars: ['GOFLAGS'],
      stderr: /-mod=bogus not supported/,
      explain: { GOFLAGS: { source: 'envfile', shadowed: [], ignored: ['env'] } },
    },
  },
  {
    name: 'explain-empty-env-keeps-envfile-goproxy-off',
    about: 'GOPROXY= (empty) in the environment does not clear go env -w GOPROXY=off: downloads are refused.',
    setup: (s) => {
      s.goEnvFile({ GOPROXY: 'off' });
      s.env.GOPROXY = '';
    },
    expect: (v) => ({
      goFails: true,
      errors: ['goproxy-off'],
      vars: ['GOPROXY'],
      stderr: /module lookup disabled by GOPROXY=off/,
      explain: {
        // The file's GOPROXY=off also hides $GOROOT/go.env's proxy (Go 1.21+).
        GOPROXY: { source: 'envfile', shadowed: atLeast(v, '1.21') ? ['goroot'] : [], ignored: ['env'] },
      },
    }),
  },
  {
    name: 'explain-empty-line-blocks-goenv-goproxy',
    about:
      'A GOPROXY= line in the go env file (nothing in the environment) blocks $GOROOT/go.env: GOPROXY is empty and downloads fail.',
    go: { since: '1.21' },
    setup: (s) => {
      delete s.env.GOPROXY;
      s.goEnvFile({ GOPROXY: '' });
    },
    expect: {
      goFails: true,
      errors: ['goproxy-empty'],
      vars: ['GOPROXY'],
      absent: ['goroot-go-env-missing', 'goproxy-invalid'],
      stderr: /GOPROXY list is not the empty string, but contains no entries/,
      explain: { GOPROXY: { source: 'default', shadowed: ['goroot'], ignored: ['envfile'] } },
    },
  },
  {
    name: 'explain-envfile-hides-goenv-gosumdb',
    about:
      'go env -w GOSUMDB=off hides $GOROOT/go.env (1.21+) or the built-in sum.golang.org: a new version downloads unverified, with a note.',
    probes: [
      { name: 'mod download (new)', args: ['mod', 'download', 'example.test/dep@v1.1.0'] },
      { name: 'build', args: ['build', './...'] },
    ],
    setup: (s) => {
      s.goEnvFile({ GOSUMDB: 'off' });
    },
    expect: (v) => ({
      goFails: false,
      absent: ['gosumdb-invalid', 'gosumdb-empty'],
      explain: {
        GOSUMDB: { source: 'envfile', shadowed: atLeast(v, '1.21') ? ['goroot'] : [], ignored: [] },
      },
    }),
  },
  {
    name: 'explain-env-hides-envfile-gotoolchain',
    about:
      'go env -w GOTOOLCHAIN=go1.99.0 (not installable) is hidden by GOTOOLCHAIN=local in the environment: go runs locally.',
    go: { since: '1.21' },
    setup: (s) => {
      s.goEnvFile({ GOTOOLCHAIN: 'go1.99.0' });
      s.env.GOTOOLCHAIN = 'local';
    },
    expect: {
      goFails: false,
      warnings: ['envfile-shadowed'],
      absent: ['gotoolchain-invalid', 'gotoolchain-download'],
      explain: { GOTOOLCHAIN: { source: 'env', shadowed: ['envfile', 'goroot'], ignored: [] } },
    },
  },
];
