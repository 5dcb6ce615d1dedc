#!/usr/bin/env node
// Writes docs/checks.md from the check declarations (run after npm run build: it reads dist/index.js).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { allChecks, renderChecksDoc } = await import(path.join(root, 'dist', 'index.js'));
writeFileSync(path.join(root, 'docs', 'checks.md'), renderChecksDoc(allChecks));
