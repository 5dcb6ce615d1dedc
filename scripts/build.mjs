#!/usr/bin/env node
// Bundles the CLI and the library into dist/ with esbuild: one file each, so start-up loads one module.
import { readFileSync } from 'node:fs';
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
    outfile: path.join(root, 'dist/cli.js'),
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'src/index.ts')],
    outfile: path.join(root, 'dist/index.js'),
  }),
]);
