/** Building facts.du for the disk checks' unit tests, and running those checks like `go-doctor du` does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diskChecks } from '../../src/checks/index.js';
import type { AnyCheck } from '../../src/core/check.js';
import { DEFAULT_THRESHOLDS, type DuThresholds } from '../../src/core/du.js';
import type { DuFacts, DuLocation, DuVolume, Facts } from '../../src/core/facts.js';
import { parseFacts } from '../../src/core/factsfile.js';
import type { Finding } from '../../src/core/findings.js';
import { runChecks } from '../../src/core/run.js';
import { buildReport } from '../../src/report/model.js';
import { linuxFacts } from './facts.js';

export const GiB = 1024 ** 3;

/** A du snapshot fixture of test/fixtures/du (macOS and Windows machines; origins noted inside). */
export function duFixture(name: string): Facts {
  const file = path.join(import.meta.dirname, '..', 'fixtures', 'du', name);
  return parseFacts(readFileSync(file, 'utf8'), file);
}

export function loc(
  v: string,
  p: string,
  bytes: number,
  volume: DuVolume,
  extra: Partial<DuLocation> = {},
): DuLocation {
  return {
    var: v,
    path: p,
    exists: true,
    bytes,
    files: 10,
    dirs: 1,
    links: 0,
    errorCount: 0,
    errors: [],
    volume,
    ...extra,
  };
}

export function linuxWith(du: DuFacts): Facts {
  const f = linuxFacts();
  f.du = du;
  return f;
}

/** The disk checks' findings (English, fixes rendered for the facts' shell), as `go-doctor du` makes them. */
export function diskFindings(
  facts: Facts,
  thresholds: DuThresholds = DEFAULT_THRESHOLDS,
  checks: readonly AnyCheck[] = diskChecks,
): Finding[] {
  const { results, context } = runChecks(checks, facts, { thresholds });
  return buildReport({ facts, results, context, checks, toolVersion: 'test', checkMs: 0 }).findings;
}

/** The commands of a finding's fixes, as printed. */
export const fixTexts = (f: Finding | undefined): string[] => (f?.fixes ?? []).map((x) => x.text);
