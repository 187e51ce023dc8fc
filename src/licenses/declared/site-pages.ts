/**
 * A documentation site's own pages (its landing page, its Docusaurus or MkDocs configuration) where a
 * content collection states its license: "This work is licensed under a <a href=
 * "https://creativecommons.org/licenses/by-sa/4.0/">…</a>". Only a Creative Commons deed link preceded
 * by "licensed under" wording counts; the name alone, or a link in a footer list, does not.
 */
import places from '../../data/declared-license-places.json' with { type: 'json' };
import { lineAtOffset } from '../../lib/line-numbers.js';
import { pathMatcher } from '../../lib/paths.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import type { DeclaredLicense } from './model.js';
import { scanNames } from './names.js';

export const SITE_PAGE_READS: readonly string[] = places.sitePages;

const IS_SITE_PAGE = pathMatcher(places.sitePages);
const STATEMENT = new RegExp(places.statement, 'i');
const DEED_LINK = /https?:\/\/(?:www\.)?creativecommons\.org\/(?:licenses|publicdomain)\/[A-Za-z0-9./-]{1,40}/gi;
/** How far before the link the wording may stand: markup (an <a href=…> opened on its own lines) sits between. */
const WORDING_WINDOW = 300;
const MAX_PAGE = 256 * 1024;

function pageRecords(path: string, full: string): DeclaredLicense[] {
  const text = full.slice(0, MAX_PAGE);
  const seen = new Set<string>();
  const out: DeclaredLicense[] = [];
  for (const link of text.matchAll(DEED_LINK)) {
    const before = text.slice(Math.max(0, link.index - WORDING_WINDOW), link.index);
    if (!STATEMENT.test(before)) continue;
    const spdx = scanNames(link[0]).find((h) => h.spdx !== null)?.spdx;
    if (!spdx || seen.has(spdx)) continue;
    seen.add(spdx);
    const line = lineAtOffset(text, link.index);
    out.push({ expression: spdx, raw: link[0], path, line, method: 'readme', source: 'site page license statement' });
  }
  return out;
}

export function sitePageDeclarations(repo: RepoSnapshot): DeclaredLicense[] {
  return [...repo.texts]
    .filter(([path]) => IS_SITE_PAGE(path))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([path, text]) => pageRecords(path, text));
}
