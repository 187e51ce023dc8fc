import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathsIn, textsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import lawData from '../../data/privacy-laws.json' with { type: 'json' };
import { boundedLines, phraseRegex } from '../shared/policy-documents.js';
import { declaredPolicyLinks } from '../shared/policy-links.js';

const messages = {
  document: 'Privacy or terms document {{path}}',
  law: '{{path}}:{{line}} mentions {{laws}}',
  link: '{{path}}:{{line}} links a privacy policy or terms: {{text}}',
  declared: '{{field}} links a privacy policy or terms: {{url}} (declared, not verified offline)',
  declaredPrivate:
    '{{field}} links a privacy policy or terms as a Google Docs/Drive document: {{url}} (declared, not verified offline); the DPGA does not take Drive documents as evidence',
  noPii: 'No privacy policy or terms found, and dpg.yml declares doNoHarm.dataPrivacySecurity.collectsPII: No',
  none: 'No PRIVACY* or TERMS* document, and no README line links a privacy policy or terms of service or names a privacy law',
};
type Id = keyof typeof messages;

const LAWS = lawData.laws.map((law) => ({ name: law.name, re: phraseRegex(law.patterns, true) }));
const ANY_LAW = phraseRegex(
  lawData.laws.flatMap((law) => law.patterns),
  true,
);
const POLICY_LINK = phraseRegex(lawData.policyLinkPhrases);
const LINKED = /\]\(|\bhref=|\bhttps?:\/\//i;
/** Evidence enough: a README that names laws on every line need not be cited line by line. */
const MAX_HITS = 5;

export default defineCheck({
  meta: {
    id: 'privacy-and-laws/privacy-policy-present',
    indicator: '7',
    level: 'recommended',
    title: 'A privacy policy or terms of service is published or linked',
    rationale:
      'Reviewers accept a list of applicable laws backed by public policy links; if the product collects personal data, a privacy policy or terms link is required.',
    remediation:
      'Publish a privacy policy (PRIVACY.md or a page linked from the README as "Privacy Policy") saying what personal data the product handles and which laws (e.g. GDPR, a national data protection act) it is designed to comply with; link terms of service if users sign up.',
    reads: globsOf('readme'),
    messages,
  },
  run: ({ repo, declaration }) => {
    const documents = [...new Set([...pathsIn(repo, 'privacy'), ...pathsIn(repo, 'terms')])];
    const found: Finding<Id>[] = [
      ...documents.map((path): Finding<Id> => ({ outcome: 'pass', messageId: 'document', path, data: { path } })),
      ...readmeHits(repo),
    ];
    if (found.length > 0) return found;
    const [link] = declaredPolicyLinks(declaration, repo);
    if (link?.path !== undefined)
      return [{ outcome: 'pass', messageId: 'document', path: link.path, data: { path: link.path } }];
    if (link) {
      const data = { field: link.field, url: link.url };
      return [
        link.privateHost
          ? { outcome: 'warn', messageId: 'declaredPrivate', url: link.url, data }
          : { outcome: 'pass', messageId: 'declared', url: link.url, data },
      ];
    }
    if (declaration?.doNoHarm?.dataPrivacySecurity?.collectsPII === 'No')
      return [{ outcome: 'not-applicable', messageId: 'noPii' }];
    return [{ outcome: 'warn', messageId: 'none' }];
  },
});

function readmeHits(repo: RepoSnapshot): Finding<Id>[] {
  const hits: Finding<Id>[] = [];
  for (const { path, text } of textsIn(repo, 'readme')) {
    for (const [index, line] of boundedLines(text).entries()) {
      if (hits.length >= MAX_HITS) return hits;
      const hit = lineHit(line);
      if (hit)
        hits.push({
          outcome: 'pass',
          path,
          line: index + 1,
          messageId: hit.messageId,
          data: { path, line: index + 1, ...hit.data },
        });
    }
  }
  return hits;
}

function lineHit(line: string): { messageId: Id; data: Record<string, string> } | undefined {
  if (ANY_LAW.test(line)) {
    return {
      messageId: 'law',
      data: {
        laws: LAWS.filter((law) => law.re.test(line))
          .map((law) => law.name)
          .join(', '),
      },
    };
  }
  if (POLICY_LINK.test(line) && LINKED.test(line)) return { messageId: 'link', data: { text: clip(line.trim()) } };
  return undefined;
}
