/**
 * The repo policy (.go-doctor.yaml or .go-doctor.json, found walking up from the working directory to the
 * repository root): data only, never code. One definition, POLICY_SCHEMA (a JSON Schema, draft 2020-12),
 * is both published for editors (docs/policy.schema.json, generated) and what the file is validated
 * against here, so the two cannot drift. Errors name the file, line and key. Pure.
 */
import { type Got, type PolicyProblem, problemText } from '../i18n/en/ui-policyFile.js';
import type { DataNode } from './datafile.js';

export const POLICY_FILES = ['.go-doctor.yaml', '.go-doctor.yml', '.go-doctor.json'];

export const INSTALL_MANAGERS = [
  'official',
  'debian',
  'distro',
  'fedora',
  'homebrew',
  'snap',
  'scoop',
  'chocolatey',
  'golang.org/dl',
  'goenv',
  'gvm',
  'asdf',
  'mise',
  'g',
  'goup',
  'toolchain',
] as const;

/** A size (read by core/du.ts parseMinFree, as du's --min-free is) or a percentage of the volume, at most 100. */
const SIZE =
  '^([0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?|(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%)$';
const GO_VERSION = '^((go)?1\\.[0-9]+(\\.[0-9]+|rc[0-9]+)?|none)$';
const SEVERITY_OR_OFF = ['error', 'warning', 'info', 'off'];

/** A rule for one setting: a bare string means "exactly this". */
const RULE = {
  oneOf: [
    { type: 'string', description: 'The value must be exactly this.' },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        equals: { type: 'string', description: 'The value must be exactly this.' },
        oneOf: {
          type: 'array',
          items: { type: 'string' },
          minItems: 1,
          description: 'The value must be one of these.',
        },
        pattern: {
          type: 'string',
          format: 'regex',
          description: 'The whole value must match this regular expression.',
        },
        contains: {
          type: 'string',
          description: 'The value must contain this (for list settings such as GOFLAGS, as a whole item).',
        },
        startsWith: {
          type: 'string',
          description: 'The value must start with this (e.g. a company proxy URL).',
        },
        covers: {
          type: 'string',
          description:
            'For GOPRIVATE, GONOPROXY, GONOSUMDB, GOINSECURE: this module path must match one of the patterns (as go matches them).',
        },
        severity: {
          enum: ['error', 'warning', 'info'],
          description: 'Severity of a violation (default error).',
        },
      },
    },
  ],
};

export const POLICY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://go-doctor.dev/schemas/policy.schema.json',
  title: 'go-doctor repo policy (.go-doctor.yaml / .go-doctor.json)',
  description:
    'What every machine building this repository must look like. Data only: go-doctor never runs code from it. In YAML, every value is read as a string.',
  type: 'object',
  additionalProperties: false,
  properties: {
    require: {
      type: 'object',
      description: 'Go settings (as `go env` names them) and the values they must have.',
      propertyNames: { pattern: '^[A-Z][A-Z0-9_]*$' },
      additionalProperties: RULE,
    },
    minGo: {
      type: 'string',
      pattern: GO_VERSION,
      description:
        "Oldest Go release allowed on the machine (e.g. 1.22 or 1.22.3). Default: the go.work or go.mod `toolchain` line, else its `go` line. 'none' turns the default off.",
    },
    minFree: {
      type: 'object',
      description: 'Minimum free space on the volume of each cache (bytes with a unit, or a percentage).',
      additionalProperties: false,
      properties: {
        GOCACHE: { type: 'string', pattern: SIZE },
        GOMODCACHE: { type: 'string', pattern: SIZE },
        GOPATH: { type: 'string', pattern: SIZE },
      },
    },
    managers: {
      type: 'array',
      description: 'How the go on PATH may be installed (installer, package manager or version manager).',
      items: { enum: [...INSTALL_MANAGERS, 'unknown'] },
      minItems: 1,
    },
    severity: {
      type: 'object',
      description: 'Severity overrides by check id ("off" disables the check).',
      propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      additionalProperties: { enum: SEVERITY_OR_OFF },
    },
    disable: {
      type: 'array',
      description: 'Check ids to skip.',
      items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    },
    failOn: {
      enum: ['error', 'warning', 'info', 'never'],
      description: 'Lowest severity that makes `go-doctor check` exit 1 (default error); --fail-on wins.',
    },
  },
} as const;

export type Severity3 = 'error' | 'warning' | 'info';

export interface PolicyRule {
  equals?: string;
  oneOf?: string[];
  pattern?: string;
  contains?: string;
  startsWith?: string;
  covers?: string;
  severity?: Severity3;
  line: number;
}

export interface Policy {
  file: string;
  require: Record<string, PolicyRule>;
  /** Explicit minimum (without "go"), 'none', or undefined for the go.mod default. */
  minGo?: string;
  minGoLine?: number;
  minFree: Partial<Record<'GOCACHE' | 'GOMODCACHE' | 'GOPATH', { text: string; line: number }>>;
  managers?: string[];
  managersLine?: number;
  severity: Record<string, Severity3 | 'off'>;
  disable: string[];
  failOn?: 'error' | 'warning' | 'info' | 'never';
}

export interface PolicyError {
  line: number;
  key: string;
  /** English text of the problem. */
  message: string;
  problem: PolicyProblem;
}

// ---------------------------------------------------------------------------------------------------
// A validator for the JSON Schema keywords POLICY_SCHEMA uses, over line-aware nodes.

type Schema = Record<string, unknown>;

function gotOf(n: DataNode): Got {
  return n.kind === 'scalar' ? { kind: 'scalar', value: n.value } : { kind: n.kind };
}

function validateNode(node: DataNode, schema: Schema, key: string, out: PolicyError[]): void {
  const err = (problem: PolicyProblem, line = node.line, k = key): void => {
    out.push({ line, key: k, message: problemText(problem), problem });
  };
  if (schema.oneOf) {
    const alts = schema.oneOf as Schema[];
    const fits = alts.filter((a) => {
      const e: PolicyError[] = [];
      validateNode(node, a, key, e);
      return e.length === 0;
    });
    if (fits.length === 1) return;
    // Report the errors of the alternative of the node's own kind.
    const same = alts.find((a) => (a.type === 'object') === (node.kind === 'map')) ?? alts[0];
    if (same) validateNode(node, same, key, out);
    return;
  }
  if (schema.enum) {
    const allowed = schema.enum as readonly string[];
    if (node.kind !== 'scalar' || !allowed.includes(node.value))
      err({ key: 'oneOf', data: { allowed, got: gotOf(node) } });
    return;
  }
  switch (schema.type) {
    case 'string': {
      if (node.kind !== 'scalar') {
        err({ key: 'notString', data: { got: gotOf(node) } });
        return;
      }
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(node.value))
        err(
          schema.pattern === SIZE
            ? { key: 'notSize', data: { value: node.value } }
            : schema.pattern === GO_VERSION
              ? { key: 'notGoVersion', data: { value: node.value } }
              : { key: 'noMatch', data: { value: node.value, pattern: schema.pattern } },
        );
      if (schema.format === 'regex') {
        try {
          new RegExp(node.value);
        } catch (e) {
          err({ key: 'badRegex', data: { value: node.value, error: (e as Error).message } });
        }
      }
      return;
    }
    case 'array': {
      if (node.kind !== 'seq') {
        err({ key: 'notList', data: { got: gotOf(node) } });
        return;
      }
      if (typeof schema.minItems === 'number' && node.items.length < schema.minItems)
        err({ key: 'empty', data: {} });
      for (const [i, item] of node.items.entries())
        validateNode(item, schema.items as Schema, `${key}[${i}]`, out);
      return;
    }
    case 'object': {
      if (node.kind !== 'map') {
        err({ key: 'notMapping', data: { got: gotOf(node) } });
        return;
      }
      if (typeof schema.minProperties === 'number' && node.entries.length < schema.minProperties)
        err({ key: 'empty', data: {} });
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const names = schema.propertyNames as Schema | undefined;
      for (const e of node.entries) {
        const k = key === '' ? e.key : `${key}.${e.key}`;
        if (names?.pattern && !new RegExp(names.pattern as string).test(e.key)) {
          err({ key: 'badName', data: { key: e.key } }, e.line, k);
          continue;
        }
        const sub = props[e.key];
        if (sub) validateNode(e.value, sub, k, out);
        else if (schema.additionalProperties === false) {
          const known = Object.keys(props);
          err({ key: 'unknownKey', data: { key: e.key, known } }, e.line, k);
        } else if (typeof schema.additionalProperties === 'object')
          validateNode(e.value, schema.additionalProperties as Schema, k, out);
      }
      return;
    }
    default:
      return;
  }
}

const scalarOf = (n: DataNode | undefined): string | undefined =>
  n?.kind === 'scalar' ? n.value : undefined;
const entry = (n: DataNode, k: string) => (n.kind === 'map' ? n.entries.find((e) => e.key === k) : undefined);

/** Validates a parsed policy file and builds the Policy; errors carry line and key. */
export function readPolicy(root: DataNode, file: string): { policy: Policy | null; errors: PolicyError[] } {
  const errors: PolicyError[] = [];
  validateNode(root, POLICY_SCHEMA as unknown as Schema, '', errors);
  if (errors.length > 0) return { policy: null, errors };
  const p: Policy = { file, require: {}, minFree: {}, severity: {}, disable: [] };
  const req = entry(root, 'require');
  if (req?.value.kind === 'map') {
    for (const e of req.value.entries) {
      if (e.value.kind === 'scalar') p.require[e.key] = { equals: e.value.value, line: e.line };
      else if (e.value.kind === 'map') {
        const r: PolicyRule = { line: e.line };
        for (const x of e.value.entries) {
          if (x.key === 'oneOf' && x.value.kind === 'seq')
            r.oneOf = x.value.items.map((i) => scalarOf(i) ?? '');
          else if (x.key === 'severity') r.severity = scalarOf(x.value) as Severity3;
          else (r as unknown as Record<string, string>)[x.key] = scalarOf(x.value) ?? '';
        }
        p.require[e.key] = r;
      }
    }
  }
  const min = entry(root, 'minGo');
  if (min) {
    p.minGo = (scalarOf(min.value) ?? '').replace(/^go/, '');
    p.minGoLine = min.line;
  }
  const free = entry(root, 'minFree');
  if (free?.value.kind === 'map')
    for (const e of free.value.entries)
      p.minFree[e.key as 'GOCACHE'] = { text: scalarOf(e.value) ?? '', line: e.line };
  const mgr = entry(root, 'managers');
  if (mgr?.value.kind === 'seq') {
    p.managers = mgr.value.items.map((i) => scalarOf(i) ?? '');
    p.managersLine = mgr.line;
  }
  const sev = entry(root, 'severity');
  if (sev?.value.kind === 'map')
    for (const e of sev.value.entries) p.severity[e.key] = scalarOf(e.value) as Severity3 | 'off';
  const dis = entry(root, 'disable');
  if (dis?.value.kind === 'seq') p.disable = dis.value.items.map((i) => scalarOf(i) ?? '');
  const fo = scalarOf(entry(root, 'failOn')?.value);
  if (fo) p.failOn = fo as NonNullable<Policy['failOn']>;
  return { policy: p, errors };
}
