// A module cache of 100k+ files for `npm run bench`, laid out the way the go command lays one out:
//   cache/download/golang.org/x/<m>/@v/{list,vX.info,vX.mod,vX.zip,vX.ziphash}
//   cache/download/sumdb/sum.golang.org/{lookup,tile}/…
//   golang.org/x/<m>@vX/…  (extracted: files 0444, directories 0555, as go makes them)
// Each extracted module is the file and directory layout of $GOROOT/src with the same file sizes (the
// real Go file-size distribution). Files are sparse (ftruncate), so their apparent size — what du -sb
// and the walker measure — is real while the tree costs little disk. Built once, reused while its stamp
// file matches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STAMP = '.go-doctor-bench-tree-v1';

function listTree(src) {
  const files = [];
  const dirs = [];
  const walk = (d, rel) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        dirs.push(r);
        walk(path.join(d, e.name), r);
      } else if (e.isFile()) files.push([r, fs.lstatSync(path.join(d, e.name)).size]);
    }
  };
  walk(src, '');
  return { files, dirs };
}

function sparse(p, size, mode) {
  const fd = fs.openSync(p, 'w', mode);
  if (size > 0) fs.ftruncateSync(fd, size);
  fs.closeSync(fd);
}

/** Returns the directory of a module cache with at least minFiles files (built under os.tmpdir() once). */
export function ensureModCacheTree(goroot, { minFiles = 100_000, dir } = {}) {
  const root = dir ?? path.join(os.tmpdir(), 'go-doctor-bench-modcache');
  const stamp = path.join(root, STAMP);
  if (fs.existsSync(stamp) && Number(fs.readFileSync(stamp, 'utf8')) >= minFiles) return root;
  if (fs.existsSync(root)) {
    // Make the read-only directories writable again, then remove.
    const unlock = (d) => {
      fs.chmodSync(d, 0o755);
      for (const e of fs.readdirSync(d, { withFileTypes: true }))
        if (e.isDirectory()) unlock(path.join(d, e.name));
    };
    unlock(root);
    fs.rmSync(root, { recursive: true, force: true });
  }
  const { files, dirs } = listTree(path.join(goroot, 'src'));
  const total = files.reduce((a, [, s]) => a + s, 0);
  const copies = Math.ceil(minFiles / files.length);
  let count = 0;
  for (let i = 0; i < copies; i++) {
    const mod = `golang.org/x/mod${i}`;
    const ver = `v0.${i}.0`;
    const dl = path.join(root, 'cache', 'download', mod, '@v');
    fs.mkdirSync(dl, { recursive: true });
    fs.writeFileSync(path.join(dl, 'list'), `${ver}\n`);
    fs.writeFileSync(path.join(dl, `${ver}.info`), `{"Version":"${ver}","Time":"2026-01-01T00:00:00Z"}\n`);
    fs.writeFileSync(path.join(dl, `${ver}.mod`), `module ${mod}\n\ngo 1.22\n`);
    fs.writeFileSync(path.join(dl, `${ver}.ziphash`), 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n');
    sparse(path.join(dl, `${ver}.zip`), Math.round(total * 0.3), 0o644);
    const top = path.join(root, `${mod}@${ver}`);
    fs.mkdirSync(top, { recursive: true });
    for (const d of dirs) fs.mkdirSync(path.join(top, d));
    for (const [f, size] of files) sparse(path.join(top, f), size, 0o444);
    count += files.length + 5;
    // go makes extracted module directories read-only; deepest first.
    for (const d of [...dirs].reverse()) fs.chmodSync(path.join(top, d), 0o555);
    fs.chmodSync(top, 0o555);
  }
  const sumdb = path.join(root, 'cache', 'download', 'sumdb', 'sum.golang.org');
  fs.mkdirSync(path.join(sumdb, 'tile', '8', '0'), { recursive: true });
  fs.mkdirSync(path.join(sumdb, 'lookup', 'golang.org', 'x'), { recursive: true });
  for (let i = 0; i < 200; i++)
    sparse(path.join(sumdb, 'tile', '8', '0', `x${String(i).padStart(3, '0')}`), 8192, 0o644);
  for (let i = 0; i < copies; i++)
    fs.writeFileSync(path.join(sumdb, 'lookup', 'golang.org', 'x', `mod${i}@v0.${i}.0`), 'lookup\n');
  count += 200 + copies;
  fs.writeFileSync(stamp, String(count));
  return root;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const goroot = process.argv[2] ?? '/usr/local/go';
  console.log(ensureModCacheTree(goroot));
}
