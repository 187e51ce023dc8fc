/**
 * The check command's options as data: commander is built from this table (the check takes every option,
 * badge and the Action take those they share) and the README options table is checked against it.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { FORMATS } from '../reporters/index.js';
import { DEFAULT_MAX_FILE_BYTES } from '../sources/text.js';
import type { FailOn } from '../model/report.js';

const FAIL_ON: readonly FailOn[] = ['warn', 'manual', 'fail'];

export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly defaultValue?: string | number | boolean | readonly string[];
  /** Shown instead of the default value in --help and the README. */
  readonly defaultText?: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    flags: '-f, --format <formats>',
    description: `report format, or several joined by commas with --out-dir (${FORMATS.join(', ')})`,
    defaultValue: 'terminal',
  },
  {
    flags: '-o, --output <file>',
    description: 'write the report to this file (replacing it) instead of standard output',
  },
  {
    flags: '--out-dir <dir>',
    description: 'write each format to <dir>/report.{txt,json,sarif,md} (created if needed, files replaced)',
  },
  {
    flags: '--config <file>',
    description: 'read the policy from this file',
    defaultText: 'the nearest .dpg-check.yml, .dpg-check.yaml or package.json "dpg-check" key, from the target up',
  },
  { flags: '--no-config', description: 'ignore every config file' },
  {
    flags: '--answers <file>',
    description:
      "read the answers from this file (a dpg.yml, a dpg.json or a DPGA application record) instead of the repository's own",
    defaultText: "the repository's dpg.yml, .dpg.yml or dpg.json, and its publiccode.yml",
  },
  {
    flags: '--fail-on <status>',
    description: 'mildest indicator status that fails the build (exit 1): warn < manual < fail',
    choices: FAIL_ON,
    defaultText: 'config, else `manual` (exit 1 unless ready)',
  },
  {
    flags: '--min-score <score>',
    description: 'also fail when the score (0–100, skipped indicators left out) is below this',
    defaultText: 'config, else none',
  },
  { flags: '--plugin <module...>', description: 'also run the checks exported by this ES module (repeatable)' },
  {
    flags: '--max-file-bytes <bytes>',
    description: 'read at most this many bytes of any one file',
    defaultValue: DEFAULT_MAX_FILE_BYTES,
  },
  { flags: '--ref <ref>', description: 'GitHub: check this branch, tag or commit instead of the default branch' },
  {
    flags: '--api-url <url>',
    description: 'GitHub API to use (GitHub Enterprise Server: https://HOST/api/v3)',
    defaultValue: 'https://api.github.com',
  },
  {
    flags: '--token-stdin',
    description: 'read the GitHub token from standard input',
    defaultText: 'GITHUB_TOKEN or GH_TOKEN from the environment',
  },
  {
    flags: '--no-cache',
    description: 'neither read nor write the GitHub response cache',
    defaultText: 'cache in the user cache folder, or DPG_CHECK_CACHE_DIR',
  },
  {
    flags: '--timeout <seconds>',
    description: 'give up on a GitHub request after this many seconds',
    defaultValue: 30,
  },
  {
    flags: '--retries <count>',
    description: 'retry a failed GitHub request (5xx, reset, timeout) this many times',
    defaultValue: 3,
  },
  {
    flags: '--color',
    description: 'force coloured output',
    defaultText: 'auto: on for a terminal, off when piped or NO_COLOR is set',
  },
  { flags: '--no-color', description: 'never colour the output' },
  { flags: '--debug', description: 'show stack traces of checks that crashed' },
];

/** Adds the options to a command; with every option, also how the GitHub Action gets every default without repeating them. */
export function addOptions(command: Command, specs: readonly OptionSpec[]): Command {
  for (const spec of specs) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue, spec.defaultText);
    command.addOption(option);
  }
  return command;
}

/** --max-file-bytes, as the check and badge take it. */
export function parseBytes(value: number | string): number {
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes < 1)
    throw new UsageError(`--max-file-bytes ${value} is not a positive whole number`, 'e.g. --max-file-bytes 1048576');
  return bytes;
}

export interface CheckOptions {
  /** One format, or several joined by commas (validated by parseFormats). */
  readonly format: string;
  readonly output?: string;
  readonly outDir?: string;
  /** A file, false for --no-config, undefined to look for one. */
  readonly config?: string | false;
  readonly failOn?: FailOn;
  readonly minScore?: string;
  /** --answers: a file outside the repository holding the answers to check against. */
  readonly answers?: string;
  readonly plugin?: readonly string[];
  readonly maxFileBytes: number | string;
  readonly ref?: string;
  /** The GitHub flags are optional so callers building options by hand (the Action) need not set them. */
  readonly apiUrl?: string;
  readonly tokenStdin?: boolean;
  readonly cache?: boolean;
  readonly timeout?: number | string;
  readonly retries?: number | string;
  readonly color?: boolean;
  readonly debug?: boolean;
}

export const EXIT_CODES_HELP = `Exit codes:
  0  verdict "ready": no gaps found
  1  the check ran and found gaps, or the repository is not eligible (with a policy: the policy failed)
  2  bad invocation or bad input (missing path, invalid dpg.yml, bad flag)
  3  a remote source could not be read`;

export const EXAMPLES_HELP = `Examples:
  $ dpg-check                          check the current directory
  $ dpg-check path/to/repo             check a local checkout or plain folder
  $ dpg-check https://github.com/OWNER/NAME
  $ dpg-check OWNER/NAME --ref v2.1.0  check a GitHub repository at a tag
  $ GITHUB_TOKEN=… dpg-check OWNER/NAME --format json
  $ dpg-check OWNER/NAME --api-url https://github.example.org/api/v3
  $ dpg-check . --format json > report.json
  $ dpg-check OWNER/NAME --answers nominees/NAME.json
                                       check a repository against its DPGA application
                                       (its screening answers in ../digitalpublicgoods/ are read too)
  $ dpg-check . --plugin ./my-check.js run an extra check of your own
  $ dpg-check . --format terminal,json,sarif --out-dir reports
                                       one file per format, for CI
  $ dpg-check . --fail-on fail --min-score 70
                                       fail the build only on failed indicators or a low score
  $ NO_COLOR=1 dpg-check . | less      plain text`;
