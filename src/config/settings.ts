/** Merges the config with the flags (flags win) into the gate applied to one run. */
import { UsageError } from '../errors.js';
import type { FailOn } from '../model/report.js';
import { DEFAULT_FAIL_ON, type GateSettings, type LoadedConfig } from './types.js';

export interface GateFlags {
  readonly failOn?: FailOn;
  readonly minScore?: string | number;
}

export function gateSettings(config: LoadedConfig | undefined, flags: GateFlags): GateSettings {
  const fromFile = config?.settings;
  const minScore = flags.minScore !== undefined ? parseMinScore(flags.minScore) : fromFile?.minScore;
  return {
    config: config?.path ?? null,
    failOn: flags.failOn ?? fromFile?.failOn ?? DEFAULT_FAIL_ON,
    minScore: minScore ?? null,
    skip: fromFile?.skip ?? [],
    require: fromFile?.require ?? [],
    waivers: fromFile?.waivers ?? [],
  };
}

/** True when anything sets the gate: then the report records how the gate judged it. */
export function hasGate(config: LoadedConfig | undefined, flags: GateFlags): boolean {
  return config !== undefined || flags.failOn !== undefined || flags.minScore !== undefined;
}

function parseMinScore(value: string | number): number {
  const score = Number(value);
  if (String(value).trim() === '' || !Number.isInteger(score) || score < 0 || score > 100) {
    throw new UsageError(`--min-score ${value} is not a whole number from 0 to 100`, 'e.g. --min-score 80');
  }
  return score;
}
