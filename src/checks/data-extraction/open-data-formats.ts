import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { pathMatcher, pathsIn } from '../../lib/paths.js';
import signals from '../../data/data-extraction.json' with { type: 'json' };

const messages = {
  proprietary: 'Data file in a proprietary format: {{path}}',
  more: '… and {{count}} more data files in proprietary formats',
  openCopy: '{{path}} is published alongside an open-format copy ({{copy}})',
  open: '{{count}} data file(s) in open formats, e.g. {{path}}',
  noData: 'No data files in the repository (test fixtures and vendored code aside)',
};
type Id = keyof typeof messages;

const MAX_LISTED = 10;
const NOT_PRODUCT = pathMatcher(signals.nonProductPaths);
const stem = (path: string) => path.replace(/\.[^./]+$/, '').toLowerCase();

export default defineCheck({
  meta: {
    id: 'data-extraction/open-data-formats',
    indicator: '6',
    level: 'recommended',
    title: 'Data files in the repository use open formats',
    rationale:
      'The DPGA asks that data can be used without proprietary software; spreadsheets, statistics-package and database files (.xlsx, .sav, .dta, .mdb, .pbix) tie users to one vendor.',
    remediation:
      'Publish each proprietary data file also (or instead) as CSV, JSON or Parquet next to it, with the same name, and describe the columns (e.g. a datapackage.json).',
    reads: [],
    messages,
  },
  run: ({ repo }) => {
    const published = (group: 'openDataFiles' | 'proprietaryDataFiles') =>
      pathsIn(repo, group).filter((p) => !NOT_PRODUCT(p));
    const open = published('openDataFiles');
    const proprietary = published('proprietaryDataFiles');
    if (open.length === 0 && proprietary.length === 0) return [{ outcome: 'not-applicable', messageId: 'noData' }];
    const copies = new Map(open.map((p) => [stem(p), p]));
    const uncovered = proprietary.filter((p) => !copies.has(stem(p)));
    const covered = proprietary
      .filter((p) => copies.has(stem(p)))
      .slice(0, MAX_LISTED)
      .map((path): Finding<Id> => ({
        outcome: 'pass',
        messageId: 'openCopy',
        path,
        data: { path, copy: copies.get(stem(path)) },
      }));
    const flagged = uncovered.slice(0, MAX_LISTED).map((path): Finding<Id> => ({
      outcome: 'warn',
      messageId: 'proprietary',
      path,
      data: { path },
    }));
    const rest = uncovered.length - flagged.length;
    const more: Finding<Id>[] = rest > 0 ? [{ outcome: 'warn', messageId: 'more', data: { count: rest } }] : [];
    const summary: Finding<Id>[] =
      open.length > 0
        ? [{ outcome: 'pass', messageId: 'open', path: open[0], data: { count: open.length, path: open[0] } }]
        : [];
    return [...flagged, ...more, ...covered, ...summary];
  },
});
