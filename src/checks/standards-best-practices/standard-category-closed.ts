/**
 * The DPGA stopped accepting open standards as a category; a standard is now evidence under Indicator 8.
 * Legacy records (and owners copying them) still declare the type, so the report says so once, as a warning:
 * it changes how to apply, not whether the product is good.
 */
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { claimAt } from '../../declarations/claims.js';
import categories from '../../data/solution-categories.json' with { type: 'json' };

const messages = {
  closed:
    '{{claim}} declares the type "{{type}}", a category the DPGA no longer accepts, closed in {{closedIn}}: apply as {{applyAs}}, and cite the {{type}} as {{evidenceUnder}} evidence',
  open: 'The declared types ({{types}}) include no closed category',
  noType: 'No declared type: nothing to compare with the closed categories',
};

type Message = keyof typeof messages;

export default defineCheck({
  meta: {
    id: 'standards-best-practices/standard-category-closed',
    indicator: '8',
    level: 'recommended',
    title: 'The application does not declare a closed category such as "standard"',
    rationale:
      'The DPGA closed the open-standard category in 2022: standards now count as evidence under Indicator 8, and an application typed "standard" is reviewed as something else or turned away.',
    remediation:
      'In dpg.yml, declare the type the product really is (content for the text of a standard, software for an implementation) and list the standard under standards.standardsList with a link proving support.',
    reads: [],
    messages,
  },
  run: ({ declaration, declared }) => {
    const types = declaration?.type ?? [];
    if (types.length === 0) return [{ outcome: 'not-applicable', messageId: 'noType' }];
    const at = claimAt(declared, 'type');
    const closed = categories.closed.filter((c) => types.some((t) => t === c.type));
    if (closed.length === 0)
      return [{ outcome: 'not-applicable', messageId: 'open', data: { types: types.join(', ') } }];
    return closed.map((c): Finding<Message> => ({
      outcome: 'warn',
      messageId: 'closed',
      ...(at ? { path: at.path, line: at.line } : {}),
      data: { ...c, claim: at?.path ?? declared?.path ?? 'dpg.yml' },
    }));
  },
});
