import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseJsonData, parseYaml } from './datafile.js';
import { parseMinFree } from './du.js';
import { POLICY_SCHEMA, readPolicy } from './policy.js';

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
type AjvClass = new (options: object) => { compile(schema: unknown): Validator };
const Ajv2020 = ((ajv2020 as { default?: unknown }).default ?? ajv2020) as AjvClass;
const root = path.resolve(import.meta.dirname, '..', '..');

const GOOD = `require:
  GO111MODULE: on
  CGO_ENABLED: "0"
  GOFLAGS:
    contains: -mod=readonly
  GOPROXY:
    startsWith: https://goproxy.corp.example.com
  GOPRIVATE:
    covers: git.corp.example.com/team/repo
    severity: warning
minGo: 1.22
minFree:
  GOCACHE: 5GiB
  GOMODCACHE: 10%
managers: [official, homebrew]
severity:
  goproxy-mainland-china: off
  gobin-not-on-path: error
disable: [cwd-through-symlink]
failOn: warning
`;

const BAD: [string, string][] = [
  ['requre:\n  A: b\n', '1: requre: unknown key "requre"'],
  ['require:\n  GOFLAGS:\n    contain: x\n', '3: require.GOFLAGS.contain: unknown key "contain"'],
  ['minGo: latest\n', '1: minGo: "latest" is not valid here (expected a Go version such as 1.22)'],
  [
    'minFree:\n  GOCACHE: lots\n',
    '2: minFree.GOCACHE: "lots" is not valid here (expected a size such as 10GiB or 15%)',
  ],
  [
    'minFree:\n  GOCACHE: 150%\n',
    '2: minFree.GOCACHE: "150%" is not valid here (expected a size such as 10GiB or 15%)',
  ],
  ['managers: [official, brew]\n', '1: managers[1]: must be one of'],
  ['severity:\n  gocache-off: fatal\n', '2: severity.gocache-off: must be one of error, warning, info, off'],
  ['require:\n  goflags: x\n', '2: require.goflags: "goflags" is not a valid name here'],
  [
    'require:\n  GOFLAGS:\n    pattern: "("\n',
    '3: require.GOFLAGS.pattern: "(" is not a valid regular expression',
  ],
  ['failOn: sometimes\n', '1: failOn: must be one of error, warning, info, never'],
];

describe('readPolicy', () => {
  it('reads a full policy', () => {
    const { policy, errors } = readPolicy(parseYaml(GOOD), '.go-doctor.yaml');
    expect(errors).toEqual([]);
    expect(policy?.require.GO111MODULE).toEqual({ equals: 'on', line: 2 });
    expect(policy?.require.GOFLAGS).toEqual({ contains: '-mod=readonly', line: 4 });
    expect(policy?.require.GOPRIVATE?.severity).toBe('warning');
    expect(policy?.minGo).toBe('1.22');
    expect(policy?.minFree.GOMODCACHE).toEqual({ text: '10%', line: 14 });
    expect(policy?.managers).toEqual(['official', 'homebrew']);
    expect(policy?.severity['goproxy-mainland-china']).toBe('off');
    expect(policy?.disable).toEqual(['cwd-through-symlink']);
    expect(policy?.failOn).toBe('warning');
  });

  it('names the line and key of every mistake', () => {
    for (const [text, want] of BAD) {
      const { policy, errors } = readPolicy(parseYaml(text), 'p');
      expect(policy, text).toBeNull();
      const got = errors.map((e) => `${e.line}: ${e.key}: ${e.message}`);
      expect(
        got.some((g) => g.startsWith(want)),
        `${text} → ${got.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('agrees with a JSON Schema validator (ajv) on the published schema, for good and bad policies', () => {
    const published = JSON.parse(readFileSync(path.join(root, 'docs', 'policy.schema.json'), 'utf8'));
    expect(published, 'docs/policy.schema.json is stale: run npm run docs').toEqual(POLICY_SCHEMA);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(published);
    const toJson = (text: string): unknown => {
      const plain = (n: ReturnType<typeof parseYaml>): unknown =>
        n.kind === 'scalar'
          ? n.value
          : n.kind === 'seq'
            ? n.items.map(plain)
            : Object.fromEntries(n.entries.map((e) => [e.key, plain(e.value)]));
      return plain(parseYaml(text));
    };
    expect(validate(toJson(GOOD))).toBe(true);
    // The regex case is a format ajv does not check without ajv-formats; the rest must agree.
    for (const [text] of BAD.filter(([t]) => !t.includes('pattern: "("')))
      expect(validate(toJson(text)), text).toBe(false);
  });

  it('reads the same policy from JSON, with lines', () => {
    const j = JSON.stringify({ require: { GO111MODULE: 'on' }, failOn: 'warning' }, null, 2);
    const { policy } = readPolicy(parseJsonData(j), '.go-doctor.json');
    expect(policy?.require.GO111MODULE).toEqual({ equals: 'on', line: 3 });
  });
});

describe("policy sizes (read with du's parseMinFree)", () => {
  it('reads sizes and percentages', () => {
    expect(parseMinFree('5GiB')).toEqual({ bytes: 5 * 1024 ** 3 });
    expect(parseMinFree('500 MB')).toEqual({ bytes: 500e6 });
    expect(parseMinFree('15%')).toEqual({ percent: 15 });
    expect(parseMinFree('lots')).toBeUndefined();
  });
});
