/**
 * Request 4: the texts the checks read, in one GraphQL query of aliased `object(expression: "SHA:path")`
 * blobs (more queries only past 100 files or a few MB). Blobs are cached by SHA, so an unchanged
 * LICENSE is never fetched twice, and the texts get the same notes as the local source's.
 */
import type { SkipReason, SourceNote } from '../../model/snapshot.js';
import { decodeText } from '../text.js';
import { IMMUTABLE_MAX_AGE_MS } from './cache.js';
import type { GitHubClient } from './client.js';
import type { GitHubTarget } from './target.js';
import type { TreeFile } from './tree.js';

const MAX_BLOBS_PER_QUERY = 100;
/** GitHub answers large queries slowly or not at all; a few MB per query keeps each answer quick. */
const MAX_BYTES_PER_QUERY = 8 * 1024 * 1024;

interface BlobPayload {
  byteSize: number;
  isBinary: boolean | null;
  isTruncated: boolean;
  text: string | null;
}

interface ReadText {
  readonly text?: string;
  readonly problems: readonly SkipReason[];
}

export interface TextsRead {
  readonly texts: Map<string, string>;
  readonly notes: SourceNote[];
}

export async function fetchTexts(
  client: GitHubClient,
  target: GitHubTarget,
  commitSha: string,
  files: readonly TreeFile[],
  maxBytes: number,
): Promise<TextsRead> {
  const results = new Map<string, ReadText>();
  const missing: TreeFile[] = [];
  for (const file of files) {
    const cached = await client.cache?.get<ReadText>(blobKey(client, file.sha, maxBytes), IMMUTABLE_MAX_AGE_MS);
    if (cached) results.set(file.path, cached.data);
    else missing.push(file);
  }
  for (const batch of batches(missing)) {
    const blobs = await queryBlobs(client, target, commitSha, batch);
    await Promise.all(
      batch.map(async (file, i) => {
        const read = toText(blobs[i] ?? null, maxBytes);
        results.set(file.path, read);
        if (blobs[i]) await client.cache?.set(blobKey(client, file.sha, maxBytes), read);
      }),
    );
  }
  const texts = new Map<string, string>();
  const notes: SourceNote[] = [];
  for (const file of files) {
    const read = results.get(file.path);
    if (read?.text !== undefined) texts.set(file.path, read.text);
    for (const reason of read?.problems ?? []) notes.push({ path: file.path, reason });
  }
  return { texts, notes };
}

function blobKey(client: GitHubClient, sha: string, maxBytes: number): string {
  return `${client.apiUrl}\nblob\n${sha}\n${maxBytes}`;
}

function* batches(files: readonly TreeFile[]): Generator<TreeFile[]> {
  let batch: TreeFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && (batch.length >= MAX_BLOBS_PER_QUERY || bytes + file.size > MAX_BYTES_PER_QUERY)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.size;
  }
  if (batch.length > 0) yield batch;
}

/** Expressions travel as variables, so no path (quotes, backslashes) can break the query. */
async function queryBlobs(
  client: GitHubClient,
  target: GitHubTarget,
  commitSha: string,
  batch: readonly TreeFile[],
): Promise<(BlobPayload | null)[]> {
  const variables: Record<string, string> = { owner: target.owner, name: target.name };
  const declarations = ['$owner: String!', '$name: String!'];
  const fields = batch.map((file, i) => {
    variables[`e${i}`] = `${commitSha}:${file.path}`;
    declarations.push(`$e${i}: String!`);
    return `f${i}: object(expression: $e${i}) { ... on Blob { byteSize isBinary isTruncated text } }`;
  });
  const query = `query(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
  const data = await client.octokit.graphql<{ repository: Record<string, BlobPayload | null> | null }>(
    query,
    variables,
  );
  return batch.map((_, i) => data.repository?.[`f${i}`] ?? null);
}

/** Same rules as the local source: cap at maxBytes, binary and invalid UTF-8 noted, never thrown. */
function toText(blob: BlobPayload | null, maxBytes: number): ReadText {
  if (!blob) return { problems: ['unreadable'] };
  const truncated = blob.byteSize > maxBytes || blob.isTruncated;
  if (blob.isBinary) return { problems: truncated ? ['truncated', 'binary'] : ['binary'] };
  if (blob.text === null) return { problems: ['unreadable'] };
  const bytes = Buffer.from(blob.text, 'utf8');
  const decoded = decodeText(bytes.subarray(0, maxBytes), truncated);
  // GitHub hands over text, not bytes: bad UTF-8 arrives as U+FFFD, the only trace it leaves.
  const cut = decoded.text ?? '';
  const replaced = cut.includes('\uFFFD') && !(truncated && cut.indexOf('\uFFFD') === cut.length - 1);
  const problems =
    replaced && !decoded.problems.includes('invalid-utf8')
      ? [...decoded.problems, 'invalid-utf8' as const]
      : decoded.problems;
  return decoded.text === undefined ? { problems } : { text: decoded.text, problems };
}
