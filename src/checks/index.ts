/**
 * The one registry of checks. Check files are discovered by scripts/gen-registry.mjs; this module orders
 * them and refuses duplicates.
 */
import { type AnyCheck, GROUPS } from '../core/check.js';
import { generatedChecks, generatedDiskChecks } from './registry.generated.js';

function build(list: readonly AnyCheck[]): readonly AnyCheck[] {
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c.id)) throw new Error(`duplicate check id ${c.id}`);
    seen.add(c.id);
  }
  return [...list].sort(
    (a, b) => GROUPS[a.group].order - GROUPS[b.group].order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export const allChecks: readonly AnyCheck[] = build(generatedChecks);

/** The checks of `go-doctor du` (src/checks/disk/): they need the sizes only du measures (facts.du). */
export const diskChecks: readonly AnyCheck[] = build(generatedDiskChecks);

export function findCheck(id: string): AnyCheck | undefined {
  return allChecks.find((c) => c.id === id);
}
