/** Every go-doctor subcommand, in the order help lists them. Add a command by adding its module here. */
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { duCommand } from './du.js';
import { explainCommand } from './explain.js';
import { factsCommand, snapshotCommand } from './facts.js';
import { fixCommand } from './fix.js';
import { installsCommand } from './installs.js';
import { relocateCommand } from './relocate.js';
import { shellsCommand } from './shells.js';
import type { Command } from './types.js';

export const COMMANDS: readonly Command[] = [
  checkCommand,
  fixCommand,
  explainCommand,
  installsCommand,
  shellsCommand,
  duCommand,
  relocateCommand,
  snapshotCommand,
  diffCommand,
  factsCommand,
];
