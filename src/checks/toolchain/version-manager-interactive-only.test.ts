import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, withStartup } from '../../../test/support/facts.js';
import check from './version-manager-interactive-only.js';

const DEBIAN_BASHRC = `# ~/.bashrc
case $- in
    *i*) ;;
      *) return;;
esac
HISTSIZE=1000
export GOENV_ROOT="$HOME/.goenv"
export PATH="$GOENV_ROOT/bin:$PATH"
eval "$(goenv init -)"
`;

describe('version-manager-interactive-only', () => {
  it('passes without startup facts', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns about goenv activated after the interactive guard of ~/.bashrc', () => {
    const f = withStartup(linuxFacts(), { '~/.bashrc': DEBIAN_BASHRC });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.severity).toBe('warning');
    expect(x?.message).toContain('goenv is activated in ~/.bashrc:8');
    expect(x?.message).toContain('bash reads only in interactive shells');
    expect(x?.fixes[0]?.text).toContain('~/.profile');
    expect(x?.fixes[0]?.text).toContain('.goenv/shims');
  });

  it('stays silent when ~/.bash_profile sources ~/.bashrc without a guard (login shells see it)', () => {
    const f = withStartup(linuxFacts(), {
      '~/.bash_profile': '[ -f ~/.bashrc ] && . ~/.bashrc\n',
      '~/.bashrc': 'eval "$(goenv init -)"\n',
    });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('warns about mise in ~/.zshrc only when go comes from mise, with the zsh fix', () => {
    const files = { '~/.zshrc': 'eval "$(mise activate zsh)"\n' };
    expect(runCheck(check, withStartup(linuxFacts(), files)).findings).toEqual([]);
    const f = withStartup(linuxFacts(), files);
    const b = f.goBinaries[0];
    if (b) b.realPath = '/home/alice/.local/share/mise/installs/go/1.23.5/bin/go';
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.message).toContain('zsh reads only in login+interactive and interactive');
    expect(r.findings[0]?.fixes[0]?.text).toBe('add to ~/.zshenv: eval "$(mise activate zsh --shims)"');
  });

  it('is satisfied when ~/.zshenv already provides the shims', () => {
    const f = withStartup(linuxFacts(), {
      '~/.zshenv': 'export PATH="$HOME/.goenv/shims:$PATH"\n',
      '~/.zshrc': 'eval "$(goenv init -)"\n',
    });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('warns about fish_add_path of goenv shims inside a status is-interactive block', () => {
    const f = withStartup(linuxFacts(), {
      '~/.config/fish/config.fish': 'if status is-interactive\n    fish_add_path $HOME/.goenv/shims\nend\n',
    });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.message).toContain('~/.config/fish/config.fish:2');
    expect(r.findings[0]?.fixes[0]?.text).toBe(
      'add to ~/.config/fish/conf.d/go.fish: fish_add_path $HOME/.goenv/shims $HOME/.goenv/bin',
    );
  });
});
