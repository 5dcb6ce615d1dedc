/**
 * What `go-doctor explain` needs beyond the default facts: the values `go env` prints that the default
 * query leaves out (GOMOD/GOWORK, the costly cgo flags), each asked in its own `go env -json` call so
 * that one failing (bad GOWORK, unusable build cache) does not hide the other. Never part of `check`.
 */
import { GO_ENV_QUERY_COSTLY, GO_ENV_QUERY_MODULE } from '../core/envnames.js';
import type { Facts, GoEnvQuery } from '../core/facts.js';
import { goQueryOf, queryGoEnv } from './index.js';
import { runProcess } from './runner.js';

/**
 * The user's GOTOOLCHAIN as the local go reads it. The default query forces GOTOOLCHAIN=local, so this
 * asks once more without forcing it, with exactly `go env GOTOOLCHAIN`: that command line (and only it)
 * is answered by the local go without any toolchain switch (cmd/go/internal/toolchain/select.go, Go
 * 1.21+; older releases never switch).
 */
export async function queryGoToolchain(
  binary: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  timeoutMs: number,
): Promise<GoEnvQuery> {
  const args = ['env', 'GOTOOLCHAIN'];
  const r = await runProcess(binary, args, { env, cwd, timeoutMs });
  const q = goQueryOf(binary, args, r, timeoutMs);
  const lines = r.stdout.split('\n');
  if (r.exitCode === 0 && !r.timedOut && lines.length === 2 && lines[1] === '') {
    q.values = { GOTOOLCHAIN: lines[0] ?? '' };
    q.ok = true;
  }
  return q;
}

export async function collectGoEnvExtra(
  facts: Facts,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  groups: readonly (readonly string[])[] = [GO_ENV_QUERY_MODULE, GO_ENV_QUERY_COSTLY],
  toolchain = true,
): Promise<GoEnvQuery[]> {
  const binary = facts.goEnv?.binary;
  if (!binary) return [];
  const runs = groups.map((names) => queryGoEnv(binary, env, facts.cwd, timeoutMs, names));
  if (toolchain) runs.push(queryGoToolchain(binary, env, facts.cwd, timeoutMs));
  return Promise.all(runs);
}
