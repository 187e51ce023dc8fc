/**
 * Helper for sdg-relevance/not-developer-tool (not a check): what a product says it is and who it is for,
 * read from its short self-descriptions (the application's or repository's description, the README's
 * opening paragraph). Pure functions of strings; the word lists are in data/developer-tool-signals.json.
 */
import { escapeRegExp } from '../../lib/regexp.js';
import signals from '../../data/developer-tool-signals.json' with { type: 'json' };

/** A text the product describes itself in, and where it was read. */
export interface SelfDescription {
  readonly source: string;
  readonly text: string;
  readonly path?: string;
}

export interface TextSignals {
  /** "X is a … library", "This SDK …": the first matching phrase, with its source. */
  readonly toolNoun?: { readonly phrase: string; readonly source: SelfDescription };
  readonly endUserNoun?: { readonly phrase: string; readonly source: SelfDescription };
  readonly domainTerms: readonly string[];
  readonly audienceTerms: readonly string[];
  readonly beneficiaryTerms: readonly string[];
}

const alternation = (terms: readonly string[]) =>
  [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
/** Whole words: a term is not matched inside a longer word ("care" in "careful", "react" in "reactive"). */
const termsPattern = (terms: readonly string[]) =>
  new RegExp(`(?<![\\w+#-])(?:${alternation(terms)})(?![\\w+#-])`, 'gi');

/** A modifier between the article and the noun; a clause word means the noun belongs to something else. */
const MODIFIER = "(?!(?:that|which|who|built|based|using|uses|with|on|in|for|by|to|from|via|into)\\b)[\\w+#().,/'’-]+";

/**
 * The product as the subject: "<Name> is a/an/the/one of the …", a sentence that opens with an article or
 * "This", or an apposition ("…, an open source … environment"), then up to eight modifiers and the noun.
 */
const subjectNoun = (nouns: readonly string[]) =>
  new RegExp(
    `(?:\\b(?:is|are)\\s+(?:(?:one\\s+of\\s+)?(?:an?|the)\\s+)?|(?:^|[.!?:]\\s+|,\\s+(?=an?\\s))(?:an?|the|this|our)\\s+)(?:${MODIFIER}\\s+){0,8}?(?:${alternation(nouns)})(?![\\w-])`,
    'i',
  );

/** "a platform for machine learning": an end-user noun given over to a technical domain names a tool. */
const TOOL_NOUN = subjectNoun([
  ...signals.toolNouns,
  ...signals.endUserNouns.flatMap((noun) => signals.technicalDomainTerms.map((domain) => `${noun} for ${domain}`)),
]);
const END_USER_NOUN = subjectNoun(signals.endUserNouns);
const DOMAIN = termsPattern(signals.technicalDomainTerms);
const AUDIENCE = termsPattern(signals.developerAudienceTerms);
const BENEFICIARY = termsPattern(signals.beneficiaryTerms);

/** The first two sentences: where a product says what it is. */
function opening(text: string): string {
  return (text.match(/[^.!?]+(?:[.!?]+|$)/g) ?? []).slice(0, 2).join(' ');
}

const distinct = (matches: Iterable<RegExpMatchArray>) => [...new Set([...matches].map((m) => m[0].toLowerCase()))];

function firstPhrase(texts: readonly SelfDescription[], pattern: RegExp) {
  for (const source of texts) {
    const phrase = pattern.exec(opening(source.text))?.[0];
    if (phrase !== undefined) return { phrase: phrase.replace(/^[\s.!?:,]+/, '').trim(), source };
  }
  return undefined;
}

export function textSignals(texts: readonly SelfDescription[]): TextSignals {
  const all = texts.map((t) => t.text).join('\n');
  // "machine learning" is not learners, "random forests" not forests: domain words are not beneficiaries.
  const withoutDomain = all.replace(DOMAIN, ' ');
  const toolNoun = firstPhrase(texts, TOOL_NOUN);
  // A tool that runs as a service ("a test system", "a platform for machine learning") is still a tool.
  const endUserNoun = toolNoun ? undefined : firstPhrase(texts, END_USER_NOUN);
  return {
    ...(toolNoun ? { toolNoun } : {}),
    ...(endUserNoun ? { endUserNoun } : {}),
    domainTerms: distinct(all.matchAll(DOMAIN)),
    audienceTerms: distinct(all.matchAll(AUDIENCE)),
    beneficiaryTerms: distinct(withoutDomain.matchAll(BENEFICIARY)),
  };
}

/** Markdown and HTML lines that are not prose: headings, badges, images, tables, rules, link lists. */
const NOT_PROSE = /^(?:#|=+$|-{3,}$|\*{3,}$|\[!\[|!\[|\||>?\s*\[!\[|[*-]\s+\[|<\/?\w[^>]*>\s*$)/;
const BOILERPLATE = /licensed to the apache|^copyright|^licen[cs]ed under|^table of contents/i;

/**
 * The README's opening paragraph: the first prose after headings, badges, HTML blocks, comments and code
 * fences, up to about 600 characters. Markdown links keep their text.
 */
export function readmeOpening(readme: string): string {
  const out: string[] = [];
  let inFence = false;
  let inComment = false;
  for (const raw of readme.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      continue;
    }
    if (raw.includes('<!--') && !raw.includes('-->')) {
      inComment = true;
      continue;
    }
    const line = raw
      .replace(/<!--.*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .trim();
    if (line === '' || NOT_PROSE.test(line)) {
      // A short tagline may be followed by the real opening; a new heading ends the introduction.
      if ((line === '' && out.join(' ').length > 200) || (line.startsWith('#') && out.length > 0)) break;
      continue;
    }
    if (BOILERPLATE.test(line) && out.length === 0) continue;
    out.push(line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]+/g, ''));
    if (out.join(' ').length > 600) break;
  }
  return out.join(' ').replace(/\s+/g, ' ').slice(0, 700);
}
