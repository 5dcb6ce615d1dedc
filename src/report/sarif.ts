/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, any SARIF viewer). Pure.
 *
 * Code scanning needs every result to point at a file inside the repository, but go-doctor's findings
 * are about the machine. So results are anchored to the repository's go.work or go.mod (else the repo
 * policy file), line 1; a policy finding points at the policy line it breaks. The real paths a finding
 * names stay in its properties. Without any such file, results carry no location (viewers still list
 * them; GitHub code scanning needs one of those files in the repository).
 */
import { type AnyCheck, GROUPS, type Severity } from '../core/check.js';
import { type Lang, localizer } from '../i18n/index.js';
import { dedent } from './checks-doc.js';
import { type CheckReport, findingLocation } from './model.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** Go's own reference for the settings go-doctor checks. */
const GO_ENV_DOCS = 'https://pkg.go.dev/cmd/go#hdr-Environment_variables';

function firstParagraph(md: string): string {
  const p = dedent(md).split(/\n\s*\n/)[0] ?? '';
  return p.replace(/\s+/g, ' ').trim();
}

/** A stable 32-bit FNV-1a hash in hex, for partial fingerprints (no crypto needed, no I/O). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export interface SarifOptions {
  checks: readonly AnyCheck[];
  /** The words SARIF adds around the (already localized) findings; rule metadata stays English. */
  lang?: Lang;
}

export function renderSarif(report: CheckReport, options: SarifOptions): string {
  const ui = localizer(options.lang).ui;
  const ruleIndex = new Map<string, number>();
  const rules = options.checks.map((c, i) => {
    ruleIndex.set(c.id, i);
    const docs = dedent(c.docs);
    return {
      id: c.id,
      name: c.id
        .split('-')
        .map((w) => (w[0] ?? '').toUpperCase() + w.slice(1))
        .join(''),
      shortDescription: { text: c.title },
      fullDescription: { text: firstParagraph(c.docs) || c.title },
      help: {
        text: docs,
        markdown: `**${c.title}** (variables: ${c.vars.map((v) => `\`${v}\``).join(', ')})\n\n${docs}`,
      },
      helpUri: GO_ENV_DOCS,
      properties: { group: c.group, groupTitle: GROUPS[c.group].title, vars: [...c.vars] },
    };
  });

  const anchor = report.anchor;
  const results = report.findings.map((f) => {
    const lines = [f.message];
    if (f.why) lines.push(f.why);
    const fixes = f.fixes.map((x) => x.text);
    if (fixes.length > 0) lines.push(`${ui.sarif.fix} ${fixes.join(' ; ')}`);
    const result: Record<string, unknown> = {
      ruleId: f.id,
      level: LEVEL[f.severity],
      message: { text: lines.join('\n') },
      partialFingerprints: { 'goDoctorFinding/v1': fnv1a(`${f.id}\0${f.code}\0${f.vars.join(',')}`) },
      properties: {
        code: f.code,
        severity: f.severity,
        group: f.group,
        vars: f.vars,
        fixes,
        data: f.data,
        machine: { os: report.os, arch: report.arch, cwd: report.cwd, go: report.go?.path ?? null },
      },
    };
    const idx = ruleIndex.get(f.id);
    if (idx !== undefined) result.ruleIndex = idx;
    const at = findingLocation(report, f);
    if (at !== null) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: at.uri, uriBaseId: 'SRCROOT' },
            region: { startLine: at.line },
          },
          message: {
            text: at.policyRule ? ui.sarif.policyRule : ui.sarif.anchored({ uri: at.uri }),
          },
        },
      ];
    }
    return result;
  });

  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: 'go-doctor',
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: GO_ENV_DOCS,
        rules,
      },
    },
    results,
    invocations: [
      {
        executionSuccessful: report.summary.crashed === 0,
        ...(report.results.some((r) => r.status === 'crashed')
          ? {
              toolExecutionNotifications: report.results
                .filter((r) => r.status === 'crashed')
                .map((r) => ({
                  level: 'error',
                  message: { text: ui.text.crashed({ id: r.id, crash: r.crash ?? '' }) },
                })),
            }
          : {}),
      },
    ],
    properties: {
      go: report.go,
      os: report.os,
      arch: report.arch,
      summary: report.summary,
    },
  };
  if (anchor.root !== null) {
    run.originalUriBaseIds = { SRCROOT: { uri: fileUri(anchor.root, report.os === 'windows') } };
  }
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

/** file:///abs/dir/ (with the trailing slash SARIF requires for a base URI). */
export function fileUri(dir: string, windows: boolean): string {
  let p = windows ? dir.replace(/\\/g, '/') : dir;
  if (!p.endsWith('/')) p += '/';
  if (windows && /^[A-Za-z]:/.test(p)) p = `/${p}`;
  return `file://${p
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/%3A/g, ':'))
    .join('/')}`;
}
