import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/data-privacy-security/security-policy.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const GITHUB_TEMPLATE = `# Security Policy

## Supported Versions

## Reporting a Vulnerability

Use this section to tell people how to report a vulnerability.
`;

describe('data-privacy-security/security-policy', () => {
  it('warns when there is no security policy', () => {
    expect(runCheck(check, repo({ 'README.md': '# app' }))).toEqual([{ outcome: 'warn', messageId: 'missing' }]);
  });

  it.each([
    ['an e-mail address', 'SECURITY.md', '# Security\n\nWrite to security@example.org.\n', 3],
    ['a URL', '.github/SECURITY.md', '# Security\nOpen https://github.com/o/r/security/advisories/new\n', 2],
    ['reporting wording', 'docs/SECURITY.rst', 'Security\n\nPlease report issues privately to the maintainers.\n', 3],
    ['a security advisory', 'SECURITY', 'Use a GitHub Security Advisory for this repository.\n', 1],
  ])('passes with %s and cites the line', (_name, path, text, line) => {
    const [finding] = runCheck(check, repo({ [path]: text }));
    expect(finding).toMatchObject({ outcome: 'pass', messageId: 'contact', path, line, data: { path, line } });
  });

  it('prefers an e-mail address to wording', () => {
    const [finding] = runCheck(check, repo({ 'SECURITY.md': 'Please report vulnerabilities\nto sec@ex.org\n' }));
    expect(finding).toMatchObject({ messageId: 'contact', line: 2 });
  });

  it('warns when the policy gives no contact', () => {
    const findings = runCheck(check, repo({ 'SECURITY.md': '# Security\n\nWe take security seriously.\n' }));
    expect(findings).toEqual([
      { outcome: 'pass', messageId: 'found', path: 'SECURITY.md', data: { path: 'SECURITY.md' } },
      { outcome: 'warn', messageId: 'noContact', path: 'SECURITY.md', data: { path: 'SECURITY.md' } },
    ]);
  });

  it("warns on GitHub's unfilled template even though it says 'report'", () => {
    const findings = runCheck(check, repo({ 'SECURITY.md': GITHUB_TEMPLATE }));
    expect(findings[1]).toMatchObject({ outcome: 'warn', messageId: 'placeholder', path: 'SECURITY.md', line: 7 });
    expect(outcomeOf(check, repo({ 'SECURITY.md': GITHUB_TEMPLATE }))).toBe('warn');
  });

  it('passes when one of several policies names a contact', () => {
    const snapshot = repo({ '.github/SECURITY.md': 'See below.', 'SECURITY.md': 'Mail sec@ex.org' });
    expect(runCheck(check, snapshot)).toEqual([
      {
        outcome: 'pass',
        messageId: 'contact',
        path: 'SECURITY.md',
        line: 1,
        data: { path: 'SECURITY.md', line: 1, text: 'Mail sec@ex.org' },
      },
    ]);
  });

  it('cites a policy whose text was not read without judging it', () => {
    const snapshot = repo({}, { sizes: { 'SECURITY.md': 10 }, notes: [{ path: 'SECURITY.md', reason: 'binary' }] });
    expect(runCheck(check, snapshot)).toEqual([
      { outcome: 'pass', messageId: 'found', path: 'SECURITY.md', data: { path: 'SECURITY.md' } },
    ]);
  });

  it('ignores security files outside the root, .github/ and docs/', () => {
    expect(outcomeOf(check, repo({ 'src/SECURITY.md': 'sec@ex.org' }))).toBe('warn');
  });

  it('stays fast on a hostile single-line text', () => {
    const text = `${'a'.repeat(500_000)}@`;
    expect(outcomeOf(check, repo({ 'SECURITY.md': text }))).toBe('warn');
  });
});
