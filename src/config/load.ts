/**
 * Parses a config (YAML, or the "dpg-check" key of package.json) with positions, validates it against
 * schemas/config.schema.json and turns it into ConfigSettings. Every problem is reported at once as
 * `file:line:col message`, exit 2. The file is hostile: aliases are capped, contradictions refused.
 */
import { dirname, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { schemaValidator } from '../lib/schema-validator.js';
import { INDICATORS, type IndicatorId } from '../model/indicator.js';
import type { FailOn } from '../model/report.js';
import { PACKAGE_KEY, type ConfigSource } from './discover.js';
import { configProblems, invalidConfig, offsetOfPath, parseConfigText, type Problem } from './parse.js';
import type { ConfigSettings, LoadedConfig, Waiver } from './types.js';

/** Far more than any honest config uses, far fewer than an alias bomb needs. */
const MAX_ALIASES = 50;
const HINT = 'see "Configuration" in the README and schemas/config.schema.json';

interface RawWaiver {
  readonly indicator: string | number;
  readonly reason: string;
  readonly expires?: string;
}
interface RawConfig {
  readonly 'fail-on'?: FailOn;
  readonly 'min-score'?: number;
  readonly indicators?: {
    readonly skip?: readonly (string | number)[];
    readonly require?: readonly (string | number)[];
  };
  readonly waivers?: readonly RawWaiver[];
  readonly plugins?: readonly string[];
}

/** `shown` is the path as the user should read it in messages. */
export function loadConfig(source: ConfigSource, shown: string): LoadedConfig {
  const { doc, at } = parseConfigText(shown, source.text, HINT);
  let whole: unknown;
  try {
    whole = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new InputError(
      `${shown}: too many YAML aliases (more than ${MAX_ALIASES})`,
      'write the values out instead of using anchors',
    );
  }
  const prefix = source.packageKey ? [PACKAGE_KEY] : [];
  const raw: unknown = source.packageKey ? (whole as Record<string, unknown>)[PACKAGE_KEY] : (whole ?? {});
  const validate = validatorOf();
  if (!validate(raw)) {
    const errors = (validate.errors ?? []).map((e) => withPrefix(e, prefix));
    throw invalidConfig(shown, configProblems(doc, errors), at, HINT);
  }
  const locate = (...path: (string | number)[]) => offsetOfPath(doc, [...prefix, ...path]);
  const problems = contradictions(raw, locate);
  if (problems.length > 0) throw invalidConfig(shown, problems, at, HINT);
  const path = source.packageKey ? `${shown}#${PACKAGE_KEY}` : shown;
  return { path, settings: toSettings(raw, dirname(source.file), (i) => at(locate('waivers', i))) };
}

function validatorOf(): ValidateFunction<RawConfig> {
  return schemaValidator<RawConfig>('config');
}

function withPrefix(error: ErrorObject, prefix: readonly string[]): ErrorObject {
  return prefix.length === 0
    ? error
    : { ...error, instancePath: `${prefix.map((p) => `/${p}`).join('')}${error.instancePath}` };
}

/** "5", 5 and "documentation" all name indicator 5. */
export function indicatorId(value: string | number): IndicatorId {
  const found = INDICATORS.find((i) => i.id === String(value) || i.slug === value);
  if (!found)
    throw new InputError(`unknown indicator ${String(value)}`, `use one of ${INDICATORS.map((i) => i.id).join(', ')}`);
  return found.id;
}

/** What the schema cannot say: impossible dates, and an indicator both skipped and required or waived. */
function contradictions(raw: RawConfig, locate: (...path: (string | number)[]) => number): Problem[] {
  const problems: Problem[] = [];
  const skip = new Set((raw.indicators?.skip ?? []).map(indicatorId));
  (raw.indicators?.require ?? []).forEach((value, i) => {
    if (skip.has(indicatorId(value)))
      problems.push({
        offset: locate('indicators', 'require', i),
        text: `indicator ${String(value)} is both skipped and required`,
      });
  });
  const waived = new Set<IndicatorId>();
  (raw.waivers ?? []).forEach((waiver, i) => {
    const id = indicatorId(waiver.indicator);
    if (skip.has(id))
      problems.push({
        offset: locate('waivers', i, 'indicator'),
        text: `indicator ${id} is skipped: a waiver for it has no effect (remove one of them)`,
      });
    if (waived.has(id))
      problems.push({ offset: locate('waivers', i, 'indicator'), text: `indicator ${id} has two waivers (keep one)` });
    waived.add(id);
    if (waiver.expires !== undefined && !isRealDate(waiver.expires)) {
      problems.push({
        offset: locate('waivers', i, 'expires'),
        text: `waivers[${i}].expires ${waiver.expires} is not a real date (YYYY-MM-DD)`,
      });
    }
  });
  return problems;
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function toSettings(raw: RawConfig, folder: string, waiverAt: (index: number) => string): ConfigSettings {
  const waivers: Waiver[] = (raw.waivers ?? []).map((w, i) => ({
    indicator: indicatorId(w.indicator),
    reason: w.reason,
    expires: w.expires ?? null,
    at: waiverAt(i),
  }));
  return {
    ...(raw['fail-on'] !== undefined ? { failOn: raw['fail-on'] } : {}),
    ...(raw['min-score'] !== undefined ? { minScore: raw['min-score'] } : {}),
    skip: unique((raw.indicators?.skip ?? []).map(indicatorId)),
    require: unique((raw.indicators?.require ?? []).map(indicatorId)),
    waivers,
    plugins: (raw.plugins ?? []).map((p) => resolve(folder, p)),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
