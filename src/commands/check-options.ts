/** The check command's options as data: check.ts builds commander from this table and the README options table is checked against it. */
import { FORMATS } from '../reporters/index.js';
import { DEFAULT_MAX_FILE_BYTES } from '../sources/text.js';

export interface OptionSpec {
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly defaultValue?: string | number | boolean | readonly string[];
  /** Shown instead of the default value in --help and the README. */
  readonly defaultText?: string;
}

export const OPTIONS: readonly OptionSpec[] = [
  { flags: '-f, --format <format>', description: 'report format', choices: FORMATS, defaultValue: 'terminal' },
  { flags: '-o, --output <file>', description: 'write the report to this file (replacing it) instead of standard output' },
  { flags: '--plugin <module...>', description: 'also run the checks exported by this ES module (repeatable)' },
  { flags: '--max-file-bytes <bytes>', description: 'read at most this many bytes of any one file', defaultValue: DEFAULT_MAX_FILE_BYTES },
  { flags: '--color', description: 'force coloured output', defaultText: 'auto: on for a terminal, off when piped or NO_COLOR is set' },
  { flags: '--no-color', description: 'never colour the output' },
  { flags: '--debug', description: 'show stack traces of checks that crashed' },
];

export interface CheckOptions {
  readonly format: (typeof FORMATS)[number];
  readonly output?: string;
  readonly plugin?: readonly string[];
  readonly maxFileBytes: number | string;
  readonly color?: boolean;
  readonly debug?: boolean;
}

export const EXIT_CODES_HELP = `Exit codes:
  0  verdict "ready": no gaps found
  1  the check ran and found gaps, or the repository is not eligible
  2  bad invocation or bad input (missing path, invalid dpg.yml, bad flag)
  3  a remote source could not be read`;

export const EXAMPLES_HELP = `Examples:
  $ dpg-check                          check the current directory
  $ dpg-check path/to/repo             check a local checkout or plain folder
  $ dpg-check . --format json > report.json
  $ dpg-check . --plugin ./my-check.js run an extra check of your own
  $ NO_COLOR=1 dpg-check . | less      plain text`;
