/**
 * Every go-doctor subcommand, in the order help lists them. Add a command by adding its loader here.
 *
 * Only `check` (the default) is part of start-up; every other command's module, with what it imports,
 * is loaded when that command runs (or when help lists them all), so adding commands does not slow the
 * default check down.
 */
import { checkCommand } from './check.js';
import type { Command } from './types.js';

const LOADERS: Record<string, () => Promise<Command>> = {
  check: async () => checkCommand,
  fix: async () => (await import('./fix.js')).fixCommand,
  explain: async () => (await import('./explain.js')).explainCommand,
  installs: async () => (await import('./installs.js')).installsCommand,
  shells: async () => (await import('./shells.js')).shellsCommand,
  du: async () => (await import('./du.js')).duCommand,
  relocate: async () => (await import('./relocate.js')).relocateCommand,
  snapshot: async () => (await import('./facts.js')).snapshotCommand,
  diff: async () => (await import('./diff.js')).diffCommand,
  facts: async () => (await import('./facts.js')).factsCommand,
};

/** Command names, in help order. */
export const COMMAND_NAMES: readonly string[] = Object.keys(LOADERS);

/** The command of that name, loaded; undefined for an unknown name. */
export async function loadCommand(name: string): Promise<Command | undefined> {
  const load = Object.hasOwn(LOADERS, name) ? LOADERS[name] : undefined;
  return load ? await load() : undefined;
}

/** Every command, loaded (for help and tests). */
export async function loadCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(async (n) => (await loadCommand(n)) as Command));
}
