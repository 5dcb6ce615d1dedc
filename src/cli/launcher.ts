/**
 * dist/cli.cjs: starts go-doctor fast (CommonJS, so Node skips its ES module loader). Most of a short run is V8 compiling the bundle, so `npm run build`
 * records V8's code cache for this Node version next to the bundle (dist/cli-main.<node version>.cache,
 * made by running one check). When that file exists the bundle is compiled from it; otherwise, or on any
 * problem, the bundle is simply required. Nothing is ever written at run time unless
 * GO_DOCTOR_WRITE_CODE_CACHE is set (only the build does that).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

interface Program {
  start(): Promise<void>;
}

const dir = __dirname;
const bundle = path.join(dir, 'cli-main.cjs');
const cacheFile = path.join(dir, `cli-main.${process.version}.cache`);
const load = createRequire(path.join(dir, 'cli.cjs'));

function withCodeCache(writeCache: boolean): { program: Program; script: vm.Script } | null {
  let cachedData: Buffer | undefined;
  if (!writeCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      return null;
    }
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  if (cachedData && script.cachedDataRejected) return null;
  const module = { exports: {} as Program };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn(module.exports, load, module, bundle, dir);
  return { program: module.exports, script };
}

const writeCache = process.env.GO_DOCTOR_WRITE_CODE_CACHE === '1';
let loaded: ReturnType<typeof withCodeCache> = null;
try {
  loaded = withCodeCache(writeCache);
} catch {
  loaded = null;
}
const program = loaded?.program ?? (load(bundle) as Program);
program.start().then(() => {
  if (writeCache && loaded) writeFileSync(cacheFile, loaded.script.createCachedData());
});
