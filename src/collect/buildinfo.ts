/**
 * Reads the Go build information of an executable without running it, the way debug/buildinfo does:
 * find the data that holds the "\xff Go buildinf:" header (ELF section .go.buildinfo, Mach-O section
 * __go_buildinfo, PE .data; else the start of the first data section), then decode the Go 1.18+ inline
 * form: a 32-byte header, then the release ("go1.23.5") and the module info as varint-prefixed strings.
 * Only small chunks are read (headers and at most 64 KB of data), never the whole file. Binaries built
 * before Go 1.18 (pointer-based form) are recognised as Go but their version is not decoded.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface BuildInfo {
  /** The Go release that built it, e.g. "go1.23.5". */
  goVersion: string;
  /** The main package path ("path" line), e.g. "golang.org/x/tools/gopls". */
  path?: string;
  /** The main module ("mod" line): path and version. */
  mod?: { path: string; version: string };
}

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const SEARCH = 64 * 1024;

/** Random access to a file (or a buffer in tests). */
export interface Reader {
  read(offset: number, length: number): Buffer;
}

export function fileReader(fd: number): Reader {
  return {
    read(offset, length) {
      const buf = Buffer.alloc(length);
      const n = readSync(fd, buf, 0, length, offset);
      return buf.subarray(0, n);
    },
  };
}

export function bufferReader(b: Buffer): Reader {
  return { read: (offset, length) => b.subarray(offset, offset + length) };
}

function cstr(b: Buffer, start: number, max: number): string {
  const end = b.indexOf(0, start);
  return b.toString('latin1', start, end < 0 || end > start + max ? start + max : end);
}

/** File offset and size of the data to search, per format; null when the file is none of them. */
function locateELF(r: Reader, h: Buffer): { offset: number; size: number } | null {
  const is64 = h[4] === 2;
  const le = h[5] === 1;
  const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
  const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const u64 = (b: Buffer, o: number) => Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o));
  const shoff = is64 ? u64(h, 0x28) : u32(h, 0x20);
  const shentsize = u16(h, is64 ? 0x3a : 0x2e);
  const shnum = u16(h, is64 ? 0x3c : 0x30);
  const shstrndx = u16(h, is64 ? 0x3e : 0x32);
  if (shoff === 0 || shnum === 0 || shnum > 4096 || shentsize < (is64 ? 64 : 40)) return null;
  const table = r.read(shoff, shnum * shentsize);
  if (table.length < shnum * shentsize) return null;
  const sec = (i: number) => {
    const o = i * shentsize;
    return {
      name: u32(table, o),
      type: u32(table, o + 4),
      flags: is64 ? u64(table, o + 8) : u32(table, o + 8),
      offset: is64 ? u64(table, o + 0x18) : u32(table, o + 0x10),
      size: is64 ? u64(table, o + 0x20) : u32(table, o + 0x14),
    };
  };
  const strtab = sec(shstrndx);
  const names = r.read(strtab.offset, Math.min(strtab.size, 64 * 1024));
  let firstData: { offset: number; size: number } | null = null;
  for (let i = 0; i < shnum; i++) {
    const s = sec(i);
    const name = cstr(names, s.name, 64);
    if (name === '.go.buildinfo') return { offset: s.offset, size: s.size };
    // SHT_PROGBITS, SHF_WRITE|SHF_ALLOC: where older linkers put the header.
    if (!firstData && s.type === 1 && (s.flags & 3) === 3) firstData = { offset: s.offset, size: s.size };
  }
  return firstData;
}

function locateMachO(r: Reader, h: Buffer): { offset: number; size: number } | null {
  const magic = h.readUInt32LE(0);
  const is64 = magic === 0xfeedfacf;
  const ncmds = h.readUInt32LE(16);
  const sizeofcmds = h.readUInt32LE(20);
  const start = is64 ? 32 : 28;
  if (sizeofcmds > 1 << 20) return null;
  const cmds = r.read(start, sizeofcmds);
  let off = 0;
  let data: { offset: number; size: number } | null = null;
  for (let i = 0; i < ncmds && off + 8 <= cmds.length; i++) {
    const cmd = cmds.readUInt32LE(off);
    const size = cmds.readUInt32LE(off + 4);
    if (size < 8) return null;
    const seg64 = cmd === 0x19;
    if (seg64 || cmd === 0x1) {
      const nsects = cmds.readUInt32LE(off + (seg64 ? 64 : 48));
      let s = off + (seg64 ? 72 : 56);
      for (let j = 0; j < nsects && s + (seg64 ? 80 : 68) <= cmds.length; j++) {
        const sect = cstr(cmds, s, 16);
        const seg = cstr(cmds, s + 16, 16);
        const size = seg64 ? Number(cmds.readBigUInt64LE(s + 40)) : cmds.readUInt32LE(s + 36);
        const offset = cmds.readUInt32LE(s + (seg64 ? 48 : 40));
        if (sect === '__go_buildinfo') return { offset, size };
        if (!data && seg === '__DATA' && sect === '__data') data = { offset, size };
        s += seg64 ? 80 : 68;
      }
    }
    off += size;
  }
  return data;
}

function locatePE(r: Reader, h: Buffer): { offset: number; size: number } | null {
  const pe = h.readUInt32LE(0x3c);
  const coff = r.read(pe, 24);
  if (coff.length < 24 || coff.toString('latin1', 0, 4) !== 'PE\0\0') return null;
  const nsections = coff.readUInt16LE(6);
  const optSize = coff.readUInt16LE(20);
  if (nsections > 256) return null;
  const table = r.read(pe + 24 + optSize, nsections * 40);
  for (let i = 0; i < nsections && (i + 1) * 40 <= table.length; i++) {
    const o = i * 40;
    if (cstr(table, o, 8) === '.data') {
      return { offset: table.readUInt32LE(o + 20), size: table.readUInt32LE(o + 16) };
    }
  }
  return null;
}

function uvarint(b: Buffer, pos: number): [number, number] | null {
  let x = 0;
  let shift = 0;
  for (let i = pos; i < b.length && i < pos + 10; i++) {
    const c = b[i] ?? 0;
    x += (c & 0x7f) * 2 ** shift;
    if (c < 0x80) return [x, i + 1];
    shift += 7;
  }
  return null;
}

/** Parses the module info text (`go version -m` lines) into the fields go-doctor uses. */
export function parseModInfo(text: string): Pick<BuildInfo, 'path' | 'mod'> {
  const out: Pick<BuildInfo, 'path' | 'mod'> = {};
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'path' && f[1]) out.path = f[1];
    else if (f[0] === 'mod' && f[1]) out.mod = { path: f[1], version: f[2] ?? '' };
  }
  return out;
}

/** Decodes the header found in data; null when there is none, 'old' for the pre-1.18 form. */
export function decodeBuildInfo(data: Buffer): BuildInfo | 'old' | null {
  let at = -1;
  for (let i = data.indexOf(MAGIC); i >= 0; i = data.indexOf(MAGIC, i + 1)) {
    if (i % 16 === 0) {
      at = i;
      break;
    }
  }
  if (at < 0 || at + 32 > data.length) return null;
  const flags = data[at + 15] ?? 0;
  if ((flags & 2) === 0) return 'old';
  let pos = at + 32;
  const strings: Buffer[] = [];
  for (let k = 0; k < 2; k++) {
    const v = uvarint(data, pos);
    if (!v) return null;
    const [n, next] = v;
    if (next + n > data.length) return null;
    strings.push(data.subarray(next, next + n));
    pos = next + n;
  }
  const goVersion = strings[0]?.toString('utf8') ?? '';
  if (!goVersion.startsWith('go')) return null;
  let raw = strings[1] ?? Buffer.alloc(0);
  // cmd/go wraps the text in 16-byte sentinels (debug/buildinfo strips them the same way).
  if (raw.length >= 33 && raw[raw.length - 17] === 0x0a) raw = raw.subarray(16, raw.length - 16);
  const mod = raw.toString('utf8');
  return { goVersion, ...parseModInfo(mod) };
}

/** Reads build info through a reader; null when the file is not a Go 1.18+ executable we can read. */
export function readBuildInfoFrom(r: Reader): BuildInfo | null {
  const h = r.read(0, 64);
  if (h.length < 64) return null;
  let loc: { offset: number; size: number } | null = null;
  if (h.toString('latin1', 0, 4) === '\x7fELF') loc = locateELF(r, h);
  else if ([0xfeedfacf, 0xfeedface].includes(h.readUInt32LE(0))) loc = locateMachO(r, h);
  else if (h.toString('latin1', 0, 2) === 'MZ') loc = locatePE(r, h);
  if (!loc || loc.size === 0) return null;
  const data = r.read(loc.offset, Math.min(loc.size, SEARCH));
  const info = decodeBuildInfo(data);
  return info === 'old' ? null : info;
}

/** Reads a file's Go build info; null when it is not a (readable, Go 1.18+) Go executable. Never throws. */
export function readBuildInfo(file: string): BuildInfo | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    return readBuildInfoFrom(fileReader(fd));
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
