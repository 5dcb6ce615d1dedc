import { describe, expect, it } from 'vitest';
import { linuxFacts, withStartup } from '../../../test/support/facts.js';
import { startupAnalysis } from './startup.js';

describe('startupAnalysis gate', () => {
  it('skips the analysis only when no stored line matches the hint', () => {
    const plain = withStartup(linuxFacts(), { '~/.bashrc': 'export PATH="$HOME/bin:$PATH"\n' }, {});
    expect(startupAnalysis(plain, /GOROOT/)).toBeNull();
    expect(startupAnalysis(plain)).not.toBeNull();
    // The GOROOT line sits in a file sourced from ~/.bashrc: it is still seen.
    const sourced = withStartup(
      linuxFacts(),
      { '~/.bashrc': '. ~/.go.sh\n', '~/.go.sh': 'export GOROOT=/opt/go\n' },
      {},
    );
    const a = startupAnalysis(sourced, /GOROOT/);
    expect(a?.assignments.some((x) => x.var === 'GOROOT' && x.file.endsWith('/.go.sh'))).toBe(true);
  });
});
