import { describe, expect, it } from 'vitest';
import type { Evidence, Report } from '../../src/model/report.js';
import { markdown, renderMarkdown } from '../../src/reporters/markdown.js';
import { mdText } from '../../src/reporters/markdown-escape.js';
import { fixtureCopy } from '../support/cli.js';
import { runCliInProcess } from '../support/in-process-cli.js';
import { CANONICAL_REPORT } from './canonical.js';

const HOSTILE_PATH = '<script>alert(1)</script>|x`y`.md';
const hostileEvidence: Evidence[] = [
  {
    outcome: 'fail',
    path: HOSTILE_PATH,
    line: 2,
    url: null,
    detail: 'ping @octocat [click](javascript:alert(1)) ![x](http://evil.example/p.png)\n## Fake heading\n| a | b |',
  },
  {
    outcome: 'fail',
    path: null,
    line: null,
    url: 'javascript:alert(1)',
    detail: '<img src=x onerror=alert(1)> **bold** _em_ ~~del~~',
  },
  { outcome: 'pass', path: 'docs/a (b).md', line: null, url: null, detail: 'fine' },
];
const HOSTILE: Report = {
  ...CANONICAL_REPORT,
  target: { ...CANONICAL_REPORT.target, ref: 'repo|<b>x</b>' },
  indicators: CANONICAL_REPORT.indicators.map((ind) =>
    ind.id === '3'
      ? { ...ind, title: 'Clear | ownership <i>', evidence: hostileEvidence, advice: ['Do `this` | <b>that</b>'] }
      : ind,
  ),
};

/** Cells of a GFM table row: split at pipes not escaped with a backslash. */
const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;

describe('markdown reporter', () => {
  it('prints the canonical report', async () => {
    await expect(markdown(CANONICAL_REPORT, { color: false })).toMatchFileSnapshot('__snapshots__/canonical.md');
  });

  it('headline, one row per indicator, what to fix with advice, passing evidence folded away', () => {
    const out = markdown(CANONICAL_REPORT, { color: false });
    expect(out.split('\n')[0]).toBe('## ⚠️ DPG Standard: 61/100 · gaps');
    const rows = out.split('\n').filter((l) => /^\| (1|2|3|4|5|6|7|8|9a|9b|9c) \|/.test(l));
    expect(rows).toHaveLength(11);
    expect(rows[2]).toBe('| 3 | Clear ownership | ❌ fail | 0/10 |');
    expect(rows[5]).toBe('| 6 | Mechanism for extracting data and content | ➖ n/a | – |');
    expect(out).toContain('  - ❌ [LICENSE:3](LICENSE#L3) — License template never names the copyright holder');
    expect(out).toContain('  - **To do:** Name the copyright holder in LICENSE.');
    expect(out).toMatch(/<details><summary>Passing evidence \(4\)<\/summary>\n\n[\s\S]*\n\n<\/details>\n$/);
    expect(out).toContain('- 8: [https://example.org/openapi](https://example.org/openapi) — OpenAPI declared');
  });

  it('says so when there is nothing to fix', () => {
    const ready: Report = {
      ...CANONICAL_REPORT,
      indicators: CANONICAL_REPORT.indicators.map((i) => ({ ...i, status: 'pass', evidence: [], advice: [] })),
      summary: { ...CANONICAL_REPORT.summary, verdict: 'ready', score: 100 },
    };
    const out = markdown(ready, { color: false });
    expect(out).toContain('## ✅ DPG Standard: 100/100 · ready');
    expect(out).toContain('Nothing: every indicator passes or does not apply.');
    expect(out).not.toContain('<details>');
  });

  it('links into the hosted repository at the checked commit when the report has one', () => {
    const hosted: Report = {
      ...CANONICAL_REPORT,
      target: { source: 'github', ref: 'o/r', url: 'https://github.com/o/r', commit: 'abcdef1234567' },
    };
    expect(markdown(hosted, { color: false })).toContain(
      '[LICENSE:3](https://github.com/o/r/blob/abcdef1234567/LICENSE#L3)',
    );
  });

  it('links to linkBase when the caller knows where the repository is browsed (PR comments, job summaries)', () => {
    const out = renderMarkdown(CANONICAL_REPORT, { linkBase: 'https://github.com/o/r/blob/0123abc/services/api' });
    expect(out).toContain('[LICENSE:3](https://github.com/o/r/blob/0123abc/services/api/LICENSE#L3)');
    expect(renderMarkdown(CANONICAL_REPORT, { linkBase: 'javascript:alert(1)//' })).toContain(
      '[LICENSE:3](LICENSE#L3)',
    );
  });

  it('caps the findings per indicator and the whole comment', () => {
    const many = (n: number, detail: string): Evidence[] =>
      Array.from({ length: n }, (_, i) => ({ outcome: 'fail', path: `f${i}.txt`, line: 1, url: null, detail }));
    const withMany = (evidence: Evidence[]): Report => ({
      ...CANONICAL_REPORT,
      indicators: CANONICAL_REPORT.indicators.map((ind) => ({
        ...ind,
        status: 'fail',
        evidence,
        advice: ['x', 'y', 'z'].map((c) => c.repeat(600)),
      })),
    });
    expect(markdown(withMany(many(10, 'gap')), { color: false })).toContain('  - … and 2 more (see `--format json`)');
    const huge = withMany([
      ...many(8, 'y'.repeat(300)),
      ...Array.from({ length: 50 }, (_, i): Evidence => ({
        outcome: 'pass',
        path: `p${i}`,
        line: null,
        url: null,
        detail: 'z'.repeat(300),
      })),
    ]);
    const out = markdown(huge, { color: false });
    expect(out.length).toBeLessThan(65_536);
    expect(out).not.toContain('<details>');
  });

  it('escapes hostile repository text: no HTML, links, images, mentions, headings or extra table cells', async () => {
    const out = markdown(HOSTILE, { color: false });
    await expect(out).toMatchFileSnapshot('__snapshots__/hostile.md');
    expect(out).not.toMatch(/<(script|img|b|i)\b/i);
    expect(out).not.toMatch(/(^|[^\\])\]\(javascript:/i);
    expect(out).not.toMatch(/(^|[^\\])!\[/);
    expect(out).not.toMatch(/(^|\s)@octocat/);
    expect(out).not.toMatch(/^#+ Fake/m);
    for (const row of out.split('\n').filter((l) => l.startsWith('| '))) expect(cells(row), row).toBe(4);
    expect(out).toContain('(%3Cscript%3Ealert%281%29%3C/script%3E%7Cx%60y%60.md#L2)');
    expect(out).toContain('[docs/a (b).md](docs/a%20%28b%29.md)');
  });

  it('mdText caps long text and keeps e-mail addresses intact', () => {
    expect(mdText('x'.repeat(500))).toHaveLength(300);
    expect(mdText('write to security@example.org')).toBe('write to security@example.org');
    expect(mdText('a\\b*c_d')).toBe('a\\\\b\\*c\\_d');
  });
});

describe('dpg-check --format markdown', () => {
  it.each(['no-license', 'compliant-app'])('%s: the report a PR comment would show', async (name) => {
    const { cwd, target } = fixtureCopy(name);
    const run = await runCliInProcess([target, '--format', 'markdown'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(name === 'compliant-app' ? 0 : 1);
    await expect(run.stdout).toMatchFileSnapshot(`__snapshots__/${name}.cli.md`);
  });
});
