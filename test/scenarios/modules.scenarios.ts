import path from 'node:path';
import { compare } from '../../src/core/version.js';
import { PROBES, type Scenario } from '../support/scenario.js';

/** The go.work of a workspace around the scenario's module (dir/work). */
const GO_WORK = 'go 1.19\n\nuse ./work\n';

/** vendor/ as `go mod vendor` writes it for the template module (same on every release tested). */
function writeVendor(s: Parameters<NonNullable<Scenario['setup']>>[0]): void {
  s.write('work/vendor/modules.txt', '# example.test/dep v1.0.0\n## explicit; go 1.19\nexample.test/dep\n');
  s.write(
    'work/vendor/example.test/dep/dep.go',
    'package dep\n\n// Hello says hello.\nfunc Hello() string { return "hello v1.0.0" }\n',
  );
}

export const scenarios: Scenario[] = [
  // GO111MODULE ------------------------------------------------------------------------------------------
  {
    name: 'go111module-invalid-env',
    about: 'GO111MODULE=yes: every module command (and go env -json) fails.',
    setup: (s) => {
      s.env.GO111MODULE = 'yes';
    },
    expect: {
      goFails: true,
      errors: ['go111module-invalid'],
      vars: ['GO111MODULE'],
      stderr: /go: unknown environment setting GO111MODULE=yes/,
    },
  },
  {
    name: 'go111module-invalid-envfile',
    about: 'GO111MODULE=On written into the go env file by hand: values are case-sensitive, builds fail.',
    setup: (s) => {
      s.goEnvFile({ GO111MODULE: 'On' });
    },
    expect: {
      goFails: true,
      errors: ['go111module-invalid'],
      vars: ['GO111MODULE'],
      stderr: /unknown environment setting GO111MODULE=On/,
    },
  },
  {
    name: 'go111module-off-gomod',
    about: 'GO111MODULE=off inside a module: go mod download fails, builds ignore go.mod.',
    setup: (s) => {
      s.env.GO111MODULE = 'off';
    },
    expect: {
      goFails: true,
      errors: ['go111module-off'],
      vars: ['GO111MODULE'],
      stderr: /go: modules disabled by GO111MODULE=off; see 'go help modules'/,
    },
  },
  {
    name: 'go111module-off-envfile',
    about: 'GO111MODULE=off outside any module (go env -w): GOPATH mode still builds a stdlib-only package.',
    setup: (s) => {
      s.goEnvFile({ GO111MODULE: 'off' });
      s.write('plain/main.go', 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n');
      s.cwd = path.join(s.dir, 'plain');
    },
    probes: [PROBES.build],
    expect: { goFails: false, warnings: ['go111module-off'], absent: ['go111module-invalid'] },
  },
  {
    name: 'go111module-auto-gomod',
    about: 'GO111MODULE=auto with a go.mod means module mode (since Go 1.13): nothing to report.',
    setup: (s) => {
      s.env.GO111MODULE = 'auto';
    },
    expect: { goFails: false, absent: ['go111module-off', 'go111module-invalid'] },
  },

  // GOFLAGS ----------------------------------------------------------------------------------------------
  {
    name: 'goflags-unknown-envfile',
    about: 'go env -w GOFLAGS=-bogus is accepted, then every build fails (go env hides the error).',
    setup: (s) => {
      s.goEnvFile({ GOFLAGS: '-bogus' });
    },
    expect: {
      goFails: true,
      errors: ['goflags-invalid'],
      vars: ['GOFLAGS'],
      stderr: /go: parsing \$GOFLAGS: unknown flag -bogus/,
    },
  },
  {
    name: 'goflags-nonflag',
    about: 'GOFLAGS=mod=mod (dash forgotten): every go command fails with "non-flag".',
    setup: (s) => {
      s.env.GOFLAGS = 'mod=mod';
    },
    expect: {
      goFails: true,
      errors: ['goflags-invalid'],
      vars: ['GOFLAGS'],
      stderr: /go: parsing \$GOFLAGS: non-flag "mod=mod"/,
    },
  },
  {
    name: 'goflags-needs-value',
    about: 'GOFLAGS=-tags without =value: build, test and install need an argument.',
    setup: (s) => {
      s.env.GOFLAGS = '-tags';
    },
    expect: {
      goFails: true,
      errors: ['goflags-invalid'],
      vars: ['GOFLAGS'],
      stderr: /go: flag needs an argument: -tags \(from \$GOFLAGS\)/,
    },
  },
  {
    name: 'goflags-bad-bool',
    about: 'GOFLAGS=-trimpath=maybe: a boolean flag with a value that is not a boolean.',
    setup: (s) => {
      s.env.GOFLAGS = '-trimpath=maybe';
    },
    expect: {
      goFails: true,
      errors: ['goflags-invalid'],
      vars: ['GOFLAGS'],
      stderr: /go: invalid boolean value "maybe" for flag -trimpath \(from \$GOFLAGS\)/,
    },
  },
  {
    name: 'goflags-test-only',
    about: 'GOFLAGS=-count=x: only go test defines -count, so build works and test fails.',
    setup: (s) => {
      s.env.GOFLAGS = '-count=x';
    },
    expect: {
      goFails: true,
      errors: ['goflags-invalid'],
      vars: ['GOFLAGS'],
      stderr: /go: invalid value "x" for flag -count \(from \$GOFLAGS\): parse error/,
    },
  },
  {
    name: 'goflags-valid-several',
    about: 'A valid GOFLAGS with several flags, some meant for go test only: nothing to report.',
    setup: (s) => {
      s.env.GOFLAGS = '-mod=mod -trimpath -tags=a,b -count=1 -p=2 --modcacherw';
    },
    expect: {
      goFails: false,
      absent: ['goflags-invalid', 'goflags-mod-invalid', 'goflags-mod-workspace', 'goflags-mod-vendor'],
    },
  },
  {
    name: 'goflags-quoted',
    about:
      'GOFLAGS="\'-ldflags=-s -w\'": quoted.Split reads it since Go 1.21; go1.19 splits on spaces and fails.',
    setup: (s) => {
      s.env.GOFLAGS = "'-ldflags=-s -w'";
    },
    expect: (v) =>
      compare(v, '1.21') < 0
        ? {
            goFails: true,
            errors: ['goflags-invalid'],
            vars: ['GOFLAGS'],
            stderr: /go: parsing \$GOFLAGS: non-flag "'-ldflags=-s"/,
          }
        : { goFails: false, absent: ['goflags-invalid'] },
  },
  {
    name: 'goflags-mod-bad',
    about: 'GOFLAGS=-mod=bad passes flag parsing, then build, test and install refuse the mode.',
    setup: (s) => {
      s.env.GOFLAGS = '-mod=bad';
    },
    expect: {
      goFails: true,
      errors: ['goflags-mod-invalid'],
      absent: ['goflags-invalid', 'goflags-mod-workspace'],
      vars: ['GOFLAGS'],
      stderr: /-mod=bad not supported \(can be '', 'mod', 'readonly', or 'vendor'\)/,
    },
  },
  {
    name: 'goflags-mod-mod-module',
    about: 'GOFLAGS=-mod=mod outside a workspace is fine.',
    setup: (s) => {
      s.env.GOFLAGS = '-mod=mod';
    },
    expect: { goFails: false, absent: ['goflags-mod-workspace', 'goflags-mod-invalid', 'goflags-invalid'] },
  },
  {
    name: 'goflags-mod-workspace',
    about: 'A go.work above the module and GOFLAGS=-mod=mod: workspace mode refuses -mod=mod.',
    setup: (s) => {
      s.write('go.work', GO_WORK);
      s.env.GOFLAGS = '-mod=mod';
    },
    expect: {
      goFails: true,
      errors: ['goflags-mod-workspace'],
      vars: ['GOFLAGS'],
      stderr:
        /go: -mod may only be set to readonly (or vendor )?when in workspace mode, but it is set to "mod"/,
    },
  },
  {
    name: 'goflags-mod-workspace-vendor',
    about: 'A go.work and GOFLAGS=-mod=vendor: refused before Go 1.22; since 1.22 it needs go work vendor.',
    setup: (s) => {
      s.write('go.work', GO_WORK);
      s.env.GOFLAGS = '-mod=vendor';
    },
    expect: (v) =>
      compare(v, '1.22') < 0
        ? {
            goFails: true,
            errors: ['goflags-mod-workspace'],
            absent: ['goflags-mod-vendor'],
            vars: ['GOFLAGS'],
            stderr: /go: -mod may only be set to readonly when in workspace mode, but it is set to "vendor"/,
          }
        : {
            goFails: true,
            errors: ['goflags-mod-vendor'],
            absent: ['goflags-mod-workspace'],
            vars: ['GOFLAGS'],
            stderr: /go work vendor/,
          },
  },
  {
    name: 'goflags-mod-workspace-off',
    about: 'The same workspace with GOWORK=off: plain module mode, where -mod=mod is fine (seed claim f).',
    setup: (s) => {
      s.write('go.work', GO_WORK);
      s.env.GOFLAGS = '-mod=mod';
      s.env.GOWORK = 'off';
    },
    expect: { goFails: false, absent: ['goflags-mod-workspace', 'gowork-invalid'] },
  },
  {
    name: 'goflags-mod-vendor-missing',
    about: 'GOFLAGS=-mod=vendor with no vendor directory while go.mod requires a module: builds fail.',
    setup: (s) => {
      s.env.GOFLAGS = '-mod=vendor';
    },
    expect: {
      goFails: true,
      errors: ['goflags-mod-vendor'],
      vars: ['GOFLAGS'],
      stderr: /go: inconsistent vendoring/,
    },
  },
  {
    name: 'goflags-mod-vendor-present',
    about: 'GOFLAGS=-mod=vendor with vendor/ as go mod vendor writes it: builds work.',
    setup: (s) => {
      writeVendor(s);
      s.env.GOFLAGS = '-mod=vendor';
    },
    expect: { goFails: false, absent: ['goflags-mod-vendor'] },
  },

  // GOWORK -----------------------------------------------------------------------------------------------
  {
    name: 'gowork-relative',
    about: 'GOWORK=rel/go.work: go refuses a relative GOWORK in every command that loads packages.',
    setup: (s) => {
      s.write('work/rel/go.work', 'go 1.19\n\nuse ..\n');
      s.env.GOWORK = 'rel/go.work';
    },
    expect: {
      goFails: true,
      errors: ['gowork-invalid'],
      vars: ['GOWORK'],
      stderr: /invalid GOWORK: not an absolute path|the path provided to GOWORK must be an absolute path/,
    },
  },
  {
    name: 'gowork-missing-file',
    about: 'GOWORK names a go.work that does not exist: module commands fail reading it.',
    setup: (s) => {
      s.env.GOWORK = path.join(s.dir, 'none.work');
    },
    expect: {
      goFails: true,
      errors: ['gowork-invalid'],
      vars: ['GOWORK'],
      stderr: /reading go.work: open .*none\.work: no such file or directory/,
    },
  },
  {
    name: 'gowork-off',
    about: 'GOWORK=off is a valid value: nothing to report.',
    setup: (s) => {
      s.env.GOWORK = 'off';
    },
    expect: { goFails: false, absent: ['gowork-invalid'] },
  },

  // The go env file -------------------------------------------------------------------------------------
  {
    name: 'envfile-shadowed-goproxy',
    about: 'go env -w GOPROXY=off is hidden by the GOPROXY in the environment: downloads still work.',
    setup: (s) => {
      s.goEnvFile({ GOPROXY: 'off' });
    },
    expect: { goFails: false, warnings: ['envfile-shadowed'] },
  },
  {
    name: 'envfile-empty-env-goflags',
    about: 'GOFLAGS= (empty) does not clear go env -w GOFLAGS=-bogus: go still uses the file and fails.',
    setup: (s) => {
      s.goEnvFile({ GOFLAGS: '-bogus' });
      s.env.GOFLAGS = '';
    },
    expect: {
      goFails: true,
      errors: ['goflags-invalid'],
      warnings: ['envfile-shadowed'],
      vars: ['GOFLAGS'],
      stderr: /unknown flag -bogus/,
    },
  },
  {
    name: 'envfile-agrees',
    about: 'The go env file and the environment set the same GOPROXY: nothing to report.',
    setup: (s) => {
      s.goEnvFile({ GOPROXY: s.env.GOPROXY ?? '' });
    },
    expect: { goFails: false, absent: ['envfile-shadowed', 'envfile-ignored-lines'] },
  },
  {
    name: 'envfile-ignored-lines',
    about: 'Lower-case, indented and "export" lines in the go env file are silently ignored by go.',
    setup: (s) => {
      s.write(
        'home/.config/go/env',
        'goflags=-bogus\n  GOFLAGS=-bogus\nexport GOFLAGS=-bogus\nGOENV=/nonexistent\n',
      );
    },
    expect: { goFails: false, warnings: ['envfile-ignored-lines'], absent: ['goflags-invalid'] },
  },
  {
    name: 'envfile-unreadable',
    about: 'The go env file is a directory: go silently ignores it, builds work (go env -w would fail).',
    setup: (s) => {
      s.mkdir('home/.config/go/env');
    },
    expect: { goFails: false, warnings: ['envfile-ignored-lines'] },
  },
];
