import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/documentation/readme-present.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const PROSE = `A tool that helps district health teams record vaccination sessions offline and sync them
to the national registry when a connection is available. It is used in clinics across three
countries and maintained by a non-profit foundation. This README explains what it does, how to
install it on a laptop or a server, and where the full documentation lives for administrators.`;

const BADGES = Array.from(
  { length: 30 },
  (_, i) => `[![badge ${i}](https://img.shields.io/badge/x-${i}-green.svg)](https://ci.example.org/${i})`,
).join('\n');

describe('documentation/readme-present', () => {
  it('passes a substantive README and cites its path and size', () => {
    const text = `# Vaxtrack\n\n${PROSE}\n`;
    const [finding] = runCheck(check, repo({ 'README.md': text }));
    expect(finding).toMatchObject({
      outcome: 'pass',
      messageId: 'found',
      path: 'README.md',
      data: { path: 'README.md', size: Buffer.byteLength(text) },
    });
    expect(Number(finding?.data?.chars)).toBeGreaterThanOrEqual(300);
  });

  it.each([
    ['only a title', '# Vaxtrack\n'],
    ['a title and badges', `# Vaxtrack\n\n${BADGES}\n`],
    ['a title and an image', '# Vaxtrack\n\n![screenshot](docs/shot.png)\n\n<img src="logo.png">\n'],
    ['a title and code only', '# Vaxtrack\n\n```\n' + 'npm install\n'.repeat(50) + '```\n'],
  ])('warns with the length when the README holds %s', (_name, text) => {
    const [finding] = runCheck(check, repo({ 'README.md': text }));
    expect(finding).toMatchObject({ outcome: 'warn', messageId: 'short', path: 'README.md' });
    expect(Number(finding?.data?.chars)).toBeLessThan(300);
  });

  it('counts reStructuredText prose but not its badge directives', () => {
    const rst = `Vaxtrack\n========\n\n.. image:: https://ci.example.org/badge.svg\n   :target: https://ci.example.org\n\n${PROSE}\n`;
    expect(outcomeOf(check, repo({ 'README.rst': rst }))).toBe('pass');
    const badgesOnly = `Vaxtrack\n========\n\n${'.. image:: https://ci.example.org/badge.svg\n   :target: https://ci.example.org/long/path/to/a/page\n'.repeat(10)}`;
    expect(outcomeOf(check, repo({ 'README.rst': badgesOnly }))).toBe('warn');
  });

  it('judges the most substantive of several root READMEs', () => {
    const [finding] = runCheck(
      check,
      repo({ 'README.md': '# Vaxtrack\n', 'README.rst': `Vaxtrack\n========\n\n${PROSE}\n` }),
    );
    expect(finding).toMatchObject({ outcome: 'pass', path: 'README.rst' });
  });

  it.each([[{ 'docs/README.md': PROSE }], [{ 'src/README.md': PROSE }], [{ LICENSE: 'MIT' }]])(
    'fails when there is no README at the root: %o',
    (files) => {
      expect(runCheck(check, repo(files))).toEqual([{ outcome: 'fail', messageId: 'missing' }]);
    },
  );

  it('warns when the README could not be read as text', () => {
    const snapshot = repo({}, { sizes: { 'README.md': 900 }, notes: [{ path: 'README.md', reason: 'binary' }] });
    expect(runCheck(check, snapshot)).toEqual([
      { outcome: 'warn', messageId: 'unreadable', path: 'README.md', data: { path: 'README.md', reason: 'binary' } },
    ]);
  });

  it('warns when the README text was not read at all', () => {
    const [finding] = runCheck(check, repo({}, { sizes: { README: 900 } }));
    expect(finding).toMatchObject({ outcome: 'warn', messageId: 'unreadable', data: { reason: 'text not read' } });
  });

  it('still judges a README that was only truncated', () => {
    const snapshot = repo(
      { 'README.md': `# Vaxtrack\n\n${PROSE}\n` },
      { notes: [{ path: 'README.md', reason: 'truncated' }] },
    );
    expect(outcomeOf(check, snapshot)).toBe('pass');
  });
});
