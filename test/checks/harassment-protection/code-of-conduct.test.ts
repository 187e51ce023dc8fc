import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/harassment-protection/code-of-conduct.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const COVENANT_UNFILLED = `# Contributor Covenant Code of Conduct

## Enforcement

Instances of abusive, harassing, or otherwise unacceptable behavior may be
reported to the community leaders responsible for enforcement at
[INSERT CONTACT METHOD].
All complaints will be reviewed and investigated promptly and fairly.

This Code of Conduct is adapted from the [Contributor Covenant](https://www.contributor-covenant.org).
`;

describe('harassment-protection/code-of-conduct', () => {
  it('warns when there is no code of conduct', () => {
    expect(runCheck(check, repo({ 'README.md': '# app' }))).toEqual([{ outcome: 'warn', messageId: 'missing' }]);
  });

  it('passes a filled-in covenant and cites the contact line', () => {
    const text = COVENANT_UNFILLED.replace('[INSERT CONTACT METHOD]', 'conduct@example.org');
    const [finding] = runCheck(check, repo({ 'CODE_OF_CONDUCT.md': text }));
    expect(finding).toMatchObject({ outcome: 'pass', messageId: 'contact', path: 'CODE_OF_CONDUCT.md', line: 7 });
  });

  it.each([
    ['.github/CODE_OF_CONDUCT.md', 'Report problems at https://ex.org/conduct-form'],
    ['docs/CODE-OF-CONDUCT.rst', 'Contact the steering committee.'],
  ])('passes %s', (path, text) => {
    expect(runCheck(check, repo({ [path]: text }))[0]).toMatchObject({
      outcome: 'pass',
      messageId: 'contact',
      path,
      line: 1,
    });
  });

  it('warns about the unfilled Contributor Covenant placeholder, although it says "reported" and has a URL', () => {
    const findings = runCheck(check, repo({ 'CODE_OF_CONDUCT.md': COVENANT_UNFILLED }));
    expect(findings).toEqual([
      { outcome: 'pass', messageId: 'found', path: 'CODE_OF_CONDUCT.md', data: { path: 'CODE_OF_CONDUCT.md' } },
      {
        outcome: 'warn',
        messageId: 'placeholder',
        path: 'CODE_OF_CONDUCT.md',
        line: 7,
        data: { path: 'CODE_OF_CONDUCT.md', line: 7, text: '[INSERT CONTACT METHOD].' },
      },
    ]);
  });

  it('warns when no enforcement contact is named', () => {
    const findings = runCheck(check, repo({ 'CODE_OF_CONDUCT.md': '# Code of conduct\n\nBe kind to each other.\n' }));
    expect(findings.map((f) => [f.outcome, f.messageId])).toEqual([
      ['pass', 'found'],
      ['warn', 'noContact'],
    ]);
  });

  it.each([
    ['info AT example.org', 7],
    ['info [at] example.org', 7],
    ['the form at https://example.org/conduct', 7],
  ])('prefers the contact "%s" to earlier reporting wording', (contact, line) => {
    const text = COVENANT_UNFILLED.replace('[INSERT CONTACT METHOD]', contact);
    expect(runCheck(check, repo({ 'CODE_OF_CONDUCT.md': text }))[0]).toMatchObject({
      outcome: 'pass',
      messageId: 'contact',
      line,
    });
  });

  it('does not take the template attribution or a badge for a contact', () => {
    const text =
      'Be kind.\n\n![badge](https://img.shields.io/badge/conduct-yes-green)\nAdapted from https://www.contributor-covenant.org/version/2/1\n';
    expect(runCheck(check, repo({ 'CODE_OF_CONDUCT.md': text }))[1]).toMatchObject({
      outcome: 'warn',
      messageId: 'noContact',
    });
  });

  it('warns about the version 1.4 e-mail placeholder', () => {
    expect(
      outcomeOf(
        check,
        repo({ 'CODE_OF_CONDUCT.md': 'Reported by contacting the project team at [INSERT EMAIL ADDRESS].' }),
      ),
    ).toBe('warn');
  });
});
