/**
 * The real-go scenario suite: every scenario in test/scenarios/*.scenarios.ts, under every Go release
 * found (see test/support/releases.ts). go-doctor must report an error iff a probe go command fails.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { goReleases, type Release } from '../support/releases.js';
import {
  applies,
  createWorld,
  describeOutcome,
  destroyWorld,
  disagreements,
  type Outcome,
  runScenario,
  type Scenario,
  type World,
} from '../support/scenario.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.scenarios.ts'))
  .sort();
const modules = await Promise.all(
  files.map((f) => import(/* @vite-ignore */ `./${f}`) as Promise<{ scenarios: Scenario[] }>),
);
const scenarios = modules.flatMap((m) => m.scenarios);
const only = process.env.GO_DOCTOR_SCENARIO ? new RegExp(process.env.GO_DOCTOR_SCENARIO) : null;
const releases = goReleases().filter(
  (r) => !process.env.GO_DOCTOR_RELEASE || r.version.startsWith(process.env.GO_DOCTOR_RELEASE),
);

const worlds = new Map<string, Promise<World>>();
function worldFor(r: Release): Promise<World> {
  let w = worlds.get(r.version);
  if (!w) {
    w = createWorld(r);
    worlds.set(r.version, w);
  }
  return w;
}

const outcomes: Outcome[] = [];

describe('scenario definitions', () => {
  it('have unique names, an about line, and at least 40 scenarios', () => {
    const names = scenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of scenarios) expect(s.about.length, s.name).toBeGreaterThan(10);
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
  });
  it('find at least one Go release', () => {
    expect(releases.length).toBeGreaterThan(0);
  });
});

describe('real go agrees with go-doctor', () => {
  for (const release of releases) {
    for (const sc of scenarios) {
      if (only && !only.test(sc.name)) continue;
      const title = `go${release.version} ${sc.name}`;
      if (!applies(sc, release.version)) {
        it.skip(title);
        continue;
      }
      it.concurrent(title, async (ctx) => {
        const world = await worldFor(release);
        const o = await runScenario(world, sc);
        outcomes.push(o);
        if (o.skipped) {
          ctx.skip(o.skipped);
          return;
        }
        expect(disagreements(o), describeOutcome(o)).toEqual([]);
      }, 900_000);
    }
  }
});

afterAll(async () => {
  for (const w of worlds.values()) destroyWorld(await w);
  const rows = releases.map((r) => {
    const mine = outcomes.filter((o) => o.version === r.version);
    const ran = mine.filter((o) => !o.skipped);
    const agreed = ran.filter((o) => disagreements(o).length === 0);
    return {
      release: `go${r.version}`,
      goroot: r.goroot,
      scenarios: ran.length,
      agreed: agreed.length,
      skipped: mine.length - ran.length,
      goFailed: ran.filter((o) => o.goFailed).length,
    };
  });
  const dir = path.resolve(here, '..', '..', '.tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'scenarios.json'), `${JSON.stringify(rows, null, 2)}\n`);
  const lines = rows.map(
    (r) =>
      `  ${r.release.padEnd(10)} ${String(r.agreed).padStart(3)}/${String(r.scenarios).padEnd(3)} agreed (go failed in ${r.goFailed}, skipped ${r.skipped})  ${r.goroot}`,
  );
  console.log(`Scenario suite, Go releases that ran:\n${lines.join('\n')}`);
});
