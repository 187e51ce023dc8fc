/** GitHub's failures -> one-line SourceErrors (exit 3) that say what happened and what to do. */
import { SourceError } from '../../errors.js';
import type { GitHubClient } from './client.js';
import { isRemoteForm, type GitHubTarget } from './target.js';

export type Step = 'repository' | 'commit' | 'tree' | 'texts';

interface HttpFailure {
  readonly status: number;
  readonly message: string;
  readonly response?: { readonly headers?: Readonly<Record<string, string | undefined>>; readonly data?: unknown };
}

export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Runs one step and turns whatever GitHub answered into a SourceError. */
export async function step<T>(
  client: GitHubClient,
  target: GitHubTarget,
  which: Step,
  ref: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof SourceError) throw err;
    const failure = describeFailure(err, client, target, which, ref);
    throw new SourceError(client.redact(failure.message), client.redact(failure.hint));
  }
}

function describeFailure(
  err: unknown,
  client: GitHubClient,
  target: GitHubTarget,
  which: Step,
  ref: string | undefined,
): { message: string; hint: string } {
  const repo = `${target.owner}/${target.name}`;
  const status = statusOf(err);
  const http = err as HttpFailure;
  const headers = http.response?.headers ?? {};
  if (status === undefined) return graphqlFailure(err, client, repo);
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0')
    return rateLimited(client, headers['x-ratelimit-reset']);
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(http.message)) {
    const after = headers['retry-after'];
    return {
      message: `GitHub's secondary rate limit stopped the check of ${repo}`,
      hint: `too many requests at once; try again${after ? ` in ${after} s` : ' in a minute'}`,
    };
  }
  if (status === 401)
    return {
      message: `GitHub refused the token (401 ${firstLine(http.message)})`,
      hint: 'check GITHUB_TOKEN, GH_TOKEN or the --token-stdin input; it may have expired or been revoked',
    };
  if (status === 409)
    return {
      message: `${repo} is an empty repository: there is nothing to check yet`,
      hint: 'push a first commit, then check again',
    };
  if (which === 'commit' && (status === 404 || status === 422) && ref !== undefined) {
    return {
      message: `${repo} has no branch, tag or commit called ${ref}`,
      hint: 'check --ref (or the /tree/REF part of the URL); without it the default branch is checked',
    };
  }
  if (status === 404) return withLocalHint(notFound(client, repo), target);
  if (status === 403)
    return {
      message: `GitHub refused access to ${repo} (403 ${firstLine(http.message)})`,
      hint: client.hasToken
        ? 'the token may lack access to this repository (or SSO authorisation for its organisation)'
        : 'set GITHUB_TOKEN (or GH_TOKEN) to a token that can read it',
    };
  if (status >= 500 || status === 429) return unreachable(client, status, http.message, which);
  return {
    message: `GitHub answered ${status} ${firstLine(http.message)} while reading ${repo} (${which})`,
    hint: 'rerun with --debug, and report it if it persists',
  };
}

/** octokit.graphql throws GraphqlResponseError (no status) when the answer carries `errors`. */
function graphqlFailure(err: unknown, client: GitHubClient, repo: string): { message: string; hint: string } {
  const graphql = err as {
    name?: string;
    errors?: readonly { type?: string; message?: string }[];
    headers?: Record<string, string>;
  };
  if (graphql.name !== 'GraphqlResponseError' || !Array.isArray(graphql.errors)) throw err; // a bug, not a remote failure: let --debug show it
  const first = graphql.errors[0];
  if (first?.type === 'NOT_FOUND') return notFound(client, repo);
  if (first?.type === 'RATE_LIMITED') return rateLimited(client, graphql.headers?.['x-ratelimit-reset']);
  return {
    message: `GitHub's GraphQL API refused the query for ${repo}: ${firstLine(first?.message ?? 'unknown error')}`,
    hint: 'rerun with --debug, and report it if it persists',
  };
}

function rateLimited(client: GitHubClient, reset: string | undefined): { message: string; hint: string } {
  const resetAt =
    reset && Number.isFinite(Number(reset)) ? new Date(Number(reset) * 1000).toISOString().slice(11, 16) : undefined;
  const when = resetAt ? `; it resets at ${resetAt} UTC` : '';
  return client.hasToken
    ? {
        message: `the GitHub API rate limit for this token is used up${when}`,
        hint: 'wait for the reset, or use another token',
      }
    : {
        message: `the anonymous GitHub API rate limit (60 requests an hour) is used up${when}`,
        hint: 'set GITHUB_TOKEN (or GH_TOKEN) for 5,000 requests an hour',
      };
}

/** OWNER/NAME typed bare may have been meant as a local folder that does not exist. */
function withLocalHint(
  failure: { message: string; hint: string },
  target: GitHubTarget,
): { message: string; hint: string } {
  return isRemoteForm(target.input)
    ? failure
    : { ...failure, hint: `${failure.hint}; no local folder ${target.input} exists either` };
}

function notFound(client: GitHubClient, repo: string): { message: string; hint: string } {
  return client.hasToken
    ? {
        message: `${repo}: no such repository on GitHub, or this token has no access to it`,
        hint: 'check the spelling, and that the token can read this repository',
      }
    : {
        message: `${repo}: no such repository on GitHub, or it is private`,
        hint: 'check the spelling; for a private repository set GITHUB_TOKEN (or GH_TOKEN)',
      };
}

function unreachable(
  client: GitHubClient,
  status: number,
  message: string,
  which: Step,
): { message: string; hint: string } {
  const what =
    status === 500 && !/^Internal Server Error/i.test(message) ? firstLine(message) : `${status} ${firstLine(message)}`;
  return {
    message: `could not read the ${which} from GitHub at ${client.apiUrl}: ${what}, even after retries`,
    hint: 'GitHub may be down or the network unreachable; try again later',
  };
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/\s*-\s*https:\/\/docs\.github\.com\S*$/, '').slice(0, 200);
}
