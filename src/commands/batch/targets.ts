/**
 * One line of a batch input -> what to check. Every spelling of the same GitHub repository
 * (https URL, .git suffix, ssh, OWNER/NAME, any letter case) gets the same `key`, so a list checks it
 * once; a local folder's key is its absolute path. Addresses are read by the GitHub source's own parser,
 * so batch and single checks accept exactly the same forms.
 */
import { isAbsolute, resolve } from 'node:path';
import { KnownError } from '../../errors.js';
import { parseGitHubTarget, type GitHubTarget as RepoAddress } from '../../sources/github/index.js';

export interface GitHubTarget {
  readonly kind: 'github';
  /** As the user wrote it. */
  readonly text: string;
  readonly address: RepoAddress;
  readonly key: string;
}

export interface LocalTarget {
  readonly kind: 'local';
  readonly text: string;
  /** Absolute path of the folder. */
  readonly path: string;
  readonly key: string;
}

/** A line that names nothing we can check: it becomes an error row, never a crash. */
export interface InvalidTarget {
  readonly kind: 'invalid';
  readonly text: string;
  /** A whole sentence naming the text: `x y holds more than one word`. */
  readonly message: string;
  readonly hint: string;
  readonly key: string;
}

export type BatchTarget = GitHubTarget | LocalTarget | InvalidTarget;

const SHORT_FORM = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
const ANY_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|[^@/\s]+@[^:/\s]+:)/i;

export interface ParseContext {
  /** Relative local paths are read from here (the input file's folder). */
  readonly baseDir: string;
  /** Whether a folder exists: an existing `a/b` folder is local, never OWNER/NAME. */
  readonly isDirectory: (absolutePath: string) => boolean;
  /** --api-url: its host is accepted in URLs too (GitHub Enterprise Server). */
  readonly apiUrl?: string;
}

export function parseTarget(text: string, context: ParseContext): BatchTarget {
  const local = isAbsolute(text) ? text : resolve(context.baseDir, text);
  const remote = ANY_URL.test(text) || (SHORT_FORM.test(text) && !text.startsWith('.') && !context.isDirectory(local));
  if (remote) return github(text, context.apiUrl);
  return { kind: 'local', text, path: local, key: `local:${local}` };
}

function github(text: string, apiUrl: string | undefined): BatchTarget {
  let address: RepoAddress;
  try {
    address = parseGitHubTarget(text, apiUrl);
  } catch (err) {
    if (!(err instanceof KnownError)) throw err;
    return invalid(text, err.message, err.hint ?? '');
  }
  // GitHub owner and repository names are case-insensitive: one key for every spelling.
  const ref = address.ref === undefined ? '' : `@${address.ref}`;
  return {
    kind: 'github',
    text,
    address,
    key: `github:${address.owner.toLowerCase()}/${address.name.toLowerCase()}${ref}`,
  };
}

export function invalid(text: string, message: string, hint: string): InvalidTarget {
  return { kind: 'invalid', text, message, hint, key: `invalid:${text}` };
}
