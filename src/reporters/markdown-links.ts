/** Evidence as one Markdown line, "[path:line](link) — detail", and where its links point. */
import type { Evidence, Report } from '../model/report.js';
import { mdPathTarget, mdText, mdUrlTarget } from './markdown-escape.js';
import { repoRelativePath } from './problems.js';

export interface MarkdownOptions {
  /**
   * Where repository files are browsed, e.g. `https://github.com/OWNER/REPO/blob/SHA/` (in GitHub
   * Actions: $GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/, plus the folder checked).
   * Relative links do not resolve in a PR comment or a job summary, so callers there should set it.
   */
  readonly linkBase?: string;
}

export type FileLinker = (path: string, line: number | null) => string;

/** linkBase when given; else a permalink when the report came from a hosted repository at a known commit; else relative. */
export function fileLinker(report: Report, options: MarkdownOptions): FileLinker {
  const { url, commit } = report.target;
  const hosted = url !== null && commit !== null && /^[0-9a-f]{7,64}$/i.test(commit) ? mdUrlTarget(url) : null;
  const given = options.linkBase ? mdUrlTarget(options.linkBase) : null;
  const base =
    given !== null
      ? given.replace(/\/*$/, '/')
      : hosted !== null
        ? `${hosted.replace(/\/+$/, '')}/blob/${commit}/`
        : '';
  return (path, line) => `${base}${mdPathTarget(path)}${line !== null ? `#L${line}` : ''}`;
}

export function evidenceLine(evidence: Evidence, link: FileLinker): string {
  const path = repoRelativePath(evidence.path);
  const detail = mdText(evidence.detail);
  if (path !== null) {
    const line = evidence.line !== null && evidence.line >= 1 ? evidence.line : null;
    return `[${mdText(path, 120)}${line !== null ? `:${line}` : ''}](${link(path, line)}) — ${detail}`;
  }
  const url = evidence.url === null ? null : mdUrlTarget(evidence.url);
  if (url !== null) return `[${mdText(evidence.url ?? '', 120)}](${url}) — ${detail}`;
  return detail;
}
