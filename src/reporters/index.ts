/** Every output format. A format missing from this map is a compile error. */
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { terminal } from './terminal.js';
import type { Reporter } from './types.js';

export const FORMATS = ['terminal', 'json', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const reporters = { terminal, json, sarif, markdown } satisfies Record<Format, Reporter>;
