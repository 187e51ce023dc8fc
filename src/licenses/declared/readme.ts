/** The root README: its License sections, license badges, and (without a section) "licensed under …" sentences. */
import places from '../../data/declared-license-places.json' with { type: 'json' };
import names from '../../data/declared-license-names.json' with { type: 'json' };
import { lineAtOffset } from '../../lib/line-numbers.js';
import { unversioned } from '../ids.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { licenseBadges, maskBadges } from './badges.js';
import { shortText } from './lines.js';
import type { DeclaredLicense } from './model.js';
import { scanNames, type NameHit } from './names.js';
import { licenseSections } from './readme-sections.js';
import { record } from './record.js';

export const README_READS: readonly string[] = ['README', 'README.*'];

const PREFERENCE = places.readmes.map((n) => n.toLowerCase());
const STATEMENT = new RegExp(places.statement, 'i');
const PROPRIETARY = names.proprietary.map((p) => new RegExp(p, 'i'));
const FILE_LINK = /\]\(\s*<?([^)\s>]{0,200}(?:LICEN[CS]E|COPYING)[^)\s>]{0,100})>?\s*\)/i;
const FILE_NAME = /\b((?:LICEN[CS]E|COPYING)(?:[.-][A-Za-z0-9]{1,10})?)\b/;
const MAX_README = 256 * 1024;
const BADGE_ZONE = 64 * 1024;
const MAX_STATEMENTS = 3;

/** The project's README: README.md before README.rst before the others (README.ops.md is not the README). */
export function primaryReadme(repo: RepoSnapshot): string | undefined {
  const root = [...repo.texts.keys()].filter((p) => !p.includes('/') && /^readme/i.test(p));
  const rank = (p: string) => {
    const r = PREFERENCE.indexOf(p.toLowerCase());
    return r !== -1 ? r : /^readme(?:\.[a-z]+)?$/i.test(p) ? PREFERENCE.length : PREFERENCE.length + 1;
  };
  return root.sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0];
}

/** A vague name ("the GPL") adds nothing when the same text also names the precise license. */
function precise(hits: readonly NameHit[]): NameHit[] {
  const families = new Set(hits.flatMap((h) => (h.spdx ? [h.family || unversioned(h.spdx), unversioned(h.spdx)] : [])));
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = h.spdx ?? `?${h.family}`;
    if ((h.spdx === null && families.has(h.family)) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fromHit(hit: NameHit, text: string, offset: number, path: string, source: string): DeclaredLicense {
  const raw = shortText(hit.text);
  const at = { path, line: lineAtOffset(text, offset + hit.start), method: 'readme' as const, source };
  if (hit.spdx === null) return { expression: null, raw, ...at, problem: 'invalid' };
  return { expression: hit.spdx, raw, ...at, ...(raw === hit.spdx ? {} : { repairedFrom: raw }) };
}

/** An end-user license agreement in the section is reported even beside license names: it contradicts them. */
function proprietary(section: string, text: string, start: number, path: string): DeclaredLicense[] {
  const at = { path, method: 'readme' as const, source: 'README License section' };
  for (const re of PROPRIETARY) {
    const m = re.exec(section);
    if (m)
      return [
        { expression: null, raw: m[0], ...at, line: lineAtOffset(text, start + m.index), problem: 'proprietary' },
      ];
  }
  return [];
}

/** A section that names no license may still point at the LICENSE file. */
function seeFile(section: string, text: string, start: number, path: string): DeclaredLicense[] {
  const at = { path, method: 'readme' as const, source: 'README License section' };
  const link = FILE_LINK.exec(section) ?? FILE_NAME.exec(section);
  if (!link?.[1]) return [];
  const line = lineAtOffset(text, start + link.index);
  return [{ expression: null, raw: link[1], ...at, line, source: `${at.source}, see ${link[1]}`, problem: 'see-file' }];
}

function sectionRecords(text: string, path: string, markdown: boolean): DeclaredLicense[] | undefined {
  const sections = licenseSections(text, markdown);
  if (sections.length === 0) return undefined;
  return sections.flatMap(({ start, text: section }) => {
    const masked = maskBadges(section);
    const hits = precise(scanNames(masked));
    const named = hits.map((h) => fromHit(h, text, start, path, 'README License section'));
    const closed = proprietary(masked, text, start, path);
    return named.length > 0 || closed.length > 0 ? [...named, ...closed] : seeFile(masked, text, start, path);
  });
}

function statementRecords(text: string, path: string): DeclaredLicense[] {
  const out: DeclaredLicense[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (out.length >= MAX_STATEMENTS) break;
    if (STATEMENT.test(line)) {
      const hits = scanNames(maskBadges(line.slice(0, 2000))).filter((h) => h.spdx !== null);
      out.push(...precise(hits).map((h) => fromHit(h, text, offset, path, 'README license statement')));
    }
    offset += line.length + 1;
  }
  return out;
}

function badgeRecords(text: string, path: string): DeclaredLicense[] {
  return licenseBadges(text.slice(0, BADGE_ZONE)).flatMap(
    (b) =>
      record(b.message, {
        path,
        line: lineAtOffset(text, b.index),
        method: 'readme',
        source: 'README license badge',
      }) ?? [],
  );
}

export function readmeDeclarations(repo: RepoSnapshot): DeclaredLicense[] {
  const path = primaryReadme(repo);
  const full = path === undefined ? undefined : repo.texts.get(path);
  if (path === undefined || full === undefined) return [];
  const text = full.slice(0, MAX_README);
  const markdown = !/\.(?:rst|adoc|asciidoc|rdoc|org|textile)$/i.test(path);
  const sections = sectionRecords(text, path, markdown);
  return [...(sections ?? statementRecords(text, path)), ...badgeRecords(text, path)];
}
