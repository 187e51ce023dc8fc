import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/documentation/no-placeholders.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const CLEAN = '# Vaxtrack\n\nRecords vaccination sessions.\n\n## Install\n\nRun the installer.\n';

describe('documentation/no-placeholders', () => {
  it('passes documentation without placeholders and names the files read', () => {
    expect(runCheck(check, repo({ 'README.md': CLEAN, 'docs/index.md': '# Docs\n\nWelcome.\n' }))).toEqual([
      { outcome: 'pass', messageId: 'clean', path: 'README.md', data: { paths: 'README.md, docs/index.md' } },
    ]);
  });

  it.each([
    ['TODO', 'TODO: write this section'],
    ['@TODO', 'Deployment guide @todo'],
    ['TBD', 'Licensing model: TBD'],
    ['Coming soon', 'API reference coming soon!'],
    ['Lorem ipsum', 'Lorem ipsum dolor sit amet.'],
  ])('warns on "%s" and cites the line', (label, line) => {
    const findings = runCheck(check, repo({ 'README.md': `${CLEAN}\n${line}\n` }));
    expect(findings).toEqual([
      { outcome: 'warn', messageId: 'placeholder', path: 'README.md', line: 9, data: { label, text: line } },
    ]);
  });

  it.each([
    ['a lower-case "todo" in prose', 'A simple todo list for clinics.'],
    ['a TODO inside fenced code', '```js\n// TODO: handle errors\n```'],
    ['a TODO in an HTML comment', '<!-- TODO: add screenshots -->'],
    ['a multi-line HTML comment', '<!--\nTBD\nComing soon\n-->'],
  ])('ignores %s', (_name, block) => {
    expect(outcomeOf(check, repo({ 'README.md': `${CLEAN}\n${block}\n` }))).toBe('pass');
  });

  it('warns on a heading followed directly by one of the same or a higher level, and on a trailing empty heading', () => {
    const readme = '# Vaxtrack\n\n## Installation\n\n## Usage\n\nText.\n\n### Options\n# Appendix\n';
    const findings = runCheck(check, repo({ 'README.md': readme }));
    expect(findings.map((f) => [f.messageId, f.line, f.data?.heading])).toEqual([
      ['emptySection', 3, 'Installation'],
      ['emptySection', 9, 'Options'],
      ['emptySection', 10, 'Appendix'],
    ]);
  });

  it('does not treat a heading followed by its own sub-heading as empty', () => {
    expect(outcomeOf(check, repo({ 'README.md': '# Vaxtrack\n## Install\nSteps.\n' }))).toBe('pass');
  });

  it('caps the listed findings at ten and counts the rest', () => {
    const readme = `${CLEAN}\n${Array.from({ length: 15 }, (_, i) => `- TODO item ${i}`).join('\n')}\n`;
    const findings = runCheck(check, repo({ 'README.md': readme }));
    expect(findings).toHaveLength(11);
    expect(findings.slice(0, 10).every((f) => f.messageId === 'placeholder')).toBe(true);
    expect(findings[10]).toEqual({ outcome: 'warn', messageId: 'more', data: { count: 5 } });
  });

  it('is not applicable when there is no README or docs index to read', () => {
    expect(runCheck(check, repo({ 'src/main.py': 'TODO' }))).toEqual([
      { outcome: 'not-applicable', messageId: 'noDocs' },
    ]);
  });
});
