/**
 * SPDX-License-Identifier headers, sampled: source files directly under the root, src/, lib/ and app/
 * (the globs must be static), at most a few dozen files taken in turn from each folder, first lines only.
 */
import places from '../../data/declared-license-places.json' with { type: 'json' };
import { lineAtOffset } from '../../lib/line-numbers.js';
import { sampleSourceFiles, SOURCE_SAMPLE_READS } from '../../lib/source-sample.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { headOf } from './lines.js';
import type { DeclaredLicense } from './model.js';
import { record } from './record.js';

const { maxLines } = places.headers;

/** The same sample of source files the ownership check reads for copyright headers: no extra reads. */
export const HEADER_READS: readonly string[] = SOURCE_SAMPLE_READS;
const TAG = /SPDX-License-Identifier:[ \t]*([^\n]{1,300})/;
const CLOSERS = /\s*(?:\*\/|-->|\*\)|#\}|%>|"""|''')\s*$/;
const MAX_HEAD_CHARS = 6_000;

function tagOf(text: string): { value: string; line: number } | undefined {
  const head = headOf(text, maxLines, MAX_HEAD_CHARS);
  const m = TAG.exec(head);
  if (!m?.[1]) return undefined;
  const value = m[1].replace(CLOSERS, '').trim();
  return value ? { value, line: lineAtOffset(head, m.index) } : undefined;
}

export function headerDeclarations(repo: RepoSnapshot): DeclaredLicense[] {
  const files = sampleSourceFiles(repo);
  const seen = new Map<string, { path: string; line: number; count: number }>();
  for (const path of files) {
    const tag = tagOf(repo.texts.get(path) ?? '');
    if (!tag) continue;
    const first = seen.get(tag.value);
    if (first) first.count++;
    else seen.set(tag.value, { path, line: tag.line, count: 1 });
  }
  return [...seen].flatMap(([value, { path, line, count }]) => {
    const source = `SPDX headers (${count} of ${files.length} sampled files)`;
    return record(value, { path, line, method: 'header', source }) ?? [];
  });
}
