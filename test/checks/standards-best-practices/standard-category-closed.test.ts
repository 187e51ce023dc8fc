import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/standards-best-practices/standard-category-closed.js';
import { computeFacts } from '../../../src/facts/index.js';
import type { Declaration, DeclaredAnswers, SolutionType } from '../../../src/model/declaration.js';
import { NOW, outcomeOf, repo, runCheck } from '../../helpers.js';

const files = repo({ 'README.md': '# Open spec\n\nA specification for sharing clinic records.\n' });
const typed = (...type: SolutionType[]): Declaration => ({ type });

describe('standards-best-practices/standard-category-closed', () => {
  it.each<[string, Declaration | undefined, string, string]>([
    ['a standard alone', typed('standard'), 'warn', 'closed'],
    ['software that also calls itself a standard', typed('software', 'standard'), 'warn', 'closed'],
    ['content', typed('content'), 'not-applicable', 'open'],
    ['software and data', typed('software', 'data'), 'not-applicable', 'open'],
    ['no declared type', {}, 'not-applicable', 'noType'],
    ['no answers at all', undefined, 'not-applicable', 'noType'],
  ])('%s', (_name, declaration, outcome, messageId) => {
    expect(runCheck(check, files, declaration).map((f) => [f.outcome, f.messageId])).toEqual([[outcome, messageId]]);
  });

  it('says what to apply as instead and where the standard belongs now', () => {
    const [finding] = runCheck(check, files, typed('standard'));
    expect(finding?.data).toMatchObject({
      type: 'standard',
      applyAs: expect.stringContaining('content') as string,
      evidenceUnder: expect.stringContaining('Indicator 8') as string,
      claim: 'dpg.yml',
    });
    // A warning, never a fail: the category is closed, the product is not judged by it.
    expect(outcomeOf(check, files, typed('standard'))).toBe('warn');
  });

  it('cites the line of the declared type', () => {
    const declaration = typed('standard');
    const declared: DeclaredAnswers = {
      path: 'dpg.json',
      answers: declaration,
      locations: new Map([['type', { path: 'dpg.json', line: 7 }]]),
    };
    const findings = check.run({
      repo: files,
      declaration,
      declared,
      facts: computeFacts(files, declaration),
      now: NOW,
    });
    expect(findings).toMatchObject([{ outcome: 'warn', path: 'dpg.json', line: 7, data: { claim: 'dpg.json' } }]);
  });
});
