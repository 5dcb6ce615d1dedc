/** Every go-doctor subcommand, in the order help lists them. Add a command by adding its module here. */
import { checkCommand } from './check.js';
import { duCommand } from './du.js';
import { explainCommand } from './explain.js';
import { factsCommand } from './facts.js';
import { installsCommand } from './installs.js';
import { shellsCommand } from './shells.js';
import type { Command } from './types.js';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  explainCommand,
  installsCommand,
  shellsCommand,
  duCommand,
  factsCommand,
];
