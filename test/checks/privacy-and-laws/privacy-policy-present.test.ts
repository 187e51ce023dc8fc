import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/privacy-and-laws/privacy-policy-present.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

describe('privacy-and-laws/privacy-policy-present', () => {
  it.each([['PRIVACY.md'], ['docs/legal/privacy-notice.md'], ['TERMS_OF_SERVICE.md'], ['docs/terms.html']])(
    'passes with the document %s',
    (path) => {
      expect(runCheck(check, repo({ [path]: 'x' }))).toEqual([
        { outcome: 'pass', messageId: 'document', path, data: { path } },
      ]);
    },
  );

  it('cites a README line naming privacy laws', () => {
    const snapshot = repo({ 'README.md': '# App\n\nWe designed it for GDPR and POPIA compliance.\n' });
    expect(runCheck(check, snapshot)).toEqual([
      {
        outcome: 'pass',
        messageId: 'law',
        path: 'README.md',
        line: 3,
        data: { path: 'README.md', line: 3, laws: 'GDPR, POPIA' },
      },
    ]);
  });

  it.each([
    ['a markdown link', 'See our [Privacy Policy](https://ex.org/privacy).', 'pass'],
    ['an html link', '<a href="/tos">Terms of Service</a>', 'pass'],
    ['a bare phrase with no link', 'A privacy policy will follow.', 'warn'],
    ['a law spelled out across words', 'Follows the Digital Personal  Data Protection Act, 2023', 'pass'],
    ['a look-alike word', 'Uses the gdprs and coppas helpers', 'warn'],
    ['a law in Portuguese', 'Conforme a Lei Geral de Proteção de Dados', 'pass'],
    ['nothing relevant', 'Build with make.', 'warn'],
  ])('README with %s', (_name, line, expected) => {
    expect(outcomeOf(check, repo({ 'README.md': `# App\n${line}\n` }))).toBe(expected);
  });

  it('caps README evidence at five lines', () => {
    const snapshot = repo({ 'README.md': Array.from({ length: 20 }, () => 'GDPR').join('\n') });
    expect(runCheck(check, snapshot)).toHaveLength(5);
  });

  it('warns when nothing is found and PII is not declared absent', () => {
    const snapshot = repo({ 'README.md': '# App' });
    expect(runCheck(check, snapshot)).toEqual([{ outcome: 'warn', messageId: 'none' }]);
    expect(runCheck(check, snapshot, { doNoHarm: { dataPrivacySecurity: { collectsPII: 'Yes' } } })).toEqual([
      { outcome: 'warn', messageId: 'none' },
    ]);
  });

  it.each([
    ['after a dash', 'Privacy policy - https://ex.org/privacy', 'https://ex.org/privacy'],
    ['after a colon with no space', 'Terms of use:https://ex.org/terms.', 'https://ex.org/terms'],
  ])('passes a policy linked in dpg.yml %s, declared, not verified offline', (_name, step, url) => {
    const findings = runCheck(check, repo({ 'README.md': '# App' }), { privacy: { adherenceSteps: [step] } });
    expect(findings).toEqual([
      { outcome: 'pass', messageId: 'declared', url, data: { field: 'privacy.adherenceSteps[0]', url } },
    ]);
    expect(check.meta.messages.declared).toContain('declared, not verified offline');
  });

  it('cites the file when dpg.yml links a policy document in the repository', () => {
    const snapshot = repo({ 'README.md': '# App', 'legal/data-notice.md': 'x' });
    expect(runCheck(check, snapshot, { privacy: { adherenceSteps: ['legal/data-notice.md'] } })).toEqual([
      { outcome: 'pass', messageId: 'document', path: 'legal/data-notice.md', data: { path: 'legal/data-notice.md' } },
    ]);
  });

  it.each([
    ['a Google Docs document', 'Privacy policy - https://docs.google.com/document/d/abc/edit', 'declaredPrivate'],
    ['a code-of-conduct template', 'Conduct - https://www.contributor-covenant.org/', 'none'],
    ['text with no link', 'We respect privacy', 'none'],
  ])('warns when dpg.yml links %s', (_name, step, messageId) => {
    const declaration = { privacy: { adherenceSteps: [step] } };
    expect(runCheck(check, repo({ 'README.md': '# App' }), declaration).map((f) => f.messageId)).toEqual([messageId]);
    expect(outcomeOf(check, repo({ 'README.md': '# App' }), declaration)).toBe('warn');
  });

  it('is not applicable when dpg.yml declares no PII and nothing is found', () => {
    const findings = runCheck(check, repo({ 'README.md': '# App' }), {
      doNoHarm: { dataPrivacySecurity: { collectsPII: 'No' } },
    });
    expect(findings).toEqual([{ outcome: 'not-applicable', messageId: 'noPii' }]);
  });

  it('does not read README files outside the readme pattern group', () => {
    expect(outcomeOf(check, repo({ 'src/README.md': 'GDPR' }))).toBe('warn');
  });
});
