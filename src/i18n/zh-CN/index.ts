/** Simplified Chinese (zh-CN): every catalog of the language. */
import { mergeTranslations } from '../define.js';
import { registerCatalog } from '../index.js';
import type { Catalog } from '../types.js';
import { build } from './checks-build.js';
import { cache } from './checks-cache.js';
import { disk } from './checks-disk.js';
import { environment } from './checks-environment.js';
import { gopath } from './checks-gopath.js';
import { modules } from './checks-modules.js';
import { network } from './checks-network.js';
import { policy } from './checks-policy.js';
import { toolchain } from './checks-toolchain.js';
import { commands } from './commands.js';
import { titles } from './titles.js';
import { ui } from './ui.js';

export const zhCN: Catalog = {
  ...mergeTranslations([toolchain, environment, gopath, cache, modules, network, build, policy, disk]),
  ui,
  titles,
  commands,
};

registerCatalog('zh-CN', zhCN);
