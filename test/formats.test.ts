/**
 * Report formats: SARIF validated against the SARIF 2.1.0 JSON schema and JUnit against the Jenkins
 * JUnit schema (both fetched by scripts/fetch-schemas.mjs into .tmp/schemas; .ci/run fetches them and
 * sets GO_DOCTOR_REQUIRE_SCHEMAS=1 so that a missing schema fails there instead of skipping), each with a
 * broken copy that must fail so the validators are known to bite; GitHub escaping; the Markdown block;
 * --output and the job summary through the real CLI.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ajv2020 from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { allChecks, diskChecks } from '../src/checks/index.js';
import type { AnyCheck } from '../src/core/check.js';
import { DEFAULT_THRESHOLDS } from '../src/core/du.js';
import type { Facts } from '../src/core/facts.js';
import { parseFacts } from '../src/core/factsfile.js';
import { runChecks } from '../src/core/run.js';
import { escapeData, escapeProperty, renderGithub } from '../src/report/github.js';
import { renderJunit, xmlEscape } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { buildReport, type CheckReport } from '../src/report/model.js';
import { renderSarif } from '../src/report/sarif.js';
import { cli, ROOT } from './support/cli.js';
import { duFixture } from './support/du.js';
import { linuxFacts, setEnv } from './support/facts.js';

// CommonJS modules: take .default where the loader adds one, typed as much as these tests use.
type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null };
type AjvClass = new (options: object) => { compile(schema: unknown): Validator };
const interop = (m: object): unknown => (m as { default?: unknown }).default ?? m;
const Ajv2020 = interop(ajv2020) as AjvClass;
const addFormats = interop(ajvFormats) as (ajv: unknown) => void;

const SCHEMAS = path.join(ROOT, '.tmp', 'schemas');
const requireSchemas = process.env.GO_DOCTOR_REQUIRE_SCHEMAS === '1';
const haveSchemas =
  existsSync(path.join(SCHEMAS, 'sarif-2.1.0.json')) && existsSync(path.join(SCHEMAS, 'junit-jenkins.xsd'));
const withSchemas = haveSchemas || requireSchemas ? it : it.skip;

function report(facts: Facts, checks: readonly AnyCheck[] = allChecks): CheckReport {
  const { results, context } = runChecks(checks, facts, { thresholds: DEFAULT_THRESHOLDS });
  return buildReport({ facts, results, context, checks, toolVersion: 'test', checkMs: 0 });
}

function fixture(name: string): Facts {
  const file = path.join(ROOT, 'test', 'fixtures', 'facts', name);
  return parseFacts(readFileSync(file, 'utf8'), file);
}

/** Linux facts with an error (bad GOFLAGS -mod), a repository root and a go.mod inside it. */
function linuxWithFindings(): Facts {
  const f = setEnv(linuxFacts(), 'GOFLAGS', '-mod=bogus');
  f.module.repoRoot = '/home/alice/src/app';
  f.module.gomod = {
    path: '/home/alice/src/app/svc/go.mod',
    module: 'example.com/app/svc',
    go: '1.22',
    godebug: [],
  };
  return f;
}

const reports: [string, CheckReport, readonly AnyCheck[]][] = [
  ['linux with findings', report(linuxWithFindings()), allChecks],
  ['windows-no-appdata', report(fixture('windows-no-appdata.json')), allChecks],
  ['darwin-homebrew', report(fixture('darwin-homebrew.json')), allChecks],
  // go-doctor du's disk checks over a Windows du snapshot (test/fixtures/du, origin noted there).
  ['du windows-c-full', report(duFixture('windows-c-full.json'), diskChecks), diskChecks],
];

describe('sarif', () => {
  withSchemas('validates against the SARIF 2.1.0 schema, and a broken copy does not', () => {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS, 'sarif-2.1.0.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const [name, r, checks] of reports) {
      const doc = JSON.parse(renderSarif(r, { checks }));
      expect(doc.runs[0].results.length, name).toBeGreaterThan(0);
      expect(validate(doc), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      const broken = structuredClone(doc);
      broken.runs[0].results.push({ ruleId: 'x', level: 'fatal', message: {} });
      expect(validate(broken), name).toBe(false);
    }
  });

  it('anchors machine-level findings to go.mod relative to the repository root', () => {
    const doc = JSON.parse(renderSarif(reports[0]?.[1] as CheckReport, { checks: allChecks }));
    const run = doc.runs[0];
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe('file:///home/alice/src/app/');
    const r = run.results.find((x: { ruleId: string }) => x.ruleId === 'goflags-mod-invalid');
    expect(r.level).toBe('error');
    expect(r.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'svc/go.mod',
      uriBaseId: 'SRCROOT',
    });
    expect(run.tool.driver.rules[r.ruleIndex].id).toBe('goflags-mod-invalid');
    expect(run.tool.driver.rules).toHaveLength(allChecks.length);
    expect(r.properties.fixes).toContain('unset GOFLAGS');
  });

  it('leaves results without a location outside a repository', () => {
    const doc = JSON.parse(renderSarif(reports[1]?.[1] as CheckReport, { checks: allChecks }));
    expect(doc.runs[0].results.length).toBeGreaterThan(0);
    for (const r of doc.runs[0].results) expect(r.locations).toBeUndefined();
    expect(doc.runs[0].originalUriBaseIds).toBeUndefined();
  });
});

describe('junit', () => {
  withSchemas('validates against the Jenkins JUnit schema, and a broken copy does not', async () => {
    const xsd = readFileSync(path.join(SCHEMAS, 'junit-jenkins.xsd'), 'utf8');
    for (const [name, r] of reports) {
      const xml = renderJunit(r, { failOn: 'warning' });
      const ok = await validateXML({ xml: [{ fileName: 'r.xml', contents: xml }], schema: [xsd] });
      expect(
        ok.errors.map((e) => e.rawMessage),
        name,
      ).toEqual([]);
      const bad = await validateXML({
        xml: [{ fileName: 'b.xml', contents: xml.replace('<testcase ', '<testcase bogus="1" ') }],
        schema: [xsd],
      });
      expect(bad.valid, name).toBe(false);
    }
  });

  it('has one test case per check, failing at or above --fail-on', () => {
    const r = reports[1]?.[1] as CheckReport;
    const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;
    const onError = renderJunit(r, { failOn: 'error' });
    expect(count(onError, /<testcase /g)).toBe(allChecks.length);
    // windows-no-appdata: appdata-missing has an error; cgo-no-compiler only a warning.
    expect(count(onError, /<failure /g)).toBe(1);
    expect(onError).toContain('<system-out>[warning]');
    const onWarning = renderJunit(r, { failOn: 'warning' });
    expect(count(onWarning, /<failure /g)).toBe(2);
    expect(count(renderJunit(r, { failOn: 'never' }), /<failure /g)).toBe(0);
    expect(count(onError, /<skipped>/g)).toBe(r.summary.skipped);
  });

  it('escapes text and drops characters XML cannot carry', () => {
    expect(xmlEscape('a<b & "c" \'d\'\u0001>')).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
  });
});

describe('github', () => {
  it('escapes messages and properties as workflow commands require', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('prints one annotation per finding, anchored to go.mod, and a summary line', () => {
    const out = renderGithub(reports[0]?.[1] as CheckReport)
      .trimEnd()
      .split('\n');
    const err = out.find((l) => l.startsWith('::error '));
    expect(err).toMatch(/^::error file=svc\/go\.mod,line=1,title=go-doctor goflags-mod-invalid::GOFLAGS/);
    // A message never spans lines (a newline would end the command).
    for (const l of out.slice(0, -1)) expect(l.startsWith('::')).toBe(true);
    expect(out.at(-1)).toMatch(/^go-doctor: 1 error\(s\)/);
  });
});

describe('markdown', () => {
  it('is a bug-report block with versions, findings, fixes and go env in a collapsible section', () => {
    const r = reports[0]?.[1] as CheckReport;
    r.goEnv = { GOFLAGS: '-mod=bogus', GOPROXY: 'https://proxy.golang.org,direct' };
    const md = renderMarkdown(r);
    expect(md).toContain('### go-doctor report');
    expect(md).toMatch(/#### ❌ error: GOFLAGS/);
    expect(md).toContain('```sh\nunset GOFLAGS');
    expect(md).toContain('<details><summary>go env</summary>');
    expect(md).toContain('GOPROXY="https://proxy.golang.org,direct"');
  });
});

describe('--output and the job summary (real CLI)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-formats-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const factsFile = path.join(tmp, 'facts.json');
  writeFileSync(factsFile, JSON.stringify(fixture('windows-no-appdata.json')));
  const env = { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1' };

  it('writes the chosen format to the file while the terminal gets text', () => {
    const out = path.join(tmp, 'report.sarif');
    const r = cli(['check', '--facts', factsFile, '--format', 'sarif', '--output', out], env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('appdata'); // the text report
    expect(r.stdout).not.toContain('"$schema"');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('appends the Markdown summary to GITHUB_STEP_SUMMARY with --format github', () => {
    const summary = path.join(tmp, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const r = cli(['check', '--facts', factsFile, '--format', 'github'], {
      ...env,
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(r.stdout).toMatch(/^::error title=go-doctor appdata-missing::/m);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('earlier step\n### go-doctor report')).toBe(true);
  });

  it('refuses an unknown format and an unwritable --output with exit code 2', () => {
    expect(cli(['check', '--facts', factsFile, '--format', 'xml'], env).status).toBe(2);
    const r = cli(
      ['check', '--facts', factsFile, '--format', 'junit', '--output', path.join(tmp, 'no', 'such', 'x.xml')],
      env,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot write --output');
  });
});

describe('policy findings point at the policy line (real CLI)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-formats-policy-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  mkdirSync(path.join(tmp, '.git'));
  writeFileSync(
    path.join(tmp, '.go-doctor.yaml'),
    '# team rules\nrequire:\n  GOFLAGS:\n    contains: -mod=readonly\n',
  );
  const env = {
    PATH: process.env.PATH,
    HOME: tmp,
    NO_COLOR: '1',
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-trimpath',
  };

  it('in SARIF and in GitHub annotations; without go.mod other findings anchor to the policy file', () => {
    const sarif = JSON.parse(cli(['check', '--format', 'sarif'], env, tmp).stdout);
    const results = sarif.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
    const p = results.find((r) => r.ruleId === 'policy-require');
    expect(p?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('.go-doctor.yaml');
    expect(p?.locations[0]?.physicalLocation.region.startLine).toBe(3);
    for (const r of results)
      expect(r.locations[0]?.physicalLocation.artifactLocation.uri).toBe('.go-doctor.yaml');
    const gh = cli(['check', '--format', 'github'], env, tmp).stdout;
    expect(gh).toMatch(/^::error file=\.go-doctor\.yaml,line=3,title=go-doctor policy-require::GOFLAGS/m);
  });
});
