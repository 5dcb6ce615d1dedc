/**
 * go-doctor as a library, as a consumer (an editor extension) sees it: the built dist/index.js without
 * any CLI code, diagnose() + render(), and the emitted type declarations compiling a consumer snippet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-lib-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dist = path.join(ROOT, 'dist', 'index.js');

describe('library', () => {
  it('is bundled without the CLI (no argument parsing, no process exit, no terminal output code)', () => {
    const text = readFileSync(dist, 'utf8');
    expect(text).not.toMatch(/^\/\/ src\/cli\//m);
    expect(text).toMatch(/^\/\/ src\/diagnose\.ts$/m);
  });

  it('diagnoses a saved snapshot and renders it in every format', async () => {
    const lib = await import(dist);
    const facts = lib.parseFacts(
      readFileSync(path.join(ROOT, 'test', 'fixtures', 'facts', 'windows-no-appdata.json'), 'utf8'),
      'fixture',
    );
    const report = await lib.diagnose({ facts, ignore: ['cgo-no-compiler'] });
    expect(report.findings.map((f: { id: string }) => f.id)).toContain('appdata-missing');
    expect(report.findings.map((f: { id: string }) => f.id)).not.toContain('cgo-no-compiler');
    for (const format of lib.FORMATS) expect(lib.render(report, format).length, format).toBeGreaterThan(50);
    expect(lib.render(report, 'text')).not.toContain('\u001b['); // no colour unless asked
  });

  it('emits type declarations a TypeScript consumer compiles against', () => {
    const out = path.join(tmp, 'types');
    const emit = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        path.join(ROOT, 'tsconfig.types.json'),
        '--outDir',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(emit.stdout + emit.stderr).toBe('');
    writeFileSync(
      path.join(tmp, 'consumer.ts'),
      `import { diagnose, render, type CheckReport, type Finding } from './types/index.js';
const report: CheckReport = await diagnose({ cwd: '/tmp', timeoutMs: 5000 });
const errors: Finding[] = report.findings.filter((f) => f.severity === 'error');
const md: string = render(report, 'markdown');
// @ts-expect-error an unknown format is a type error
render(report, 'xml');
export { errors, md };
`,
    );
    writeFileSync(
      path.join(tmp, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules', '@types')],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(path.join(tmp, 'package.json'), '{"type":"module"}');
    const check = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', tmp],
      {
        encoding: 'utf8',
      },
    );
    expect(check.stdout + check.stderr).toBe('');
  });
});
