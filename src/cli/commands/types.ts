import type { ParseArgsConfig } from 'node:util';
import type { Io } from '../io.js';

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One go-doctor subcommand: its own options and help, run with parsed arguments. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The command's full help text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Whether positional arguments are accepted (e.g. explain VAR…). */
  positionals?: boolean;
  run(args: { values: OptionValues; positionals: string[] }, io: Io): Promise<number>;
}
