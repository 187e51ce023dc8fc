/**
 * Not a check (no default export): where documentation that lives outside the repository is named — a
 * declared documentation link, a declared website, or a README link to a documentation site. Such links
 * are evidence the reviewers follow; offline they can only be cited, never read.
 */
import signals from '../../data/documentation-signals.json' with { type: 'json' };
import { repoLinkOf } from '../../declarations/repo-links.js';
import type { Declaration } from '../../model/declaration.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import type { ParsedDoc } from '../../lib/markdown.js';
import { entries, firstUrl } from './policy-documents.js';

export interface OutsideLink {
  readonly url: string;
  /** The declared answer that names it ("documentation.documentationURL", "website"), or the file that links it. */
  readonly field?: string;
  readonly path?: string;
  readonly line?: number;
}

/** Declared links are short; more than a few say nothing new. */
const MAX_DECLARED = 3;
/** How far under a "Documentation" heading its link is looked for. */
const SECTION_LINES = 15;
const MAX_LINE = 1000;
const DOC_WORDS = new RegExp(signals.docLinkWords, 'i');
const MARKDOWN_LINK = /(?<!!)\[([^[\]\n]{1,200})\]\((https?:\/\/[^\s)]{1,500})\)/g;
const HTML_LINK = /<a\b[^>]{0,300}?\bhref=["'](https?:\/\/[^"'\s]{1,500})["'][^>]{0,300}>([^<]{1,200})<\/a>/gi;
const RST_LINK = /`([^`<\n]{1,200})<(https?:\/\/[^>\s]{1,500})>`/g;
/** A repository's own address (host/owner/name and nothing after), which repoLinkOf does not take for a link into it. */
const REPO_ROOT = /^(https?:\/\/(?:www\.)?[^/\s]+\/[^/\s]+\/[^/#?\s]+?)(?:\.git)?\/?(?:[#?]\S*)?$/i;

/** A link that names this repository, its root or a file in it: the repository is what was already read. */
export function pointsIntoRepo(url: string, repo: RepoSnapshot): boolean {
  if (repoLinkOf(url, repo)) return true;
  const root = REPO_ROOT.exec(url)?.[1];
  // Asking about a folder of the same repository reuses repoLinkOf's notion of "this repository".
  return root !== undefined && repoLinkOf(`${root}/tree/HEAD/`, repo) !== undefined;
}

/** The declared documentation links (a URL alone or inside a sentence) that point outside the repository. */
export function declaredDocumentation(declaration: Declaration | undefined, repo: RepoSnapshot): OutsideLink[] {
  return entries(declaration?.documentation?.documentationURL)
    .map((entry) => firstUrl(entry))
    .filter((url): url is string => url !== undefined && !pointsIntoRepo(url, repo))
    .slice(0, MAX_DECLARED)
    .map((url) => ({ url, field: 'documentation.documentationURL' }));
}

/** The declared website, when it is outside the repository: where published content or data is reached. */
export function declaredWebsite(declaration: Declaration | undefined, repo: RepoSnapshot): OutsideLink | undefined {
  const url = firstUrl(declaration?.website ?? '');
  return url && !pointsIntoRepo(url, repo) ? { url, field: 'website' } : undefined;
}

/**
 * The first link to a documentation site in the documents given (README first): a link whose text says
 * "documentation"/"docs", or the first link under a heading that does. Links into the repository do not count.
 */
export function linkedDocumentation(
  docs: readonly { readonly path: string; readonly parsed: ParsedDoc }[],
  repo: RepoSnapshot,
): OutsideLink | undefined {
  for (const { path, parsed } of docs) {
    const found = byLinkText(parsed, repo) ?? underHeading(parsed, repo);
    if (found) return { ...found, path };
  }
  return undefined;
}

interface LineLink {
  readonly text: string;
  readonly url: string;
}

function linksIn(line: string): LineLink[] {
  const text = line.slice(0, MAX_LINE);
  return [
    ...[...text.matchAll(MARKDOWN_LINK)].map((m) => ({ text: m[1] ?? '', url: m[2] ?? '' })),
    ...[...text.matchAll(HTML_LINK)].map((m) => ({ text: m[2] ?? '', url: m[1] ?? '' })),
    ...[...text.matchAll(RST_LINK)].map((m) => ({ text: m[1] ?? '', url: m[2] ?? '' })),
  ];
}

const readable = (kind: string) => kind === 'text' || kind === 'heading';

function byLinkText(parsed: ParsedDoc, repo: RepoSnapshot): { url: string; line: number } | undefined {
  for (const { line, text, kind } of parsed.lines) {
    if (!readable(kind)) continue;
    const hit = linksIn(text).find((l) => DOC_WORDS.test(l.text) && !pointsIntoRepo(l.url, repo));
    if (hit) return { url: hit.url, line };
  }
  return undefined;
}

function underHeading(parsed: ParsedDoc, repo: RepoSnapshot): { url: string; line: number } | undefined {
  for (const heading of parsed.headings.filter((h) => DOC_WORDS.test(h.text))) {
    const next = parsed.headings.find((h) => h.line > heading.line)?.line ?? Infinity;
    const section = parsed.lines.filter(
      (l) => l.line >= heading.line && l.line < Math.min(next, heading.line + SECTION_LINES) && readable(l.kind),
    );
    for (const { line, text } of section) {
      // A badge image is not the documentation; a plain link or a bare URL is.
      const urls = [...linksIn(text).map((l) => l.url), ...(/!\[/.test(text) ? [] : [firstUrl(text)])];
      const url = urls.find((u): u is string => u !== undefined && !pointsIntoRepo(u, repo));
      if (url) return { url, line };
    }
  }
  return undefined;
}
