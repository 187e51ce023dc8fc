/**
 * Keeps a shared client inside GitHub's primary rate limits: every response tells how many requests
 * are left and when the window resets; when only a few are left, new requests wait for the reset
 * instead of failing. A batch of hundreds of repositories then slows down rather than breaks.
 *
 * Three things make that hold with many requests in flight: each request let out is counted at once
 * (the next response arrives too late to stop a burst), REST ("core") and GraphQL budgets are kept apart
 * as GitHub keeps them, and after a reset the budget is refilled from x-ratelimit-limit rather than
 * forgotten, so the waiting requests go out one count at a time, not all together.
 */

export interface RateLimitState {
  readonly remaining: number;
  /** Unix seconds. */
  readonly reset: number;
}

interface Budget {
  remaining: number;
  reset: number;
  /** The window's full budget (x-ratelimit-limit); unknown until a response says it. */
  limit: number | undefined;
  /** Set when refilled by us at a reset: `reset` is then a guess, and this was the old window's reset. */
  guessedAfter?: number;
}

export interface PacerOptions {
  /** Keep this many requests in hand, for retries and requests of other tools sharing the token. */
  readonly reserve: number;
  /** Longer waits are not worth it: let the request fail with a clear message instead. */
  readonly maxWaitMs: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

type Headers = Readonly<Record<string, string | number | undefined>>;

/** Which budget a request spends: GitHub keeps GraphQL apart from REST. */
export function resourceOf(url: string): string {
  return /\/graphql(?:$|\?)/.test(url) ? 'graphql' : 'core';
}

export class RateLimitPacer {
  private readonly budgets = new Map<string, Budget>();
  private lastResource = 'core';

  constructor(private readonly options: PacerOptions) {}

  /** The budget last reported, for messages and tests. */
  get current(): RateLimitState | null {
    const budget = this.budgets.get(this.lastResource);
    return budget ? { remaining: budget.remaining, reset: budget.reset } : null;
  }

  /** Reads the rate-limit headers of any response (also errors and 304s). */
  update(headers: Headers | undefined, requestResource?: string): void {
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    const reset = Number(headers?.['x-ratelimit-reset']);
    if (!Number.isFinite(remaining) || !Number.isFinite(reset)) return;
    const resource = String(headers?.['x-ratelimit-resource'] ?? requestResource ?? 'core');
    const limit = Number(headers?.['x-ratelimit-limit']);
    this.lastResource = resource;
    const known = this.budgets.get(resource);
    const fullBudget = Number.isFinite(limit) ? limit : known?.limit;
    // Responses arrive out of order and after requests we already counted: in one window the smaller count wins.
    if (known?.guessedAfter !== undefined && reset > known.guessedAfter) {
      this.budgets.set(resource, { remaining: Math.min(known.remaining, remaining), reset, limit: fullBudget });
    } else if (!known || reset > known.reset) this.budgets.set(resource, { remaining, reset, limit: fullBudget });
    else if (reset === known.reset)
      Object.assign(known, { remaining: Math.min(known.remaining, remaining), limit: fullBudget });
  }

  /** Resolves when a request for `resource` may go out, and counts it. */
  async wait(resource = 'core'): Promise<void> {
    for (;;) {
      const budget = this.budgets.get(resource);
      if (!budget) return; // nothing known yet: the first response tells
      const now = (this.options.now ?? Date.now)();
      if (now >= budget.reset * 1000) this.refill(resource, budget);
      const current = this.budgets.get(resource);
      if (!current) return;
      if (current.remaining > this.options.reserve) {
        current.remaining -= 1;
        return;
      }
      const waitMs = current.reset * 1000 - now + 1000;
      if (waitMs > this.options.maxWaitMs) return; // let it fail with GitHub's own answer and our message
      await (this.options.sleep ?? defaultSleep)(waitMs);
      if (this.budgets.get(resource) === current) this.refill(resource, current);
    }
  }

  /** A new window: the full budget when known; otherwise forget, and the next response tells. */
  private refill(resource: string, budget: Budget): void {
    if (budget.limit === undefined) this.budgets.delete(resource);
    // The next window's reset is not known until a response says it; an hour is GitHub's window.
    else
      this.budgets.set(resource, {
        remaining: budget.limit,
        reset: budget.reset + 3600,
        limit: budget.limit,
        guessedAfter: budget.reset,
      });
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
