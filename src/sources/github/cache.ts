/**
 * A small on-disk cache of GitHub answers, so re-checking a repository costs (almost) no rate limit.
 * Two kinds of entry: conditional ones (repository, commit of a ref) kept with their ETag and
 * revalidated with If-None-Match, and immutable ones (trees and blobs named by SHA) used as they are.
 * Keys are hashes of what was asked (API URL, repository, path, SHA), never of the token; files are
 * 0600 in a 0700 folder because private repositories' texts can land here.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An ETag older than this is not trusted: metadata like "archived" must not go stale for long. */
export const CONDITIONAL_MAX_AGE_MS = DAY_MS;
/** Content addressed by SHA never changes; it is only dropped to bound the folder's size. */
export const IMMUTABLE_MAX_AGE_MS = 7 * DAY_MS;

export interface CacheEntry<T> {
  readonly storedAt: number;
  readonly etag?: string;
  readonly data: T;
}

export class ResponseCache {
  private ready: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  async get<T>(key: string, maxAgeMs: number): Promise<CacheEntry<T> | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.fileOf(key), 'utf8')) as CacheEntry<T>;
      return this.now() - entry.storedAt <= maxAgeMs ? entry : undefined;
    } catch {
      return undefined; // missing or damaged: ask GitHub again
    }
  }

  async set<T>(key: string, data: T, etag?: string): Promise<void> {
    try {
      await this.prepare();
      const entry: CacheEntry<T> = etag ? { storedAt: this.now(), etag, data } : { storedAt: this.now(), data };
      // Write then rename: a reader never sees half a file, and a concurrent batch worker cannot interleave.
      const temp = `${this.fileOf(key)}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temp, JSON.stringify(entry), { mode: 0o600 });
      await rename(temp, this.fileOf(key));
    } catch {
      // A read-only or full disk must not fail the check: the cache is only an optimisation.
    }
  }

  /** Deletes entries older than the longest max age. Run once per client. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((n) => n.endsWith('.json') || n.endsWith('.tmp'))
        .map(async (name) => {
          const info = await stat(join(this.dir, name)).catch(() => undefined);
          if (info && this.now() - info.mtimeMs > IMMUTABLE_MAX_AGE_MS) await rm(join(this.dir, name), { force: true });
        }),
    );
  }

  private prepare(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 }).then(() => chmod(this.dir, 0o700));
    return this.ready;
  }

  private fileOf(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }
}
