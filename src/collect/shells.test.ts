import { describe, expect, it } from 'vitest';
import { ptyCommand, runProcess } from './runner.js';
import { hangSite, parseProbe } from './shells.js';

describe('runner pty option', () => {
  it('builds the script(1) command line per platform', () => {
    expect(ptyCommand('bash', ['-i', '-c', "echo 'a b'"], 'linux')).toEqual([
      'script',
      ['-qec', `bash -i -c 'echo '\\''a b'\\'''`, '/dev/null'],
    ]);
    expect(ptyCommand('zsh', ['-i'], 'darwin')).toEqual(['script', ['-q', '/dev/null', 'zsh', '-i']]);
  });

  it.runIf(process.platform === 'linux')(
    'gives the child a terminal, with \\n line ends, and still times out',
    async () => {
      const r = await runProcess('sh', ['-c', 'test -t 0 && test -t 1 && echo tty; echo done'], {
        timeoutMs: 5000,
        pty: true,
      });
      expect(r.stdout).toBe('tty\ndone\n');
      const plain = await runProcess('sh', ['-c', 'test -t 0 && echo tty; echo done'], { timeoutMs: 5000 });
      expect(plain.stdout).toBe('done\n');
      const start = Date.now();
      const hung = await runProcess('sh', ['-c', 'sleep 30'], { timeoutMs: 300, pty: true });
      expect(hung.timedOut).toBe(true);
      expect(Date.now() - start).toBeLessThan(3000);
    },
  );
});

describe('parseProbe', () => {
  it('reads the last marker block, whatever the rc files printed, and keeps only Go PATH entries', () => {
    const out = [
      'Welcome! @@GO-DOCTOR-BEGIN@@ fake',
      '@@GO-DOCTOR-BEGIN@@',
      'go=/old/go',
      '@@GO-DOCTOR-END@@',
      'junk',
      '@@GO-DOCTOR-BEGIN@@\r',
      'go=/usr/local/go/bin/go\r',
      'version=go version go1.23.5 linux/amd64\r',
      'env.GOPATH=/home/u/go\r',
      'env.PATH=/home/u/.cargo/bin:/usr/local/go/bin:/home/u/go/bin:/usr/bin\r',
      '@@GO-DOCTOR-END@@\r',
    ].join('\n');
    expect(parseProbe(out)).toEqual({
      go: '/usr/local/go/bin/go',
      goVersion: '1.23.5',
      env: { GOPATH: '/home/u/go', PATH: '/usr/local/go/bin:/home/u/go/bin' },
    });
  });

  it('reports go failing and a missing block', () => {
    const r = parseProbe(
      '@@GO-DOCTOR-BEGIN@@\ngo=/x/go\nversion=go: cannot find GOROOT directory: /nope\n@@GO-DOCTOR-END@@\n',
    );
    expect(r?.goVersion).toBeNull();
    expect(r?.error).toBe('go version failed: go: cannot find GOROOT directory: /nope');
    expect(parseProbe('bash: garbage')).toBeNull();
  });
});

describe('hangSite', () => {
  const files: Record<string, string> = {
    '/h/.profile': 'export A=1\n',
    '/h/.bashrc': 'export GOPATH=/x\nsleep 100\n',
  };
  const read = (f: string) => files[f] ?? null;
  it('takes file:line from zsh traces', () => {
    expect(hangSite('+/etc/zsh/zshenv:3> true\n+/h/.zshrc:7> read -r x\n', [], read)).toBe(
      '/h/.zshrc:7 (read -r x)',
    );
  });
  it('finds the last traced bash/dash/fish command in the files the mode reads', () => {
    expect(hangSite('+ export GOPATH=/x\n+ sleep 100\n', ['/h/.profile', '/h/.bashrc'], read)).toBe(
      '/h/.bashrc:2 (sleep 100)',
    );
    expect(hangSite('> source /h/.bashrc\n--> sleep 100\n', ['/h/.bashrc'], read)).toBe(
      '/h/.bashrc:2 (sleep 100)',
    );
    expect(hangSite('', ['/h/.bashrc'], read)).toBeNull();
  });
});
