/**
 * Making repository-derived text safe inside GitHub-flavoured Markdown (PR comments, job summaries).
 * Every file name, detail and title may come from a hostile repository: none may open a link, an
 * image, HTML, a table cell or an @mention.
 */

/** Longest text shown for one piece of evidence: a PR comment holds at most 65,536 characters. */
export const MAX_TEXT = 300;

/** Inline text: one line, capped, Markdown punctuation backslash-escaped, HTML as entities, mentions defused. */
export function mdText(text: string, max = MAX_TEXT): string {
  const oneLine = text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const capped = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return (
    capped
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~!]/g, '\\$&')
      // A word joiner after "@" keeps "@someone" readable without notifying anyone; e-mail addresses stay intact.
      .replace(/(^|[^\w])@/g, '$1@\u2060')
  );
}

/** A repository path as a relative link target: every segment percent-encoded, parentheses too. */
export function mdPathTarget(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/** An outside address as a link target, only for http(s): anything else (javascript:, data:) is shown as text. */
export function mdUrlTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}
