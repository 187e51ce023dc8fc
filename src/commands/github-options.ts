/** The check command's GitHub flags and environment -> options for the GitHub client. */
import { UsageError } from '../errors.js';
import type { GitHubClientOptions } from '../sources/github/client.js';
import { DEFAULT_API_URL } from '../sources/github/target.js';
import type { CheckOptions } from './check-options.js';
import type { CliContext } from './context.js';

/** The GitHub flags, shared by the check, badge and batch commands. */
export type GitHubFlags = Pick<CheckOptions, 'apiUrl' | 'tokenStdin' | 'cache' | 'timeout' | 'retries'>;

export async function githubOptions(ctx: CliContext, opts: GitHubFlags): Promise<GitHubClientOptions> {
  const apiUrl = checkApiUrl(opts.apiUrl ?? DEFAULT_API_URL);
  const token = opts.tokenStdin ? await tokenFromStdin(ctx) : (ctx.env['GITHUB_TOKEN'] || ctx.env['GH_TOKEN'])?.trim();
  const cacheDir = opts.cache === false ? null : ctx.env['DPG_CHECK_CACHE_DIR'] || undefined;
  return {
    apiUrl,
    cacheDir,
    timeoutMs: wholeNumber(opts.timeout ?? 30, '--timeout', 'e.g. --timeout 30', 1) * 1000,
    retries: wholeNumber(opts.retries ?? 3, '--retries', 'e.g. --retries 3', 0),
    ...(token ? { token } : {}),
  };
}

async function tokenFromStdin(ctx: CliContext): Promise<string> {
  const token = (await ctx.readStdin()).trim();
  if (token === '')
    throw new UsageError(
      '--token-stdin: standard input is empty',
      'pipe the token in, e.g. gh auth token | dpg-check OWNER/NAME --token-stdin',
    );
  if (/\s/.test(token))
    throw new UsageError('--token-stdin: standard input holds more than one word', 'pipe only the token');
  return token;
}

function checkApiUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search) {
    throw new UsageError(
      `--api-url ${value} is not an http(s) URL`,
      'e.g. --api-url https://github.example.org/api/v3',
    );
  }
  return value.replace(/\/+$/, '');
}

function wholeNumber(value: number | string, flag: string, example: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${flag} ${value} is not a whole number${min > 0 ? ' above 0' : ''}`, example);
  return n;
}
