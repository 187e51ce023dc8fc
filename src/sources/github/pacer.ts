/**
 * Keeps a shared client inside GitHub's primary rate limit: every response tells how many requests
 * are left and when the window resets; when only a few are left, new requests wait for the reset
 * instead of failing. A batch of hundreds of repositories then slows down rather than breaks.
 */

export interface RateLimitState {
  readonly remaining: number;
  /** Unix seconds. */
  readonly reset: number;
}

export interface PacerOptions {
  /** Keep this many requests in hand: requests in flight still spend the budget. */
  readonly reserve: number;
  /** Longer waits are not worth it: let the request fail with a clear message instead. */
  readonly maxWaitMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export class RateLimitPacer {
  private state: RateLimitState | null = null;

  constructor(private readonly options: PacerOptions) {}

  get current(): RateLimitState | null {
    return this.state;
  }

  /** Reads the rate-limit headers of any response (also errors and 304s). */
  update(headers: Readonly<Record<string, string | number | undefined>> | undefined): void {
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    const reset = Number(headers?.['x-ratelimit-reset']);
    if (!Number.isFinite(remaining) || !Number.isFinite(reset)) return;
    // Responses can arrive out of order; the newer window, or the smaller budget in the same window, wins.
    if (!this.state || reset > this.state.reset || (reset === this.state.reset && remaining < this.state.remaining)) {
      this.state = { remaining, reset };
    }
  }

  /** Resolves when a request may go out. */
  async wait(): Promise<void> {
    const now = (this.options.now ?? Date.now)();
    const state = this.state;
    if (!state || state.remaining > this.options.reserve) return;
    const waitMs = state.reset * 1000 - now + 1000;
    if (waitMs <= 0) {
      this.state = null; // the window has reset; the next response tells the new budget
      return;
    }
    if (waitMs > this.options.maxWaitMs) return;
    await (this.options.sleep ?? defaultSleep)(waitMs);
    this.state = null;
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
