/**
 * Indicator 9c, contributor layer: is there a code of conduct, and does it name an enforcement contact?
 * Reads only the CODE_OF_CONDUCT files; the contact test is shared with the security-policy check.
 */
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { contactVerdicts, type ContactVerdict } from '../shared/policy-documents.js';

const messages = {
  contact: '{{path}}:{{line}} says how to report: {{text}}',
  found: 'Code of conduct {{path}}',
  placeholder: '{{path}}:{{line}} leaves the enforcement contact unfilled: {{text}}',
  noContact: '{{path}} names no enforcement contact: no e-mail address, URL or reporting instructions',
  missing: 'No CODE_OF_CONDUCT (root, .github/ or docs/)',
};
type Id = keyof typeof messages;
const OUTCOME = { contact: 'pass', found: 'pass', placeholder: 'warn', noContact: 'warn' } as const;

export default defineCheck({
  meta: {
    id: 'harassment-protection/code-of-conduct',
    indicator: '9c',
    level: 'recommended',
    title: 'A code of conduct says how to report abuse and who enforces it',
    rationale:
      'Where contributors interact, the Standard asks for a way to protect themselves from grief, abuse and harassment: a code of conduct with a reporting route and an enforcement contact is the evidence reviewers accept for the contributor community.',
    remediation:
      'Add CODE_OF_CONDUCT.md (root, .github/ or docs/), e.g. the Contributor Covenant, and fill in its enforcement contact: an e-mail address or form that reaches the people who handle reports; see https://www.contributor-covenant.org.',
    reads: globsOf('codeOfConduct'),
    messages,
  },
  run: ({ repo }) => {
    const paths = pathsIn(repo, 'codeOfConduct');
    if (paths.length === 0) return [{ outcome: 'warn', messageId: 'missing' }];
    return contactVerdicts(repo, paths, 'conduct').map(toFinding);
  },
});

function toFinding(verdict: ContactVerdict): Finding<Id> {
  const { path, kind } = verdict;
  if (!('hit' in verdict)) return { outcome: OUTCOME[kind], messageId: kind, path, data: { path } };
  const { line, text } = verdict.hit;
  return { outcome: OUTCOME[kind], messageId: kind, path, line, data: { path, line, text: clip(text) } };
}
