import { describe, expect, it } from 'vitest';
import { parseEnvFile, parseModFile } from './parse.js';

describe('go env file', () => {
  it('keeps only lines starting with A-Z that have "=", like readEnvFile', () => {
    const r = parseEnvFile(
      'GOPROXY=https://goproxy.cn,direct\n# comment\n\ngoflags=-v\nNOEQUALS\nGOFLAGS=\nGOPRIVATE=a=b\r\n',
    );
    expect(r.entries).toEqual([
      { key: 'GOPROXY', value: 'https://goproxy.cn,direct', line: 1 },
      { key: 'GOFLAGS', value: '', line: 6 },
      { key: 'GOPRIVATE', value: 'a=b\r', line: 7 },
    ]);
    expect(r.ignored).toEqual([
      { line: 4, text: 'goflags=-v' },
      { line: 5, text: 'NOEQUALS' },
    ]);
  });
  it('redacts credentials', () => {
    expect(parseEnvFile('GOPROXY=https://u:p@corp.example\n').entries[0]?.value).toBe(
      'https://***@corp.example',
    );
  });
});

describe('go.mod and go.work', () => {
  it('reads module, go, toolchain and godebug (single and block), ignoring comments', () => {
    const m = parseModFile(
      '/p/go.mod',
      'module "example.com/m" // c\n\ngo 1.22 // lang\ntoolchain go1.23.5\n\ngodebug default=go1.21\ngodebug (\n\tpanicnil=1\n\tasynctimerchan=0 // x\n)\nrequire x v1.0.0\n',
    );
    expect(m).toMatchObject({
      module: 'example.com/m',
      go: '1.22',
      goLine: 3,
      toolchain: 'go1.23.5',
      toolchainLine: 4,
    });
    expect(m.godebug).toEqual([
      { key: 'default', value: 'go1.21', line: 6 },
      { key: 'panicnil', value: '1', line: 8 },
      { key: 'asynctimerchan', value: '0', line: 9 },
    ]);
    expect(m.use).toBeUndefined();
  });
  it('reads use directives of go.work', () => {
    const w = parseModFile('/p/go.work', 'go 1.22.0\n\nuse (\n\t./a\n\t"./b c"\n)\nuse ./d\n');
    expect(w.use).toEqual(['./a', './b c', './d']);
    expect(w.go).toBe('1.22.0');
  });
  it('takes the first go line, as toolchain selection does', () => {
    expect(parseModFile('/p/go.mod', 'go 1.21\ngo 1.22\n').go).toBe('1.21');
  });
});
