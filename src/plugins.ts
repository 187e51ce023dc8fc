/** Loads check modules from outside (`--plugin ./my-check.js`). They follow the same contract as built-in checks. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Check } from './checks/define.js';
import { InputError } from './errors.js';
import { INDICATORS } from './model/indicator.js';

const INDICATOR_IDS = new Set<string>(INDICATORS.map((i) => i.id));

export async function loadPlugins(paths: readonly string[], builtIn: readonly Check[]): Promise<Check[]> {
  const loaded: Check[] = [];
  for (const path of paths) {
    const module = await importPlugin(path);
    const exported: unknown = (module as { default?: unknown }).default ?? (module as { checks?: unknown }).checks;
    const candidates = Array.isArray(exported) ? exported : [exported];
    for (const candidate of candidates) loaded.push(validatePlugin(path, candidate, [...builtIn, ...loaded]));
  }
  return loaded;
}

async function importPlugin(path: string): Promise<unknown> {
  try {
    return await import(pathToFileURL(resolve(path)).href);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new InputError(
      `plugin ${path} could not be loaded: ${reason}`,
      'pass the path of an ES module that default-exports a check',
    );
  }
}

function validatePlugin(path: string, value: unknown, existing: readonly Check[]): Check {
  const fail = (why: string) => new InputError(`plugin ${path}: ${why}`, 'see "Writing a check" in the README');
  const check = value as Partial<Check> | undefined;
  const meta = check?.meta;
  if (!check || typeof check.run !== 'function' || !meta)
    throw fail('default export must be { meta, run } (use defineCheck)');
  if (typeof meta.id !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(meta.id))
    throw fail('meta.id must look like "indicator-slug/check-name"');
  if (!INDICATOR_IDS.has(meta.indicator as string))
    throw fail(`meta.indicator must be one of ${[...INDICATOR_IDS].join(', ')}`);
  if (meta.level !== 'required' && meta.level !== 'recommended')
    throw fail('meta.level must be "required" or "recommended"');
  if (typeof meta.title !== 'string' || typeof meta.remediation !== 'string')
    throw fail('meta.title and meta.remediation must be strings');
  if (!Array.isArray(meta.reads) || typeof meta.messages !== 'object')
    throw fail('meta.reads must be an array and meta.messages an object');
  if (existing.some((c) => c.meta.id === meta.id)) throw fail(`a check with id ${meta.id} already exists`);
  return check as Check;
}
