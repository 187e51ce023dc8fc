/**
 * Declared answers are claims; the repository is the evidence. A link in dpg.yml (or publiccode.yml) that
 * points into this repository — a relative path or …/blob/<ref>/<path> — must name a file that exists here.
 */
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { claimAt, declaredLinks } from '../../declarations/claims.js';
import { existsInRepo, repoLinkOf } from '../../declarations/repo-links.js';

const messages = {
  exists: '{{field}} points to {{target}} in the repository, which exists',
  missing: '{{claim}} {{field}} points to {{target}}, which is not in the repository',
  outside: '{{claim}} {{field}} points to {{target}}, outside the repository',
  noLinks: 'No declared link points into the repository',
  noAnswers: 'No dpg.yml or publiccode.yml: no declared links to follow',
};
type Id = keyof typeof messages;

export default defineCheck({
  meta: {
    id: 'documentation/declared-paths-exist',
    indicator: '5',
    level: 'recommended',
    title: 'Declared documentation and evidence links that point into the repository name files that exist',
    rationale:
      'Reviewers follow every link in the application; a documentation or evidence link to a file that was moved or never committed undermines the answer it supports.',
    remediation:
      'Fix the link in dpg.yml (or publiccode.yml) to name a file that is committed, or commit the document it names (e.g. PRIVACY.md, docs/).',
    reads: [],
    messages,
  },
  run: ({ repo, declaration, declared }) => {
    if (!declaration) return [{ outcome: 'not-applicable', messageId: 'noAnswers' }];
    const findings = declaredLinks(declaration).flatMap(({ field, value }): Finding<Id>[] => {
      const link = repoLinkOf(value, repo);
      if (!link) return [];
      const at = claimAt(declared, field);
      // A failing finding points at the claim's line, so the message names only its file.
      const data = { field, target: link.path || '/', claim: at?.path ?? declared?.path ?? 'dpg.yml' };
      if (existsInRepo(repo, link))
        return [{ outcome: 'pass', messageId: 'exists', path: link.path || undefined, data }];
      const cite = at ? { path: at.path, line: at.line } : {};
      return [{ outcome: 'fail', messageId: link.outside ? 'outside' : 'missing', ...cite, data }];
    });
    return findings.length > 0 ? findings : [{ outcome: 'not-applicable', messageId: 'noLinks' }];
  },
});
