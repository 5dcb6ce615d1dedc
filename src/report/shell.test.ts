import { describe, expect, it } from 'vitest';
import type { Fix } from '../core/fix.js';
import { quotePosix, renderFix } from './shell.js';

const cases: [Fix, Record<string, string>][] = [
  [
    { kind: 'set-env', var: 'GOPATH', value: '/home/a b/go' },
    {
      bash: "export GOPATH='/home/a b/go'",
      fish: "set -gx GOPATH '/home/a b/go'",
      powershell: "$env:GOPATH = '/home/a b/go'",
      cmd: 'set "GOPATH=/home/a b/go"',
    },
  ],
  [
    { kind: 'go-env-w', var: 'GOPROXY', value: 'https://goproxy.cn,direct' },
    {
      bash: 'go env -w GOPROXY=https://goproxy.cn,direct',
      fish: 'go env -w GOPROXY=https://goproxy.cn,direct',
      powershell: "go env -w 'GOPROXY=https://goproxy.cn,direct'",
    },
  ],
  [
    { kind: 'go-env-w', var: 'GOFLAGS', value: '-mod=mod -tags=a' },
    { bash: "go env -w GOFLAGS='-mod=mod -tags=a'", powershell: "go env -w 'GOFLAGS=-mod=mod -tags=a'" },
  ],
  [
    { kind: 'path-add', dir: '/home/a/go/bin', position: 'prepend' },
    {
      bash: 'export PATH="/home/a/go/bin:$PATH"',
      zsh: 'export PATH="/home/a/go/bin:$PATH"',
      fish: 'fish_add_path --global --move /home/a/go/bin',
      powershell: "$env:Path = '/home/a/go/bin;' + $env:Path",
    },
  ],
  [
    { kind: 'path-add', dir: '/opt/$weird"dir', position: 'append' },
    { bash: 'export PATH="$PATH:/opt/\\$weird\\"dir"' },
  ],
  [
    { kind: 'unset-env', var: 'GOROOT' },
    { bash: 'unset GOROOT', fish: 'set -e GOROOT', powershell: 'Remove-Item Env:GOROOT', cmd: 'set GOROOT=' },
  ],
  [
    { kind: 'mkdir', path: "/tmp/it's" },
    {
      bash: "mkdir -p '/tmp/it'\\''s'",
      powershell: "New-Item -ItemType Directory -Force -Path '/tmp/it''s'",
    },
  ],
  [{ kind: 'run', argv: ['chmod', 'u+w', '/a b'] }, { bash: "chmod u+w '/a b'" }],
];

describe('fixes in shell syntax', () => {
  for (const [fix, byShell] of cases) {
    for (const [shell, text] of Object.entries(byShell)) {
      it(`${fix.kind} in ${shell}`, () => {
        expect(renderFix(fix, shell as Parameters<typeof renderFix>[1])).toBe(text);
      });
    }
  }
  it('quotes every POSIX-special character', () => {
    for (const s of ['a b', '$HOME', '`x`', "it's", '*', '', 'a;b', 'a|b', '~/go']) {
      const q = quotePosix(s);
      expect(q.startsWith("'"), `${s} -> ${q}`).toBe(true);
    }
  });
});
