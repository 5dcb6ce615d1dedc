import { describe, expect, it } from 'vitest';
import { DataFileError, type DataNode, parseJsonData, parseYaml } from './datafile.js';

/** The plain value of a node tree, for comparisons. */
function plain(n: DataNode): unknown {
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(plain);
  return Object.fromEntries(n.entries.map((e) => [e.key, plain(e.value)]));
}

describe('parseYaml (strict subset)', () => {
  it('reads mappings, lists, flow lists, quotes and comments, every scalar as a string', () => {
    const y = `# policy
require:
  GO111MODULE: on        # not a boolean
  CGO_ENABLED: 0
  GOFLAGS: { }
`.replace('{ }', '"-mod=readonly -trimpath"');
    expect(
      plain(
        parseYaml(
          `${y}minGo: 1.22\nmanagers: [official, 'homebrew']\ndisable:\n  - a-check\n  - "b-check"\n`,
        ),
      ),
    ).toEqual({
      require: { GO111MODULE: 'on', CGO_ENABLED: '0', GOFLAGS: '-mod=readonly -trimpath' },
      minGo: '1.22',
      managers: ['official', 'homebrew'],
      disable: ['a-check', 'b-check'],
    });
  });

  it('reads lists of mappings and keeps lines', () => {
    const n = parseYaml('items:\n  - name: a\n    value: "x # not a comment"\n  - name: b\n');
    expect(plain(n)).toEqual({ items: [{ name: 'a', value: 'x # not a comment' }, { name: 'b' }] });
    if (n.kind !== 'map') throw new Error('map expected');
    expect(n.entries[0]?.line).toBe(1);
  });

  it('refuses what a data-only policy must not contain, naming the line', () => {
    const cases: [string, number, RegExp][] = [
      ['a: 1\n\tb: 2\n', 2, /tabs/],
      ['a: 1\na: 2\n', 2, /duplicate key "a"/],
      ['a: &x 1\nb: *x\n', 1, /anchor, alias, tag/],
      ['a: |\n  text\n', 1, /block scalar/],
      ['a: 1\n---\nb: 2\n', 2, /multiple YAML documents/],
      ['a: "open\n', 1, /unterminated/],
      ['a:\n  b: 1\n c: 2\n', 3, /unexpected/],
      ['just text\n', 1, /expected "key: value"/],
    ];
    for (const [text, line, re] of cases) {
      let err: unknown;
      try {
        parseYaml(text);
      } catch (e) {
        err = e;
      }
      expect(err, text).toBeInstanceOf(DataFileError);
      expect((err as DataFileError).line, text).toBe(line);
      expect((err as Error).message, text).toMatch(re);
    }
  });
});

describe('parseJsonData', () => {
  it('maps JSON to the same nodes with key lines, and reports a syntax error line', () => {
    const n = parseJsonData('{\n  "require": {\n    "CGO_ENABLED": 0\n  }\n}\n');
    expect(plain(n)).toEqual({ require: { CGO_ENABLED: '0' } });
    if (n.kind !== 'map' || n.entries[0]?.value.kind !== 'map') throw new Error('map expected');
    expect(n.entries[0].value.entries[0]?.line).toBe(3);
    expect(() => parseJsonData('{\n  "a": 1,\n}\n')).toThrow(DataFileError);
  });
});
