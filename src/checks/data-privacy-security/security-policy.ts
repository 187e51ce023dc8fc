/**
 * Indicator 9a: is there a security policy, and does it tell a reporter where to go?
 * Reads only the SECURITY files; the contact test is shared with the code-of-conduct check.
 */
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { contactVerdicts, type ContactVerdict } from '../shared/policy-documents.js';

const messages = {
  contact: '{{path}}:{{line}} says how to report a vulnerability: {{text}}',
  found: 'Security policy {{path}}',
  placeholder: '{{path}}:{{line}} is an unfilled template: {{text}}',
  noContact: '{{path}} gives no way to report a vulnerability: no e-mail address, URL or reporting instructions',
  missing: 'No SECURITY.md (root, .github/ or docs/) saying how to report a vulnerability privately',
};
type Id = keyof typeof messages;
const OUTCOME = { contact: 'pass', found: 'pass', placeholder: 'warn', noContact: 'warn' } as const;

export default defineCheck({
  meta: {
    id: 'data-privacy-security/security-policy',
    indicator: '9a',
    level: 'recommended',
    title: 'A security policy says how to report a vulnerability',
    rationale:
      "A published route for reporting vulnerabilities is the first evidence that the security and integrity of user data are looked after; GitHub shows SECURITY.md as the project's security policy.",
    remediation:
      'Add SECURITY.md explaining how to report a vulnerability privately (a security e-mail address, or GitHub private vulnerability reporting / security advisories), which versions get fixes and when reporters hear back; see https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository.',
    reads: globsOf('security'),
    messages,
  },
  run: ({ repo }) => {
    const paths = pathsIn(repo, 'security');
    if (paths.length === 0) return [{ outcome: 'warn', messageId: 'missing' }];
    return contactVerdicts(repo, paths, 'security').map(toFinding);
  },
});

function toFinding(verdict: ContactVerdict): Finding<Id> {
  const { path, kind } = verdict;
  if (!('hit' in verdict)) return { outcome: OUTCOME[kind], messageId: kind, path, data: { path } };
  const { line, text } = verdict.hit;
  return { outcome: OUTCOME[kind], messageId: kind, path, line, data: { path, line, text: clip(text) } };
}
