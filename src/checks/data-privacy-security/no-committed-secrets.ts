/**
 * Indicator 9a: files that usually hold secrets (.env, private keys, keystores, credential files, registry tokens)
 * committed to the repository. Judged by path only: their text is never read.
 */
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { filesIn } from '../../lib/paths.js';
import policy from '../../data/policy-texts.json' with { type: 'json' };

const messages = {
  committed: '{{path}} is committed: files of this kind usually hold passwords, tokens or private keys',
  more: '{{count}} more such files are committed',
  none: 'No .env files, private keys, keystores or credential files committed ({{ignored}} example or fixture paths ignored)',
};
type Id = keyof typeof messages;
const FIXTURE_WORDS = policy.fixtureWords.map((w) => w.toLowerCase());
/** Examples, samples, templates, tests, fixtures, mocks and dummies hold no real secrets. */
const isFixturePath = (path: string) => FIXTURE_WORDS.some((w) => path.toLowerCase().includes(w));
/** Enough to make the point; the count says how many more. */
const MAX_LISTED = 10;

export default defineCheck({
  meta: {
    id: 'data-privacy-security/no-committed-secrets',
    indicator: '9a',
    level: 'recommended',
    title: 'No secrets-bearing files are committed',
    rationale:
      'Committed credentials and private keys are a strong negative signal for data security: anyone who clones the repository can reach the data they protect.',
    remediation:
      'Remove the file from the repository and from its history (git filter-repo), rotate every credential or key it held, add its name to .gitignore and commit a .env.example with placeholder values instead. If it holds only a public certificate or no secret, move it under an examples/ or fixtures/ folder or rename it.',
    reads: [],
    messages,
  },
  run: ({ repo }) => {
    const candidates = filesIn(repo, 'committedSecrets').filter((f) => f.size > 0);
    const committed = candidates.filter((f) => !isFixturePath(f.path));
    if (committed.length === 0) {
      return [{ outcome: 'pass', messageId: 'none', data: { ignored: candidates.length } }];
    }
    const listed = committed.slice(0, MAX_LISTED).map(({ path }): Finding<Id> => ({
      outcome: 'warn',
      messageId: 'committed',
      path,
      data: { path },
    }));
    const rest = committed.length - listed.length;
    return rest > 0 ? [...listed, { outcome: 'warn', messageId: 'more', data: { count: rest } }] : listed;
  },
});
