/**
 * GOOS/GOARCH, GOEXPERIMENT and cgo, against the real go command of every release.
 * "No C compiler" is PATH = <goroot>/bin only (gcc lives in /usr/bin). Go 1.19 ships the standard library
 * precompiled and a warm build cache made with gcc would hide the failure, so the cgo scenarios give
 * Go 1.19 a cold cache: that is what a machine that never had gcc looks like.
 */
import path from 'node:path';
import { compare } from '../../src/core/version.js';
import { PROBES, type Scenario, type Setup, STANDARD_PROBES } from '../support/scenario.js';

const before = (v: string, x: string) => compare(v, x) < 0;

/** PATH with the go command only: no gcc, no binutils. */
function pathWithoutCompiler(s: Setup): void {
  s.env.PATH = path.join(s.world.release.goroot, 'bin');
}

/** Go 1.19 gets an empty build cache (see the file comment). */
function coldCacheFor119(s: Setup): void {
  if (before(s.version, '1.20')) s.env.XDG_CACHE_HOME = s.mkdir('cold-cache');
}

/** The cross-compiling scenarios assume a linux/amd64 machine without binfmt emulators. */
function needLinuxAmd64(s: Setup): void {
  if (process.platform !== 'linux' || process.arch !== 'x64') s.skip('needs a linux/amd64 host');
}

export const scenarios: Scenario[] = [
  // --- GOOS / GOARCH -----------------------------------------------------------------------------------
  {
    name: 'goos-invalid-env',
    about: 'GOOS=plan10: go env prints it, go mod download ignores it, every build fails.',
    setup: (s) => {
      needLinuxAmd64(s);
      s.env.GOOS = 'plan10';
    },
    expect: {
      goFails: true,
      errors: ['goos-goarch-invalid'],
      vars: ['GOOS'],
      absent: ['cross-compile-env'],
      stderr: /go: unsupported GOOS\/GOARCH pair plan10\//,
    },
  },
  {
    name: 'goarch-typo-envfile',
    about: 'GOARCH=x86_64 in a hand-edited go env file (go env -w would refuse it): unsupported pair.',
    setup: (s) => {
      needLinuxAmd64(s);
      s.goEnvFile({ GOARCH: 'x86_64' });
    },
    expect: {
      goFails: true,
      errors: ['goos-goarch-invalid'],
      vars: ['GOARCH'],
      stderr: /unsupported GOOS\/GOARCH pair linux\/x86_64/,
    },
  },
  // --- GOEXPERIMENT ------------------------------------------------------------------------------------
  {
    name: 'goexperiment-unknown-env',
    about: 'GOEXPERIMENT=bogus: every go command, go env included, fails at start-up.',
    setup: (s) => {
      s.env.GOEXPERIMENT = 'bogus';
    },
    expect: {
      goFails: true,
      errors: ['goexperiment-invalid'],
      vars: ['GOEXPERIMENT'],
      absent: ['go-env-failed'],
      stderr: /go: unknown GOEXPERIMENT bogus/,
    },
  },
  {
    name: 'goexperiment-unknown-envfile',
    about: 'GOEXPERIMENT=nobogus from the go env file: go names the experiment without the "no" prefix.',
    setup: (s) => {
      s.goEnvFile({ GOEXPERIMENT: 'nobogus' });
    },
    expect: {
      goFails: true,
      errors: ['goexperiment-invalid'],
      vars: ['GOEXPERIMENT'],
      stderr: /unknown GOEXPERIMENT bogus/,
    },
  },
  // --- CGO_ENABLED values ------------------------------------------------------------------------------
  {
    name: 'cgo-enabled-yes-env',
    about: 'CGO_ENABLED=yes is silently ignored (only 0 and 1 count); builds work: warning.',
    setup: (s) => {
      s.env.CGO_ENABLED = 'yes';
    },
    expect: { goFails: false, warnings: ['cgo-enabled-invalid'], absent: ['cgo-no-compiler'] },
  },
  {
    name: 'cgo-enabled-false-envfile',
    about: 'CGO_ENABLED=false in the go env file is ignored too: go env prints 1 (gcc is on PATH).',
    setup: (s) => {
      s.goEnvFile({ CGO_ENABLED: 'false' });
    },
    expect: { goFails: false, warnings: ['cgo-enabled-invalid'] },
  },
  // --- cgo without a C compiler ------------------------------------------------------------------------
  {
    name: 'cgo-forced-no-gcc',
    about:
      'CGO_ENABLED=1 with no gcc on PATH: runtime/cgo (needed by net) cannot be built (Go 1.19: go test fails).',
    setup: (s) => {
      s.env.CGO_ENABLED = '1';
      pathWithoutCompiler(s);
      coldCacheFor119(s);
    },
    expect: {
      goFails: true,
      errors: ['cgo-no-compiler'],
      vars: ['CGO_ENABLED'],
      absent: ['cgo-auto-off'],
      stderr: /cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in \$PATH/,
    },
  },
  {
    name: 'cgo-no-gcc-default',
    about:
      'Nothing set, no gcc on PATH: Go 1.20+ turns cgo off and builds work (warning); Go 1.19 keeps it on and go test fails.',
    setup: (s) => {
      pathWithoutCompiler(s);
      coldCacheFor119(s);
    },
    expect: (v) =>
      before(v, '1.20')
        ? {
            goFails: true,
            errors: ['cgo-no-compiler'],
            vars: ['CGO_ENABLED'],
            stderr: /cgo: C compiler "gcc" not found/,
          }
        : { goFails: false, warnings: ['cgo-auto-off'], absent: ['cgo-no-compiler'] },
  },
  {
    name: 'cgo-auto-off-cc-envfile',
    about:
      'CC=/usr/bin/gcc set only with go env -w and gcc not on PATH: Go 1.20+ still turns cgo off (it reads CC from the OS only).',
    setup: (s) => {
      // gcc itself needs as and ld on PATH; give it those but not gcc.
      s.symlink('/usr/bin/as', 'binutils/as');
      s.symlink('/usr/bin/ld', 'binutils/ld');
      s.env.PATH = `${path.join(s.world.release.goroot, 'bin')}:${path.join(s.dir, 'binutils')}`;
      s.goEnvFile({ CC: '/usr/bin/gcc' });
      coldCacheFor119(s);
    },
    expect: (v) =>
      before(v, '1.20')
        ? { goFails: false, absent: ['cgo-auto-off', 'cgo-no-compiler'] }
        : { goFails: false, warnings: ['cgo-auto-off'], absent: ['cgo-no-compiler'] },
  },
  {
    name: 'cgo-cc-missing',
    about: 'CC=mycc in the environment names no program: cgo stays on (CC set) and every build fails.',
    setup: (s) => {
      s.env.CC = 'mycc';
    },
    expect: {
      goFails: true,
      errors: ['cgo-no-compiler'],
      vars: ['CC'],
      stderr: /cgo: C compiler "mycc" not found/,
    },
  },
  // --- cross-compiling for every command ---------------------------------------------------------------
  {
    name: 'cross-compile-windows-env',
    about: 'GOOS=windows exported: go build and go install work, go test fails with exec format error.',
    setup: (s) => {
      needLinuxAmd64(s);
      s.env.GOOS = 'windows';
    },
    probes: [...STANDARD_PROBES, PROBES.run],
    expect: {
      goFails: true,
      errors: ['cross-compile-env'],
      vars: ['GOOS'],
      absent: ['goos-goarch-invalid', 'cgo-no-compiler'],
      stderr: /exec format error/,
    },
  },
  {
    name: 'cross-compile-arm64-envfile',
    about: 'GOARCH=arm64 with go env -w on an amd64 host without an emulator: go test and go run fail.',
    setup: (s) => {
      needLinuxAmd64(s);
      s.goEnvFile({ GOARCH: 'arm64' });
    },
    probes: [...STANDARD_PROBES, PROBES.run],
    expect: {
      goFails: true,
      errors: ['cross-compile-env'],
      vars: ['GOARCH'],
      stderr: /exec format error/,
    },
  },
  {
    name: 'cross-compile-386-env',
    about: 'GOARCH=386 on linux/amd64: a cross build the host runs natively; everything works: info.',
    setup: (s) => {
      needLinuxAmd64(s);
      s.env.GOARCH = '386';
    },
    probes: [...STANDARD_PROBES, PROBES.run],
    expect: { goFails: false, infos: ['cross-compile-env'], absent: ['goos-goarch-invalid'] },
  },
];
