import { defineCheck } from '../../core/check.js';
import { diskAnalysis, formatBytes } from '../../core/du.js';

export default defineCheck({
  id: 'du-unreadable',
  title: 'Every entry under the measured locations could be read',
  group: 'disk',
  vars: ['GOCACHE', 'GOMODCACHE', 'GOBIN', 'GOPATH'],
  docs: `
\`go-doctor du\` only. Some entries under a measured location could not be listed or stat'ed (EACCES for
another user's directory, ENOENT for one removed while walking), so its size is a lower bound. The first one is named; \`--format json\`
lists them. Nothing is wrong with go because of it, unless go itself needs those files.
`,
  messages: {
    unreadable: {
      message: (d: {
        count: number;
        var: string;
        path: string;
        firstPath: string | null;
        firstCode: string | null;
        bytes: number;
      }) =>
        `${d.count} entr${d.count === 1 ? 'y' : 'ies'} under ${d.var} (${d.path}) could not be read${d.firstPath !== null ? ` (first: ${d.firstPath}: ${d.firstCode ?? ''})` : ''}, so its size is at least ${formatBytes(d.bytes)}.`,
    },
  },
  run(ctx, report) {
    for (const u of diskAnalysis(ctx.facts, ctx.thresholds).unreadable) {
      const v = u.var.startsWith('GOPATH') ? 'GOPATH' : u.var === 'GOBIN' ? 'GOBIN' : u.var;
      report('unreadable', 'info', { ...u }, { vars: [v] });
    }
  },
});
