import { describe, expect, it } from 'vitest';
import { terminal } from '../../src/reporters/terminal.js';
import { CANONICAL_REPORT } from './canonical.js';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

describe('terminal reporter', () => {
  it('prints the canonical report', async () => {
    await expect(terminal(CANONICAL_REPORT, { color: false })).toMatchFileSnapshot(
      '__snapshots__/canonical.terminal.txt',
    );
  });

  it('uses colour only when asked, and the words are the same either way', () => {
    const plain = terminal(CANONICAL_REPORT, { color: false });
    const coloured = terminal(CANONICAL_REPORT, { color: true });
    expect(plain).not.toMatch(ANSI);
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('details only indicators that are not passing, and caps long evidence lists', () => {
    const out = terminal(CANONICAL_REPORT, { color: false });
    expect(out).toContain('✖ 3 Clear ownership: fail');
    expect(out).not.toContain('✔ 2 Use of approved open licenses: pass');
    expect(out).toContain('… and 2 more (see --format json)');
    expect(out).toContain('check privacy-and-laws/x failed to run: boom');
  });
});
