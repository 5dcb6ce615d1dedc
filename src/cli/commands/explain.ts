/**
 * go-doctor explain [VAR…]: where each go env setting comes from, what it hides and how defaults are
 * derived. Text or JSON (docs/explain.md).
 */
import { collectGoEnvExtra } from '../../collect/explain.js';
import { GO_ENV_QUERY_COSTLY, GO_ENV_QUERY_MODULE } from '../../core/envnames.js';
import { checkNames, explain, UnknownVariableError } from '../../core/explain.js';
import { renderExplainJson, renderExplainText } from '../../report/explain.js';
import { VERSION } from '../../version.js';
import { COMMON_OPTIONS, colorEnabled, factsFor, langFor, oneOf, parseTimeout, UsageError } from '../io.js';
import type { Command } from './types.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show where each go env setting comes from and what it hides',
  help: `Usage: go-doctor explain [options] [VAR…]

For each go env variable (all that "go env" prints when no VAR is given): the value go uses, the layer
it comes from (the environment, the go env -w file with its line, $GOROOT/go.env, or the built-in
default and how go derives it), the lower layers it hides, and the values go skips (an empty
environment variable does not clear a go env -w value). See docs/explain.md.

Options:
  --format text|json        output format (default text)
  --facts FILE              explain a saved facts snapshot (go-doctor snapshot) instead of this machine
  --timeout SECONDS         limit for each go subprocess (default 10)
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)
  --color, --no-color       force colour on or off (default: on for terminals; NO_COLOR, FORCE_COLOR respected)

Exit codes: 0 explained, 2 usage error (including a VAR that is not a go env variable).
`,
  options: { ...COMMON_OPTIONS, format: { type: 'string' } },
  positionals: true,
  async run({ values, positionals }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    // Reject unknown names before collecting anything.
    try {
      checkNames(positionals);
    } catch (err) {
      if (err instanceof UnknownVariableError)
        throw new UsageError((w) => w.explain.unknownVar({ names: err.names, caseHint: err.caseHint }));
      throw err;
    }
    const facts = await factsFor(values, io);
    if (typeof values.facts !== 'string') {
      const want = (group: readonly string[]) =>
        positionals.length === 0 || positionals.some((n) => group.includes(n));
      const groups = [GO_ENV_QUERY_MODULE, GO_ENV_QUERY_COSTLY].filter(want);
      const timeout = typeof values.timeout === 'string' ? values.timeout : undefined;
      const extra = await collectGoEnvExtra(
        facts,
        io.env,
        parseTimeout(timeout),
        groups,
        positionals.length === 0 || positionals.includes('GOTOOLCHAIN'),
      );
      if (extra.length > 0) facts.goEnvExtra = extra;
    }
    const e = explain(facts, positionals);
    if (format === 'json') io.stdout.write(renderExplainJson(e, VERSION));
    else {
      const colorFlag = values['no-color'] ? false : values.color ? true : undefined;
      io.stdout.write(
        renderExplainText(e, {
          color: colorEnabled(io, colorFlag),
          toolVersion: VERSION,
          lang: langFor(values.lang, io.env),
        }),
      );
    }
    return 0;
  },
};
