/** Copyright lines in license, NOTICE/AUTHORS files and README, their holders, and unfilled templates
 *  ("Copyright (c) <year> <copyright holders>"); holders named in the headers of sampled source files.
 *  Pure functions, read by the clear-ownership checks and by init. */
import type { RepoSnapshot } from '../model/snapshot.js';
import { globsOf, pathMatcher, pathsIn } from './paths.js';
import { SAMPLE_HEAD_LINES, SOURCE_SAMPLE_READS, sampleSourceFiles } from './source-sample.js';
import { clip } from './text.js';
import ownership from '../data/ownership.json' with { type: 'json' };

export interface CopyrightLine {
  readonly path: string;
  readonly line: number;
  readonly text: string;
}
export interface CopyrightHolder extends CopyrightLine {
  readonly holder: string;
}
export interface CopyrightScan {
  readonly holders: CopyrightHolder[];
  readonly templates: CopyrightLine[];
}

export interface HeaderHolder extends CopyrightHolder {
  /** How many sampled files name this holder in their header. */
  readonly files: number;
}
export interface HeaderScan {
  readonly holders: HeaderHolder[];
  readonly sampled: number;
}

export const COPYRIGHT_READS: readonly string[] = [
  ...globsOf('license'),
  ...globsOf('notice'),
  ...globsOf('rootReadme'),
];

export const HEADER_COPYRIGHT_READS: readonly string[] = SOURCE_SAMPLE_READS;

const MAX_LINES = 5000;
const START = /\bcopyright\b|©|\(c\)/i;
const TOKEN = /^(?:copyright\b|©\uFE0F?|\(c\)|[\s:]+)/i;
const YEARS =
  /^(?:\d{4}(?:\s*[-–,]\s*(?:\d{4}|present))*|[[<{(]\s*(?:yyyy|year|years|año|jahr|date)\s*[\]>})]|yyyy\b|year\b)/i;
const BRACKETED = /^[[<{][^\]>}]*[\]>}]$/;
const PLACEHOLDERS = new Set(ownership.placeholderHolders);
const APPENDIX = new RegExp(ownership.appendixPattern, 'i');
const LICENSE_AUTHOR = new RegExp(ownership.licenseTextAuthors.join('|'), 'i');
const SCAFFOLD_HOLDER = new RegExp(ownership.scaffoldHolders.join('|'), 'i');
const GENERIC = new Set(ownership.genericNameWords);
const isLicense = pathMatcher(globsOf('license'));

function cleanHolder(raw: string): string {
  return raw
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(?=[^<>]*[@/.])[^<>]*>/g, '')
    .replace(/\ball rights reserved\b.*$/i, '')
    .replace(/^[\s,.;:"'-]+|[\s,.;:"'*_-]+$/g, '')
    .replace(/^by\s+/i, '');
}

/** One line: a named holder, an unfilled template, or not a copyright statement at all. */
export function parseCopyrightLine(raw: string): { readonly holder: string } | { readonly template: true } | undefined {
  const line = raw.slice(0, 300);
  const start = START.exec(line);
  if (!start) return undefined;
  let rest = line.slice(start.index);
  const seen: Record<string, boolean> = { copyright: false, '©': false, '(c)': false };
  for (let t = TOKEN.exec(rest); t && t[0].length > 0; t = TOKEN.exec(rest)) {
    if (t[0].includes('\uFE0F')) return undefined; // the ©️ emoji decorates headings
    const token = t[0].toLowerCase();
    if (token in seen) seen[token] = true;
    rest = rest.slice(t[0].length);
  }
  const year = YEARS.exec(rest);
  if (year === null && !seen['©'] && !seen['(c)']) return undefined; // "copyright" in prose: "the copyright owner"
  const holder = cleanHolder(year ? rest.slice(year[0].length) : rest);
  if (
    BRACKETED.test(holder) ||
    PLACEHOLDERS.has(
      holder
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .trim(),
    )
  )
    return { template: true };
  if (!/\p{L}/u.test(holder)) return year === null ? undefined : { template: true };
  const statement = year !== null || seen['©'] || seen['copyright'] || /\b\d{4}\b/.test(holder);
  return statement ? { holder: clip(holder, 80) } : undefined;
}

function scanFile(path: string, text: string): CopyrightScan {
  const [holders, templates]: [CopyrightHolder[], CopyrightLine[]] = [[], []];
  const license = isLicense(path);
  let appendix = false;
  text.split('\n', MAX_LINES).forEach((raw, i) => {
    appendix ||= license && APPENDIX.test(raw);
    const parsed = START.test(raw) ? parseCopyrightLine(raw) : undefined;
    const at = { path, line: i + 1, text: clip(raw.trim()) };
    if (parsed && 'template' in parsed && !appendix) templates.push(at);
    if (parsed && 'holder' in parsed && !(license && LICENSE_AUTHOR.test(parsed.holder)))
      holders.push({ ...at, holder: parsed.holder });
  });
  return { holders, templates };
}

/** Every distinct holder (first line naming it) and every unfilled template line, license files first. */
export function scanCopyright(repo: RepoSnapshot): CopyrightScan {
  const paths = [...new Set([...pathsIn(repo, 'license'), ...pathsIn(repo, 'notice'), ...pathsIn(repo, 'rootReadme')])];
  const scans = paths.flatMap((path) => {
    const text = repo.texts.get(path);
    return text === undefined ? [] : [scanFile(path, text)];
  });
  const holders = new Map<string, CopyrightHolder>();
  for (const h of scans.flatMap((s) => s.holders))
    if (!holders.has(h.holder.toLowerCase())) holders.set(h.holder.toLowerCase(), h);
  return { holders: [...holders.values()], templates: scans.flatMap((s) => s.templates) };
}

/** A holder or author that a framework scaffold wrote into the project's files, not the project's owner. */
export function isScaffoldHolder(name: string): boolean {
  return SCAFFOLD_HOLDER.test(name);
}

/**
 * Holders named in the first lines of sampled source files, most files first. Notices that frameworks and
 * generators leave in a project's own files (a CakePHP or React Native scaffold) name the framework, not
 * the owner, and are left out.
 */
export function scanSourceHeaders(repo: RepoSnapshot): HeaderScan {
  const sampled = sampleSourceFiles(repo);
  const found = new Map<string, { first: CopyrightHolder; files: number }>();
  for (const path of sampled) {
    const lines = (repo.texts.get(path) ?? '').split('\n', SAMPLE_HEAD_LINES);
    const named = new Set<string>();
    lines.forEach((raw, i) => {
      const parsed = START.test(raw) ? parseCopyrightLine(raw) : undefined;
      if (!parsed || !('holder' in parsed) || isScaffoldHolder(parsed.holder) || LICENSE_AUTHOR.test(parsed.holder))
        return;
      const key = parsed.holder.toLowerCase();
      if (named.has(key)) return;
      named.add(key);
      const seen = found.get(key);
      if (seen) seen.files++;
      else found.set(key, { first: { path, line: i + 1, text: clip(raw.trim()), holder: parsed.holder }, files: 1 });
    });
  }
  const holders = [...found.values()]
    .sort((a, b) => b.files - a.files)
    .map(({ first, files }): HeaderHolder => ({ ...first, files }));
  return { holders, sampled: sampled.length };
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const significant = (s: string) => s.split(' ').filter((w) => w.length >= 3 && !GENERIC.has(w));

/** Loose, case-insensitive: one name inside the other (spaces ignored), or a shared distinctive word. */
export function sameOwner(holder: string, owner: string): boolean {
  const [h, o] = [normalise(holder), normalise(owner)];
  if (!h || !o) return false;
  const within = (a: string, b: string) =>
    ` ${a} `.includes(` ${b} `) || (b.length >= 5 && a.replace(/ /g, '').includes(b.replace(/ /g, '')));
  if (within(h, o) || within(o, h)) return true;
  const words = new Set(significant(h));
  return significant(o).some((w) => words.has(w));
}
