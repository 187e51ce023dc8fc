/** The CI settings as dpg-check uses them, after a config file and the flags have been read and merged. */
import type { IndicatorId } from '../model/indicator.js';
import type { FailOn } from '../model/report.js';

export interface Waiver {
  readonly indicator: IndicatorId;
  readonly reason: string;
  /** YYYY-MM-DD, the last day it applies; null for no end. */
  readonly expires: string | null;
  /** "file:line:col" of the waiver, so a warning can point at it. */
  readonly at: string;
}

/** What a config file says; every knob optional. Plugins are absolute paths (resolved against the config's folder). */
export interface ConfigSettings {
  readonly failOn?: FailOn;
  readonly minScore?: number;
  readonly skip: readonly IndicatorId[];
  readonly require: readonly IndicatorId[];
  readonly waivers: readonly Waiver[];
  readonly plugins: readonly string[];
}

export interface LoadedConfig {
  /** As shown to the user: relative to the working directory when inside it; `package.json#dpg-check` for the key. */
  readonly path: string;
  readonly settings: ConfigSettings;
}

/** The gate applied to one report: config merged with flags, defaults filled in. */
export interface GateSettings {
  readonly config: string | null;
  readonly failOn: FailOn;
  readonly minScore: number | null;
  readonly skip: readonly IndicatorId[];
  readonly require: readonly IndicatorId[];
  readonly waivers: readonly Waiver[];
}

/** The default keeps the behaviour from before the gate: exit 1 unless the verdict is ready. */
export const DEFAULT_FAIL_ON: FailOn = 'manual';
