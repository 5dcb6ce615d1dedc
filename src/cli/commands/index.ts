/** Every go-doctor subcommand, in the order help lists them. Add a command by adding its module here. */
import { checkCommand } from './check.js';
import { explainCommand } from './explain.js';
import { factsCommand } from './facts.js';
import { fixCommand } from './fix.js';
import { installsCommand } from './installs.js';
import { shellsCommand } from './shells.js';
import type { Command } from './types.js';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  explainCommand,
  fixCommand,
  installsCommand,
  shellsCommand,
  factsCommand,
];
