/** Faults the emulator can inject, per repository and endpoint, for a number of requests or for good. */

export type Endpoint = 'repository' | 'commit' | 'tree' | 'graphql' | 'other';

export type Fault =
  /** Any status with GitHub's JSON error body: 401, 404, 409, 500, 502… */
  | { readonly type: 'status'; readonly status: number; readonly message?: string }
  /** Primary rate limit: 403, x-ratelimit-remaining 0 and the reset time. */
  | { readonly type: 'rate-limit'; readonly resetInSeconds?: number }
  /** Secondary rate limit: 403 (or 429) with retry-after. */
  | { readonly type: 'secondary-rate-limit'; readonly retryAfterSeconds?: number; readonly status?: 403 | 429 }
  /** The connection is cut before any answer. */
  | { readonly type: 'reset' }
  /** The answer comes this much later. */
  | { readonly type: 'latency'; readonly ms: number };

export interface FaultRule {
  readonly fault: Fault;
  /** OWNER/NAME (any case); every repository when left out. */
  readonly repo?: string;
  /** Every endpoint when left out. */
  readonly endpoint?: Endpoint;
  /** How many matching requests it hits; for good when left out. */
  times?: number;
}

/** The first rule matching the request, spending one of its `times`. */
export function takeFault(
  rules: FaultRule[],
  repo: string | undefined,
  endpoint: Endpoint,
  kinds: readonly Fault['type'][],
): Fault | undefined {
  const index = rules.findIndex(
    (r) =>
      kinds.includes(r.fault.type) &&
      (r.endpoint === undefined || r.endpoint === endpoint) &&
      (r.repo === undefined || r.repo.toLowerCase() === repo?.toLowerCase()) &&
      (r.times === undefined || r.times > 0),
  );
  const rule = rules[index];
  if (!rule) return undefined;
  if (rule.times !== undefined) {
    rule.times -= 1;
    if (rule.times === 0) rules.splice(index, 1);
  }
  return rule.fault;
}
