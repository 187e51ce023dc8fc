/**
 * Heavy libraries loaded on first use, synchronously (spdx-correct too: it pulls in the SPDX id lists). Importing yaml and ajv (and compiling a schema)
 * costs about 140 ms, more than a whole check of a small repository, and most repositories have no
 * dpg.yml or publiccode.yml; both packages ship CommonJS builds, so require() keeps callers synchronous.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Ajv } from 'ajv';

const require = createRequire(import.meta.url);

export type YamlModule = typeof Yaml;
export type AjvClass = typeof Ajv;

/** spdx-correct's signature (it ships no types). */
export type SpdxCorrect = (value: string, options?: { upgrade?: boolean }) => string | null;

let yamlModule: YamlModule | undefined;
let spdxCorrect: SpdxCorrect | undefined;
let ajvClass: AjvClass | undefined;

export function loadYaml(): YamlModule {
  yamlModule ??= require('yaml') as YamlModule;
  return yamlModule;
}

export function loadAjv(): AjvClass {
  ajvClass ??= (require('ajv') as { Ajv: AjvClass }).Ajv;
  return ajvClass;
}

/** Only declarations that name no license we know reach spdx-correct; most runs never load it. */
export function loadSpdxCorrect(): SpdxCorrect {
  spdxCorrect ??= require('spdx-correct') as SpdxCorrect;
  return spdxCorrect;
}
