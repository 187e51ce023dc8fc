import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/sdg-relevance/sdgs-declared.js';
import type { DeclaredSdg } from '../../../src/model/declaration.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const empty = repo({ 'README.md': '# Tool' });
const full = (SDGNumber: number): DeclaredSdg => ({
  SDGNumber,
  evidenceText: `Advances target ${SDGNumber}.1 for rural clinics`,
  evidenceURL: `https://example.org/impact/${SDGNumber}`,
});
const run = (SDGs: DeclaredSdg[]) => runCheck(check, empty, { SDGs });

describe('sdg-relevance/sdgs-declared', () => {
  it.each([
    ['no dpg.yml', undefined],
    ['a dpg.yml without SDGs', { name: 'Tool' }],
    ['an empty SDG list', { SDGs: [] }],
  ])('needs review with %s', (_, declaration) => {
    expect(runCheck(check, empty, declaration)).toEqual([{ outcome: 'needs-review', messageId: 'missing' }]);
  });

  it('passes each SDG with text and a public URL, citing the URL', () => {
    expect(run([full(3), full(4)])).toEqual([
      {
        outcome: 'pass',
        messageId: 'evidenced',
        url: 'https://example.org/impact/3',
        data: { sdg: 3, goal: 'Good Health and Well-being', text: 'Advances target 3.1 for rural clinics' },
      },
      {
        outcome: 'pass',
        messageId: 'evidenced',
        url: 'https://example.org/impact/4',
        data: { sdg: 4, goal: 'Quality Education', text: 'Advances target 4.1 for rural clinics' },
      },
    ]);
  });

  it.each([
    [{ SDGNumber: 2, evidenceURL: 'https://example.org' }, 'evidenceText'],
    [{ SDGNumber: 2, evidenceText: 'Target 2.3: smallholder yields' }, 'evidenceURL'],
    [{ SDGNumber: 2, evidenceText: '  ', evidenceURL: '' }, 'evidenceText or evidenceURL'],
  ])('warns when %j lacks %s', (sdg, lacking) => {
    const [finding] = run([sdg]);
    expect(finding).toMatchObject({
      outcome: 'warn',
      messageId: 'incomplete',
      data: { sdg: 2, goal: 'Zero Hunger', lacking },
    });
  });

  it.each(['https://docs.google.com/document/d/abc/edit', 'https://drive.google.com/file/d/abc', 'our website'])(
    'warns on evidence that is not a public web page: %s',
    (evidenceURL) => {
      const findings = run([{ ...full(13), evidenceURL }]);
      expect(findings).toEqual([
        {
          outcome: 'warn',
          messageId: 'privateUrl',
          url: evidenceURL,
          data: { sdg: 13, goal: 'Climate Action', url: evidenceURL },
        },
      ]);
    },
  );

  it('warns once per duplicated SDG and judges only its first entry', () => {
    const findings = run([full(5), { SDGNumber: 5 }, full(6)]);
    expect(findings.map((f) => [f.outcome, f.messageId])).toEqual([
      ['pass', 'evidenced'],
      ['pass', 'evidenced'],
      ['warn', 'duplicate'],
    ]);
    expect(findings[2]?.data).toEqual({ sdg: 5, count: 2 });
  });

  it('warns when more than 5 distinct SDGs are declared, not at 5', () => {
    expect(outcomeOf(check, empty, { SDGs: [1, 2, 3, 4, 5].map(full) })).toBe('pass');
    const findings = run([1, 2, 3, 4, 5, 6].map(full));
    expect(findings.at(-1)).toEqual({ outcome: 'warn', messageId: 'tooMany', data: { count: 6, max: 5 } });
  });
});
