/**
 * A go command that is missing, hangs, prints garbage or fails: go-doctor must say so plainly (and never
 * crash), and agree with what the shell would get.
 */
import type { Scenario } from '../support/scenario.js';

export const scenarios: Scenario[] = [
  {
    name: 'go-not-on-path',
    about: 'PATH lacks the Go bin directory: every go command is "command not found".',
    setup: (s) => {
      s.env.PATH = '/usr/bin:/bin';
    },
    expect: { goFails: true, errors: ['go-missing'], vars: ['PATH'] },
  },
  {
    name: 'go-hangs',
    about: 'The go on PATH hangs (a stuck shim): go-doctor times out and names it.',
    setup: (s) => {
      s.write('fakebin/go', '#!/bin/sh\nsleep 30\n', 0o755);
      s.env.PATH = `${s.dir}/fakebin:${s.env.PATH ?? ''}`;
      s.doctorTimeoutMs = 1000;
      s.probeTimeoutMs = 2000;
    },
    probes: [{ name: 'build', args: ['build', './...'] }],
    expect: { goFails: true, errors: ['go-env-failed'] },
  },
  {
    name: 'go-exits-with-error',
    about: 'The go on PATH fails at start-up with its own message: go-doctor quotes it.',
    setup: (s) => {
      s.write('fakebin/go', '#!/bin/sh\necho "go: broken installation" >&2\nexit 3\n', 0o755);
      s.env.PATH = `${s.dir}/fakebin:${s.env.PATH ?? ''}`;
    },
    expect: { goFails: true, errors: ['go-env-failed'] },
  },
  {
    name: 'go-prints-garbage',
    about: 'A wrapper named go prints a banner and exits 0: commands "work", go env -json is unusable.',
    setup: (s) => {
      s.write('fakebin/go', '#!/bin/sh\necho "Welcome to the go shim"\nexit 0\n', 0o755);
      s.env.PATH = `${s.dir}/fakebin:${s.env.PATH ?? ''}`;
    },
    expect: { goFails: false, warnings: ['go-env-failed'] },
  },
];
