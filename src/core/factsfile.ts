/**
 * Reading a saved facts snapshot: validates the shape enough that checks can trust it, and explains in
 * one sentence what is wrong otherwise. Pure (the caller reads the file).
 */
import { FACTS_SCHEMA_VERSION, type Facts } from './facts.js';

/** Why a snapshot cannot be read: `kind` and `data` name it for any language (src/i18n ui.usage.facts). */
export type FactsProblem =
  | { kind: 'notJson'; file: string; error: string }
  | { kind: 'notObject' | 'noSchema' | 'hostOs'; file: string }
  | { kind: 'newer'; file: string; version: number; supported: number }
  | { kind: 'unknownSchema'; file: string; version: number }
  | { kind: 'missing'; file: string; key: string };

function english(p: FactsProblem): string {
  switch (p.kind) {
    case 'notJson':
      return `${p.file} is not JSON: ${p.error}`;
    case 'notObject':
      return `${p.file} is not a go-doctor facts snapshot (not a JSON object)`;
    case 'noSchema':
      return `${p.file} is not a go-doctor facts snapshot (no schemaVersion)`;
    case 'hostOs':
      return `${p.file}: host.os must be a string`;
    case 'newer':
      return `${p.file} has facts schema ${p.version}, newer than this go-doctor understands (${p.supported}); upgrade go-doctor`;
    case 'unknownSchema':
      return `${p.file} has an unknown facts schema ${p.version}`;
    case 'missing':
      return `${p.file} is missing "${p.key}" or it has the wrong type`;
  }
}

export class FactsError extends Error {
  constructor(readonly problem: FactsProblem) {
    super(english(problem));
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseFacts(text: string, source: string): Facts {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FactsError({
      kind: 'notJson',
      file: source,
      error: err instanceof Error ? err.message : String(err),
    });
  }
  if (!isObject(data)) throw new FactsError({ kind: 'notObject', file: source });
  const v = data.schemaVersion;
  if (typeof v !== 'number') throw new FactsError({ kind: 'noSchema', file: source });
  if (v > FACTS_SCHEMA_VERSION) {
    throw new FactsError({ kind: 'newer', file: source, version: v, supported: FACTS_SCHEMA_VERSION });
  }
  if (v < 1) throw new FactsError({ kind: 'unknownSchema', file: source, version: v });
  const required: [string, (x: unknown) => boolean][] = [
    ['host', isObject],
    ['env', isObject],
    ['paths', isObject],
    ['module', isObject],
    ['cc', isObject],
    ['goBinaries', Array.isArray],
    ['pathEntries', Array.isArray],
  ];
  for (const [key, ok] of required) {
    if (!ok(data[key])) throw new FactsError({ kind: 'missing', file: source, key });
  }
  const host = data.host as Record<string, unknown>;
  if (typeof host.os !== 'string') throw new FactsError({ kind: 'hostOs', file: source });
  const facts = data as unknown as Facts;
  // Optional collections default to empty so older or hand-written snapshots still load.
  facts.errors ??= [];
  facts.offPathInstalls ??= [];
  facts.goEnv ??= null;
  facts.goroot ??= null;
  facts.fileProxies ??= [];
  facts.envFile ??= null;
  facts.gorootEnvFile ??= null;
  facts.cwd ??= '';
  facts.physicalCwd ??= facts.cwd;
  facts.collector ??= { name: 'go-doctor', version: 'unknown', durationMs: 0 };
  return facts;
}
