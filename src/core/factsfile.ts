/**
 * Reading a saved facts snapshot: validates the shape enough that checks can trust it, and explains in
 * one sentence what is wrong otherwise. Pure (the caller reads the file).
 */
import { FACTS_SCHEMA_VERSION, type Facts } from './facts.js';

export class FactsError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseFacts(text: string, source: string): Facts {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FactsError(`${source} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isObject(data))
    throw new FactsError(`${source} is not a go-doctor facts snapshot (not a JSON object)`);
  const v = data.schemaVersion;
  if (typeof v !== 'number')
    throw new FactsError(`${source} is not a go-doctor facts snapshot (no schemaVersion)`);
  if (v > FACTS_SCHEMA_VERSION) {
    throw new FactsError(
      `${source} has facts schema ${v}, newer than this go-doctor understands (${FACTS_SCHEMA_VERSION}); upgrade go-doctor`,
    );
  }
  if (v < 1) throw new FactsError(`${source} has an unknown facts schema ${v}`);
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
    if (!ok(data[key])) throw new FactsError(`${source} is missing "${key}" or it has the wrong type`);
  }
  const host = data.host as Record<string, unknown>;
  if (typeof host.os !== 'string') throw new FactsError(`${source}: host.os must be a string`);
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
