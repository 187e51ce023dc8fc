/**
 * Heavy libraries loaded on first use, synchronously. Importing yaml and ajv (and compiling a schema)
 * costs about 140 ms, more than a whole check of a small repository, and most repositories have no
 * dpg.yml or publiccode.yml; both packages ship CommonJS builds, so require() keeps callers synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type YamlModule = typeof import('yaml');
export type AjvClass = typeof import('ajv').Ajv;

let yamlModule: YamlModule | undefined;
let ajvClass: AjvClass | undefined;

export function loadYaml(): YamlModule {
  yamlModule ??= require('yaml') as YamlModule;
  return yamlModule;
}

export function loadAjv(): AjvClass {
  ajvClass ??= (require('ajv') as { Ajv: AjvClass }).Ajv;
  return ajvClass;
}
