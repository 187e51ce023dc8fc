/**
 * Not a check (no default export): pure helpers shared by the checks of indicators 7, 9a, 9b and 9c for bounded
 * reading of policy texts (does it name a contact? is it an unfilled template?) and of the owner's declared answers.
 */
import policy from '../../data/policy-texts.json' with { type: 'json' };
import type { RepoSnapshot } from '../../model/snapshot.js';
import { escapeRegExp } from '../../lib/regexp.js';

/** Policy documents are short; hostile ones are cut here before any regex runs. */
const MAX_CHARS = 200_000;
const MAX_LINE = 2_000;
export interface TextHit {
  readonly line: number;
  readonly text: string;
}
export type ContactKind = keyof typeof policy.contactWording;
export type ExplanationKind = keyof typeof policy.explanationMinWords;

/** Case-insensitive phrases from a word boundary ("report" finds "reported"), to one if `whole` ("GDPR" misses "gdprs"). */
export function phraseRegex(phrases: readonly string[], whole = false): RegExp {
  const alternation = phrases.map((p) => escapeRegExp(p).replace(/ +/g, '\\s+')).join('|');
  return new RegExp(`\\b(?:${alternation})${whole ? '\\b' : ''}`, 'i');
}

/** An address, also spelt "name [at] host.org" or "name AT host.org" (case matters for the bare AT). */
const EMAIL = /[\w.+-](?:@|\s*[[(][aA][tT][\])]\s*|\s+AT\s+)[\w-]+\.[a-zA-Z]/;
const LINK = /\bhttps?:\/\/[^\s)<>\]"']+/gi;
const TEMPLATE_URLS = policy.templateUrls.map((u) => u.toLowerCase());
const WORDING: Record<ContactKind, RegExp> = {
  security: phraseRegex(policy.contactWording.security),
  conduct: phraseRegex(policy.contactWording.conduct),
};
const PLACEHOLDER = new RegExp(policy.templatePlaceholders.map(escapeRegExp).join('|'), 'i');

/** The first lines of a text, each clipped: enough for any policy document, bounded for hostile input. */
export function boundedLines(text: string): string[] {
  return text
    .slice(0, MAX_CHARS)
    .split('\n')
    .map((line) => line.slice(0, MAX_LINE));
}

export function firstHit(text: string, test: (line: string) => boolean): TextHit | undefined {
  const lines = boundedLines(text);
  const index = lines.findIndex(test);
  return index < 0 ? undefined : { line: index + 1, text: (lines[index] ?? '').trim() };
}

/** What one policy file says about whom to contact; `found` alone when the source held no text for it. */
export type ContactVerdict =
  | { readonly path: string; readonly kind: 'contact' | 'placeholder'; readonly hit: TextHit }
  | { readonly path: string; readonly kind: 'found' | 'noContact' };

/**
 * Judges policy files that must say whom to contact (SECURITY, CODE_OF_CONDUCT). A file naming a contact (an e-mail
 * address, else a URL, else reporting wording) settles it: only such files (and unread ones) are returned. Otherwise
 * the first file is returned as `found`, then every file that is an unfilled template (e.g. the Contributor
 * Covenant's "[INSERT CONTACT METHOD]") or names no contact.
 */
export function contactVerdicts(repo: RepoSnapshot, paths: readonly string[], kind: ContactKind): ContactVerdict[] {
  const judged = paths.map((path) => judgeContact(path, repo.texts.get(path), kind));
  const settled = judged.filter((v) => v.kind === 'contact' || v.kind === 'found');
  if (settled.length > 0 || paths[0] === undefined) return settled;
  return [{ path: paths[0], kind: 'found' }, ...judged];
}

function judgeContact(path: string, text: string | undefined, kind: ContactKind): ContactVerdict {
  if (text === undefined) return { path, kind: 'found' };
  const hole = firstHit(text, (line) => PLACEHOLDER.test(line));
  if (hole) return { path, kind: 'placeholder', hit: hole };
  const tests = [(l: string) => EMAIL.test(l), hasContactUrl, (l: string) => WORDING[kind].test(l)];
  const hit = tests.map((test) => firstHit(text, test)).find((h) => h !== undefined);
  return hit ? { path, kind: 'contact', hit } : { path, kind: 'noContact' };
}

/** A mailto: or a link that is not a template's attribution or a badge. */
function hasContactUrl(line: string): boolean {
  if (/\bmailto:/i.test(line)) return true;
  return [...line.matchAll(LINK)].some(([url]) => {
    const bare = url.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '');
    return !TEMPLATE_URLS.some((t) => bare.startsWith(t));
  });
}

/** The non-blank entries of a declared list. */
export function entries(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

export function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim().length > 0;
}

/**
 * The first http(s) link in a declared answer, which may be a bare URL or a sentence holding one; a sentence may end
 * right after its link ("… at https://x.org/privacy."), so trailing punctuation is not part of it.
 */
export function firstUrl(value: string): string | undefined {
  return value
    .slice(0, MAX_LINE)
    .match(LINK)?.[0]
    ?.replace(/[.,;:!?]+$/, '');
}

/**
 * Whether a declared answer explains something in a sentence or more, not a placeholder ("n/a", "-", a bare link):
 * its words, links left out, reach the threshold policy-texts.json sets for that kind of answer.
 */
export function explains(value: string | undefined, kind: ExplanationKind): value is string {
  if (value === undefined) return false;
  const words =
    value
      .slice(0, MAX_CHARS)
      .replace(LINK, ' ')
      .match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length >= policy.explanationMinWords[kind];
}
