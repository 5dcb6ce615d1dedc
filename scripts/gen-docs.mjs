#!/usr/bin/env node
// Writes docs/checks.md from the check declarations (check's and du's disk checks) and docs/policy.schema.json from the policy definition (run after npm run build: it reads dist/index.js).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { allChecks, diskChecks, renderChecksDoc, POLICY_SCHEMA } = await import(
  path.join(root, 'dist', 'index.js')
);
writeFileSync(path.join(root, 'docs', 'checks.md'), renderChecksDoc([...allChecks, ...diskChecks]));
// The repo policy's JSON Schema for editors: the same object go-doctor validates policy files against.
writeFileSync(path.join(root, 'docs', 'policy.schema.json'), `${JSON.stringify(POLICY_SCHEMA, null, 2)}\n`);
