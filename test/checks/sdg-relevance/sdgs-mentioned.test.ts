import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/sdg-relevance/sdgs-mentioned.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const readme = (text: string) => repo({ 'README.md': `# Clinic app\n\n${text}\n` });
const sdg3 = { SDGs: [{ SDGNumber: 3 }] };

describe('sdg-relevance/sdgs-mentioned', () => {
  it.each([
    ['It advances SDG 3 (target 3.8, universal health coverage).', 'SDG 3 (Good Health and Well-being)'],
    ['Aligned with SDG3 and the 2030 agenda.', 'SDG 3 (Good Health and Well-being)'],
    [
      'Serves sustainable development goal 16 through open courts data.',
      'SDG 16 (Peace, Justice and Strong Institutions)',
    ],
    ['Our mission: quality education for every child.', 'SDG 4 (Quality Education)'],
    ['Supports the Sustainable Development Goals.', 'the Sustainable Development Goals'],
    ['Part of SDG 20 dashboards.', 'the Sustainable Development Goals'],
  ])('passes "%s" as a mention of %s, citing the line', (text, goal) => {
    const [finding] = runCheck(check, readme(text));
    expect(finding).toEqual({
      outcome: 'pass',
      messageId: 'mentioned',
      path: 'README.md',
      line: 3,
      data: { goal, text },
    });
  });

  it('cites each goal once, also from docs/index.md', () => {
    const snapshot = repo({ 'README.md': 'SDG 3\nSDG 3 again', 'docs/index.md': 'Zero Hunger' });
    expect(runCheck(check, snapshot).map((f) => [f.path, f.line, f.data?.['goal']])).toEqual([
      ['README.md', 1, 'SDG 3 (Good Health and Well-being)'],
      ['docs/index.md', 1, 'SDG 2 (Zero Hunger)'],
    ]);
  });

  it('ignores files it does not read', () => {
    expect(runCheck(check, repo({ 'src/README-dev.md': 'SDG 3', 'README.md': '# x' }))).toEqual([
      { outcome: 'warn', messageId: 'none' },
    ]);
  });

  it('does not take identifiers such as sdg-relevance or sdg_tools for a mention', () => {
    expect(runCheck(check, readme('The `sdg-relevance` check and the sdg_tools module.'))).toEqual([
      { outcome: 'warn', messageId: 'none' },
    ]);
  });

  it('passes an SDG repository topic', () => {
    const findings = runCheck(check, repo({ 'README.md': '# x' }, { meta: { topics: ['health', 'sdg-3'] } }));
    expect(findings).toEqual([
      { outcome: 'pass', messageId: 'topic', data: { goal: 'SDG 3 (Good Health and Well-being)', topic: 'sdg-3' } },
    ]);
  });

  it('warns when nothing is declared and nothing is mentioned', () => {
    expect(runCheck(check, readme('A scheduling tool.'))).toEqual([{ outcome: 'warn', messageId: 'none' }]);
  });

  it('passes a declared SDG the README mentions', () => {
    expect(outcomeOf(check, readme('Built for SDG 3.'), sdg3)).toBe('pass');
  });

  it('warns when the README mentions other goals than the declared ones', () => {
    const findings = runCheck(check, readme('Built for SDG 4.'), sdg3);
    expect(findings.map((f) => [f.outcome, f.messageId])).toEqual([
      ['pass', 'mentioned'],
      ['warn', 'declaredNotMentioned'],
    ]);
    expect(findings[1]?.data).toEqual({ declared: 'SDG 3' });
  });

  it('warns when declared SDGs are never mentioned, without the generic advice', () => {
    expect(runCheck(check, readme('A scheduling tool.'), { SDGs: [{ SDGNumber: 3 }, { SDGNumber: 5 }] })).toEqual([
      { outcome: 'warn', messageId: 'declaredNotMentioned', data: { declared: 'SDG 3, SDG 5' } },
    ]);
  });
});
