import { defineCheck } from '../define.js';
import type { DeclaredSdg } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import { clip } from '../../lib/text.js';
import sdgs from '../../data/sdgs.json' with { type: 'json' };

const messages = {
  missing: 'No SDGs declared: list them in dpg.yml under SDGs, each with SDGNumber, evidenceText and evidenceURL',
  evidenced: 'SDG {{sdg}} ({{goal}}): "{{text}}"',
  incomplete:
    'SDG {{sdg}} ({{goal}}) has no {{lacking}} in dpg.yml: reviewers want a target-level explanation and a public link for each SDG',
  privateUrl:
    'SDG {{sdg}} evidence {{url}} is not a public web page (reviewers need a public https link; Google Drive documents are not accepted)',
  duplicate: 'SDG {{sdg}} is declared {{count}} times in dpg.yml',
  tooMany:
    '{{count}} SDGs declared: pick the most relevant ones (the DPG median is 2; more than {{max}} makes reviewers doubt each link)',
};
type Id = keyof typeof messages;

const GOAL_NAMES = new Map(sdgs.goals.map((g) => [g.number, g.name]));
const PUBLIC_URL = /^https?:\/\/([^/?#:\s]+)/i;
const PRIVATE_HOSTS = new Set(sdgs.privateEvidenceHosts);

function judgeSdg(sdg: DeclaredSdg): Finding<Id>[] {
  const data = { sdg: sdg.SDGNumber, goal: GOAL_NAMES.get(sdg.SDGNumber) ?? 'unknown goal' };
  const text = sdg.evidenceText?.trim() ?? '';
  const url = sdg.evidenceURL?.trim() ?? '';
  const lacking = [text ? '' : 'evidenceText', url ? '' : 'evidenceURL'].filter(Boolean).join(' or ');
  const findings: Finding<Id>[] = [];
  if (lacking)
    findings.push({ outcome: 'warn', messageId: 'incomplete', data: { ...data, lacking }, ...(url ? { url } : {}) });
  const host = PUBLIC_URL.exec(url)?.[1]?.toLowerCase();
  if (url && (host === undefined || PRIVATE_HOSTS.has(host))) {
    findings.push({ outcome: 'warn', messageId: 'privateUrl', url, data: { ...data, url } });
  }
  if (findings.length > 0) return findings;
  return [{ outcome: 'pass', messageId: 'evidenced', url, data: { ...data, text: clip(text) } }];
}

function duplicates(declared: readonly DeclaredSdg[]): Finding<Id>[] {
  const counts = new Map<number, number>();
  for (const { SDGNumber } of declared) counts.set(SDGNumber, (counts.get(SDGNumber) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count > 1)
    .map(([sdg, count]) => ({ outcome: 'warn', messageId: 'duplicate', data: { sdg, count } }));
}

export default defineCheck({
  meta: {
    id: 'sdg-relevance/sdgs-declared',
    indicator: '1',
    level: 'required',
    title: 'The SDGs the product advances are declared, each with evidence',
    rationale:
      'The application asks for the most relevant SDGs and, for each, a target-level explanation backed by a public page; reviewers reject vague, indirect or unsupported links.',
    remediation:
      'In dpg.yml, list under SDGs only the goals the product serves directly (usually 1–3), each with SDGNumber, an evidenceText naming the SDG targets it advances (e.g. 3.8) and who benefits, and an evidenceURL to a public page (mission statement, report, deployment story); see https://sdgs.un.org/goals.',
    reads: [],
    messages,
  },
  run: ({ declaration }) => {
    const declared = declaration?.SDGs ?? [];
    if (declared.length === 0) return [{ outcome: 'needs-review', messageId: 'missing' }];
    const firsts = declared.filter((s, i) => declared.findIndex((t) => t.SDGNumber === s.SDGNumber) === i);
    const findings = [...firsts.flatMap(judgeSdg), ...duplicates(declared)];
    if (firsts.length > sdgs.maxDeclared) {
      findings.push({ outcome: 'warn', messageId: 'tooMany', data: { count: firsts.length, max: sdgs.maxDeclared } });
    }
    return findings;
  },
});
