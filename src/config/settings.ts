/** Merges the config with the flags (flags win) into the policy applied to one run. */
import { UsageError } from '../errors.js';
import type { FailOn } from '../model/report.js';
import { DEFAULT_FAIL_ON, type LoadedConfig, type PolicySettings } from './types.js';

export interface PolicyFlags {
  readonly failOn?: FailOn;
  readonly minScore?: string | number;
}

export function policySettings(config: LoadedConfig | undefined, flags: PolicyFlags): PolicySettings {
  const policy = config?.policy;
  const minScore = flags.minScore !== undefined ? parseMinScore(flags.minScore) : policy?.minScore;
  return {
    config: config?.path ?? null,
    failOn: flags.failOn ?? policy?.failOn ?? DEFAULT_FAIL_ON,
    minScore: minScore ?? null,
    skip: policy?.skip ?? [],
    require: policy?.require ?? [],
    waivers: policy?.waivers ?? [],
  };
}

/** True when anything sets a policy: then the report records how the policy judged it. */
export function hasPolicy(config: LoadedConfig | undefined, flags: PolicyFlags): boolean {
  return config !== undefined || flags.failOn !== undefined || flags.minScore !== undefined;
}

function parseMinScore(value: string | number): number {
  const score = Number(value);
  if (String(value).trim() === '' || !Number.isInteger(score) || score < 0 || score > 100) {
    throw new UsageError(`--min-score ${value} is not a whole number from 0 to 100`, 'e.g. --min-score 80');
  }
  return score;
}
