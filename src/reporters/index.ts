/** Every output format. A format missing from this map is a compile error. */
import { json } from './json.js';
import { terminal } from './terminal.js';
import type { Reporter } from './types.js';

export const FORMATS = ['terminal', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export const reporters = { terminal, json } satisfies Record<Format, Reporter>;
