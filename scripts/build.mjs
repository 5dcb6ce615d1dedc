#!/usr/bin/env node
// Bundles the CLI and the library into dist/ with esbuild: one file each, so start-up loads one module.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const src = readFileSync(path.join(root, 'src', 'version.ts'), 'utf8');
if (!src.includes(`'${pkg.version}'`)) {
  console.error(`src/version.ts does not match package.json version ${pkg.version}`);
  process.exit(1);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};
await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'src/cli/bin.ts')],
    outfile: path.join(root, 'dist/cli-main.cjs'),
    format: 'cjs',
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'src/cli/launcher.ts')],
    outfile: path.join(root, 'dist/cli.cjs'),
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'src/index.ts')],
    outfile: path.join(root, 'dist/index.js'),
  }),
]);
chmodSync(path.join(root, 'dist/cli.cjs'), 0o755);

// Record V8's code cache for this Node version by running one check (see src/cli/launcher.ts).
// Best effort: without it go-doctor works the same, only starts slower.
for (const f of readdirSync(path.join(root, 'dist'))) {
  if (f.startsWith('cli-main.') && f.endsWith('.cache')) rmSync(path.join(root, 'dist', f));
}
spawnSync(process.execPath, [path.join(root, 'dist/cli.cjs'), 'check', '--timeout', '10'], {
  stdio: 'ignore',
  env: { ...process.env, GO_DOCTOR_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  timeout: 60_000,
});
