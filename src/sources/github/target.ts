/**
 * What the user typed -> which GitHub repository. URL forms always mean GitHub; a bare OWNER/NAME
 * means GitHub only when no such local folder exists (a checkout called `a/b` must stay checkable).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';

export const DEFAULT_API_URL = 'https://api.github.com';

export interface GitHubTarget {
  readonly owner: string;
  readonly name: string;
  /** A branch, tag or commit named in the URL (/tree/REF/…). */
  readonly ref?: string;
  /** What the user typed, as typed. */
  readonly input: string;
}

const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const NAME = '[A-Za-z0-9._-]{1,100}';
const OWNER_NAME = new RegExp(`^(${OWNER})/(${NAME})$`);
const SCP_FORM = new RegExp(`^git@([^:/\\s]+):(${OWNER})/(${NAME})/?$`);
const WHOLE_OWNER = new RegExp(`^${OWNER}$`);
const WHOLE_NAME = new RegExp(`^${NAME}$`);
const URL_FORM = /^(?:https?|ssh|git|git\+ssh):\/\//i;

/** True for the forms that can only mean a remote repository. */
export function isRemoteForm(input: string): boolean {
  return URL_FORM.test(input) || SCP_FORM.test(input);
}

/** 'local' when the input is (or can only be) a path; the GitHub target otherwise. */
export async function classifyTarget(input: string, apiUrl = DEFAULT_API_URL): Promise<'local' | GitHubTarget> {
  if (isRemoteForm(input)) return parseGitHubTarget(input, apiUrl);
  if (!OWNER_NAME.test(input) || input.startsWith('.')) return 'local';
  const onDisk = await stat(resolve(input)).then(
    () => true,
    () => false,
  );
  return onDisk ? 'local' : parseGitHubTarget(input, apiUrl);
}

export function parseGitHubTarget(input: string, apiUrl = DEFAULT_API_URL): GitHubTarget {
  const plain = OWNER_NAME.exec(input);
  if (plain) return checked(input, plain[1], plain[2], undefined);
  const scp = SCP_FORM.exec(input);
  if (scp) return checked(input, scp[2], scp[3], undefined, scp[1], apiUrl);
  if (!URL_FORM.test(input)) throw notUnderstood(input);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw notUnderstood(input);
  }
  const [owner, name, kind, ...rest] = url.pathname.split('/').filter(Boolean);
  const ref = kind === 'tree' || kind === 'blob' || kind === 'commit' ? rest[0] : undefined;
  return checked(input, owner, name, ref && decodeURIComponent(ref), url.hostname, apiUrl);
}

function checked(
  input: string,
  owner?: string,
  rawName?: string,
  ref?: string,
  host?: string,
  apiUrl?: string,
): GitHubTarget {
  const name = rawName?.replace(/\.git$/i, '');
  if (!owner || !name || !WHOLE_OWNER.test(owner) || !WHOLE_NAME.test(name) || name === '.' || name === '..') {
    throw notUnderstood(input);
  }
  if (host !== undefined && apiUrl !== undefined) checkHost(input, host, apiUrl);
  return ref ? { owner, name, ref, input } : { owner, name, input };
}

/** github.com always; another host only when it is the --api-url host (GitHub Enterprise Server). */
function checkHost(input: string, host: string, apiUrl: string): void {
  const lower = host.toLowerCase();
  if (lower === 'github.com' || lower === 'www.github.com') return;
  const apiHost = new URL(apiUrl).hostname.toLowerCase();
  if (lower === apiHost) return;
  throw new UsageError(
    `${input}: ${host} is not github.com`,
    `for GitHub Enterprise Server pass --api-url https://${host}/api/v3; other hosts are not supported yet`,
  );
}

function notUnderstood(input: string): UsageError {
  return new UsageError(
    `${input} is not a GitHub repository address`,
    'use https://github.com/OWNER/NAME, git@github.com:OWNER/NAME.git or OWNER/NAME',
  );
}

/** The repository's web address: the GHES host for an /api/v3 API, github.com otherwise. */
export function webUrlOf(target: Pick<GitHubTarget, 'owner' | 'name'>, apiUrl: string): string {
  const api = new URL(apiUrl);
  const base = /\/api\/v3\/?$/.test(api.pathname) ? api.origin : 'https://github.com';
  return `${base}/${target.owner}/${target.name}`;
}

/** GHES serves GraphQL at /api/graphql next to /api/v3; github.com and others at <baseUrl>/graphql. */
export function graphqlUrlOf(apiUrl: string): string {
  const trimmed = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(trimmed) ? trimmed.replace(/\/api\/v3$/, '/api/graphql') : `${trimmed}/graphql`;
}
