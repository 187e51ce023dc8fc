import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { COPYRIGHT_READS, scanCopyright } from '../../lib/copyright.js';
import { OWNER_STATEMENT_READS, ownerStatements } from '../shared/owner-statements.js';

const messages = {
  holder: 'Names the copyright holder: {{holder}}',
  template: 'License template never names the copyright holder: "{{text}}"',
  declared: 'No copyright line found, but dpg.yml declares ownership explicit with evidence at {{url}}',
  declaredNoUrl:
    'dpg.yml declares ownership explicit but gives no clearOwnership.copyrightURL, and no copyright line names a holder',
  namedElsewhere: 'No copyright line names a holder; only {{path}} says who owns it: "{{owner}}"',
  missing:
    'No copyright line naming a holder in the license, NOTICE/COPYRIGHT/AUTHORS files or README, and no statement of who owns the product',
};
type Id = keyof typeof messages;

const MAX_HOLDERS = 5;

export default defineCheck({
  meta: {
    id: 'clear-ownership/copyright-holder-stated',
    indicator: '3',
    level: 'required',
    title: 'A copyright line names who owns the product',
    rationale:
      'Ownership must be publicly documented; reviewers reject a bare license file or a license template that never names the copyright holder as ownership evidence. A README or manifest naming the owner is weaker evidence (warn); nothing at all fails.',
    remediation:
      'Name the owner in a copyright line such as "Copyright (c) 2024 Example Foundation" at the top of LICENSE (for Apache-2.0 or GPL texts, in a NOTICE or COPYRIGHT file or the README), replacing any template placeholders; or set clearOwnership.isOwnershipExplicit: Yes and clearOwnership.copyrightURL to a public page naming the owner in dpg.yml.',
    reads: [...new Set([...COPYRIGHT_READS, ...OWNER_STATEMENT_READS])],
    messages,
  },
  run: ({ repo, declaration }) => {
    const { holders, templates } = scanCopyright(repo);
    const unfilled: Finding<Id>[] = templates.map(({ path, line, text }) => ({
      outcome: 'warn',
      messageId: 'template',
      path,
      line,
      data: { text },
    }));
    if (holders.length > 0) {
      const named: Finding<Id>[] = holders.slice(0, MAX_HOLDERS).map(({ path, line, holder }) => ({
        outcome: 'pass',
        messageId: 'holder',
        path,
        line,
        data: { holder },
      }));
      return [...named, ...unfilled];
    }
    const declared = declaration?.clearOwnership;
    const url = declared?.copyrightURL?.trim();
    if (declared?.isOwnershipExplicit === 'Yes') {
      const verdict: Finding<Id> = url
        ? { outcome: 'pass', messageId: 'declared', url, data: { url } }
        : { outcome: 'fail', messageId: 'declaredNoUrl' };
      return [verdict, ...unfilled];
    }
    // Ownership may be documented by "other public information" (Standard, Indicator 3): a README or
    // manifest naming the owner keeps the indicator open for review instead of failing it.
    const [statement] = ownerStatements(repo);
    const verdict: Finding<Id> = statement
      ? {
          outcome: 'warn',
          messageId: 'namedElsewhere',
          path: statement.path,
          line: statement.line,
          data: { path: statement.path, owner: statement.owner },
        }
      : { outcome: 'fail', messageId: 'missing' };
    return [verdict, ...unfilled];
  },
});
