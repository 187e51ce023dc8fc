/** GitHub's primary rate limit: N requests per window, per token (or per client when anonymous), per resource. */
import { createHash } from 'node:crypto';

export class Bucket {
  private used = 0;
  private resetAt: number;

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {
    this.resetAt = nowSeconds() + windowSeconds;
  }

  remaining(): number {
    this.roll();
    return Math.max(0, this.limit - this.used);
  }

  spend(): void {
    this.roll();
    this.used += 1;
  }

  headers(resource: string): Record<string, string> {
    const remaining = this.remaining();
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(Math.min(this.used, this.limit)),
      'x-ratelimit-resource': resource,
    };
  }

  private roll(): void {
    if (nowSeconds() < this.resetAt) return;
    this.used = 0;
    this.resetAt = nowSeconds() + this.windowSeconds;
  }
}

export class RateLimits {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  bucket(resource: string, authorization: string | undefined): Bucket {
    // Keyed by a hash: the emulator never holds a token in the clear longer than the request.
    const who = authorization ? createHash('sha256').update(authorization).digest('hex') : 'anonymous';
    const key = `${resource}|${who}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new Bucket(this.limit, this.windowSeconds);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
