/**
 * The registry and every check's paperwork: a test file next to it, docs, messages, a scenario.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allChecks, diskChecks } from '../src/checks/index.js';
import { checkFiles, diskCheckFiles } from '../src/checks/registry.generated.js';
import { GROUPS } from '../src/core/check.js';
import { renderChecksDoc } from '../src/report/checks-doc.js';
import { SCENARIO_EXEMPT } from './scenarios/exempt.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scenarioText = readdirSync(path.join(root, 'test', 'scenarios'))
  .filter((f) => f.endsWith('.scenarios.ts'))
  .map((f) => readFileSync(path.join(root, 'test', 'scenarios', f), 'utf8'))
  .join('\n');

describe('docs/checks.md', () => {
  it('is current (npm run docs regenerates it)', () => {
    const file = readFileSync(path.join(root, 'docs', 'checks.md'), 'utf8');
    expect(
      file === renderChecksDoc([...allChecks, ...diskChecks]),
      'docs/checks.md is stale: run npm run docs',
    ).toBe(true);
  });
});

describe('check helpers', () => {
  it('are pure as well', () => {
    const dir = path.join(root, 'src', 'checks', '_lib');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts') && !x.endsWith('.test.ts'))) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/from 'node:(fs|fs\/promises|child_process|os|net|http|https)'/);
      expect(text, f).not.toMatch(/\bprocess\.(env|cwd|platform|exit|argv|stdout|stderr)/);
    }
  });
});

describe('check registry', () => {
  it('registers every check file, once', () => {
    expect(allChecks.length).toBe(checkFiles.length);
    expect(new Set(allChecks.map((c) => c.id)).size).toBe(allChecks.length);
  });

  it('has at least 35 checks', () => {
    expect(allChecks.length).toBeGreaterThanOrEqual(35);
  });

  it("keeps du's disk checks apart: only in diskChecks, all in the disk group", () => {
    expect(diskChecks.length).toBe(diskCheckFiles.length);
    expect(diskChecks.length).toBeGreaterThanOrEqual(4);
    expect(diskChecks.every((c) => c.group === 'disk')).toBe(true);
    expect(allChecks.some((c) => c.group === 'disk')).toBe(false);
  });

  for (const file of [...checkFiles, ...diskCheckFiles]) {
    const [group = '', id = ''] = file.split('/');
    describe(file, () => {
      const check = [...allChecks, ...diskChecks].find((c) => c.id === id);
      it('is named after its id and lives in its group folder', () => {
        expect(check, `src/checks/${file}.ts must export a check with id "${id}"`).toBeDefined();
        expect(check?.group).toBe(group);
        expect(Object.keys(GROUPS)).toContain(group);
      });
      it('has a unit test file that imports it', () => {
        const testFile = path.join(root, 'src', 'checks', `${file}.test.ts`);
        expect(existsSync(testFile), `${testFile} is missing`).toBe(true);
        expect(readFileSync(testFile, 'utf8')).toContain(`./${id}.js`);
      });
      it('has docs, a title, vars and messages', () => {
        expect(check?.docs.trim().length ?? 0).toBeGreaterThan(120);
        expect(check?.title.length ?? 0).toBeGreaterThan(5);
        expect(check?.vars.length ?? 0).toBeGreaterThan(0);
        for (const spec of Object.values(check?.messages ?? {}) as { message: unknown }[])
          expect(typeof spec.message).toBe('function');
      });
      it('is pure: no file system, subprocess or process access', () => {
        const text = readFileSync(path.join(root, 'src', 'checks', `${file}.ts`), 'utf8');
        expect(text).not.toMatch(/from 'node:(fs|fs\/promises|child_process|os|net|http|https)'/);
        expect(text).not.toMatch(/\bprocess\.(env|cwd|platform|exit|argv|stdout|stderr)/);
      });
      it('is exercised by a real-go scenario (or exempt with a reason)', () => {
        const named = scenarioText.includes(`'${id}'`);
        expect(named || (SCENARIO_EXEMPT[id] ?? '').length > 10, `no scenario names ${id}`).toBe(true);
      });
    });
  }
});
