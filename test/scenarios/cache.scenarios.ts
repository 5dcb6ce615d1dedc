import type { Scenario } from '../support/scenario.js';

export const scenarios: Scenario[] = [
  {
    name: 'healthy-baseline',
    about: 'A clean setup: go on PATH, HOME set, warm cache, a local module proxy.',
    expect: { goFails: false },
  },
  {
    name: 'gocache-off-env',
    about: 'GOCACHE=off in the environment: every build fails since Go 1.12.',
    setup: (s) => {
      s.env.GOCACHE = 'off';
    },
    expect: {
      goFails: true,
      errors: ['gocache-off'],
      vars: ['GOCACHE'],
      stderr: /build cache is disabled by GOCACHE=off, but required as of Go 1\.12/,
    },
  },
  {
    name: 'gocache-off-envfile',
    about: 'GOCACHE=off written with go env -w: same failure, fixed with go env -u.',
    setup: (s) => {
      s.goEnvFile({ GOCACHE: 'off' });
    },
    expect: { goFails: true, errors: ['gocache-off'], vars: ['GOCACHE'] },
  },
  {
    name: 'gocache-empty',
    about: 'An empty GOCACHE means the default cache, not "disabled" (seed claim g1 is false).',
    setup: (s) => {
      s.env.GOCACHE = '';
    },
    expect: { goFails: false, absent: ['gocache-off'] },
  },
];
