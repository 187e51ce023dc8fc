import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { COPYRIGHT_READS, scanCopyright, sameOwner } from '../../lib/copyright.js';
import { OWNER_STATEMENT_READS, ownerStatements } from '../shared/owner-statements.js';

const messages = {
  statement: 'States who owns or maintains it: "{{text}}"',
  field: '{{field}} names {{owner}}',
  declaredOrg: 'dpg.yml lists {{owner}} as {{role}}',
  mismatch: 'dpg.yml names {{owner}} as owner, but the copyright holders are {{holders}}',
  none: 'Neither the README, publiccode.yml nor the package manifests say who owns or maintains the product',
};
type Id = keyof typeof messages;

function fromStatements(repo: RepoSnapshot): Finding<Id>[] {
  return ownerStatements(repo).map(({ path, line, field, owner }): Finding<Id> =>
    field === undefined
      ? { outcome: 'pass', messageId: 'statement', path, line, data: { text: owner } }
      : { outcome: 'pass', messageId: 'field', path, line, data: { field, owner } },
  );
}

function fromDeclaration(repo: RepoSnapshot, declaration: Declaration | undefined): Finding<Id>[] {
  const orgs = (declaration?.organizations ?? []).filter((o) => o.org_type === 'owner' || o.org_type === 'maintainer');
  const found: Finding<Id>[] = orgs.map((o) => ({
    outcome: 'pass',
    messageId: 'declaredOrg',
    data: { owner: o.name, role: o.org_type },
    ...(o.website ? { url: o.website } : {}),
  }));
  const owners = orgs.filter((o) => o.org_type === 'owner');
  const holders = owners.length > 0 ? scanCopyright(repo).holders : [];
  const [first] = holders;
  if (first === undefined) return found;
  const names = holders
    .slice(0, 3)
    .map((h) => h.holder)
    .join('; ');
  const strangers = owners.filter((o) => !holders.some((h) => sameOwner(h.holder, o.name)));
  return [
    ...found,
    ...strangers.map((o): Finding<Id> => ({
      outcome: 'warn',
      messageId: 'mismatch',
      path: first.path,
      line: first.line,
      data: { owner: o.name, holders: names },
    })),
  ];
}

export default defineCheck({
  meta: {
    id: 'clear-ownership/ownership-statement',
    indicator: '3',
    level: 'recommended',
    title: 'The project says who owns or maintains it, consistently with its copyright',
    rationale:
      'Reviewers look for the owner named consistently in the README, the copyright line and the website, and reject mismatches between the declared owner and who actually holds copyright.',
    remediation:
      'Say in the README who owns and maintains the product (e.g. "Developed and maintained by Example Foundation"), and keep the package author, publiccode.yml legal.mainCopyrightOwner, the dpg.yml owner organization and the copyright line naming the same owner.',
    reads: [...new Set([...COPYRIGHT_READS, ...OWNER_STATEMENT_READS])],
    messages,
  },
  run: ({ repo, declaration }) => {
    const findings = [...fromStatements(repo), ...fromDeclaration(repo, declaration)];
    return findings.some((f) => f.outcome === 'pass')
      ? findings
      : [{ outcome: 'warn', messageId: 'none' }, ...findings];
  },
});
