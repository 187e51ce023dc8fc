/** What `dpg-check [path]` does: check one repository, apply the gate, write or print the reports. */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EXIT, type ExitCode } from '../../errors.js';
import { findAndLoadConfig } from '../../config/index.js';
import type { LoadedConfig } from '../../config/types.js';
import { evaluateGate, isExpired } from '../../config/gate.js';
import { gateSettings, hasGate } from '../../config/settings.js';
import type { Report } from '../../model/report.js';
import { writeOutputFile } from '../../output/write-file.js';
import { githubAnnotations } from '../../reporters/github-annotations.js';
import { reporters, type Format } from '../../reporters/index.js';
import { run } from '../../run.js';
import { parseBytes, type CheckOptions } from '../check-options.js';
import { wantsColor, type CliContext } from '../context.js';
import { githubOptions } from '../github-options.js';
import { checkOutputFlags, parseFormats, REPORT_FILES, writeReportFiles } from './formats.js';

/** What a check run produced, for callers that do more than set the exit code (the GitHub Action). */
export interface CheckOutcome {
  readonly code: ExitCode;
  readonly report: Report;
  /** Files written with --out-dir, by format. */
  readonly files: ReadonlyMap<Format, string>;
}

/** Who may decide that plugins named in a config run. */
export interface CheckTrust {
  /** True where the checked repository is the caller's own (the GitHub Action in its own workflow). */
  readonly discoveredConfigPlugins: boolean;
}

/** Check, apply the gate (config + flags), write the reports; exit 1 when the gate fails. */
export async function checkRepository(
  ctx: CliContext,
  target: string,
  opts: CheckOptions,
  trust: CheckTrust = { discoveredConfigPlugins: false },
): Promise<CheckOutcome> {
  const formats = parseFormats(opts.format);
  checkOutputFlags(formats, opts.output, opts.outDir);
  const config = findAndLoadConfig({ cwd: ctx.cwd, target, flag: opts.config });
  const flags = { failOn: opts.failOn, minScore: opts.minScore };
  const settings = gateSettings(config, flags);
  const configPlugins = trustedConfigPlugins(
    ctx,
    config,
    typeof opts.config === 'string' || trust.discoveredConfigPlugins,
  );
  const { report: scored, results } = await run({
    target,
    plugins: pluginPaths(ctx.cwd, configPlugins, opts.plugin ?? []),
    maxFileBytes: parseBytes(opts.maxFileBytes),
    github: { options: await githubOptions(ctx, opts) },
    ...(opts.ref !== undefined ? { ref: opts.ref } : {}),
    ...(opts.answers !== undefined ? { answersFile: opts.answers } : {}),
  });
  if (ctx.debug) for (const r of results) if (r.stack) ctx.stderr.write(`${r.check.meta.id}: ${r.stack}\n`);
  const today = new Date().toISOString().slice(0, 10);
  const gate = evaluateGate(scored, settings, today);
  const report: Report = hasGate(config, flags) ? { ...scored, policy: gate } : scored;
  for (const waiver of settings.waivers.filter((w) => isExpired(w, today))) {
    ctx.stderr.write(
      `dpg-check: warning: ${waiver.at} the waiver for indicator ${waiver.indicator} expired on ${waiver.expires ?? ''} and no longer waives (renew or remove it)\n`,
    );
  }
  const files = await emitReports(ctx, target, report, formats, opts);
  return { code: gate.passed ? EXIT.OK : EXIT.GAPS, report, files };
}

/**
 * Plugins are code. A config found by walking up may be the checked repository's own, and a repository is
 * hostile input: its plugins run only when the user names the config with --config (or trusts it otherwise).
 */
function trustedConfigPlugins(ctx: CliContext, config: LoadedConfig | undefined, trusted: boolean): readonly string[] {
  const plugins = config?.settings.plugins ?? [];
  if (plugins.length === 0 || trusted) return plugins;
  const file = (config?.path ?? '').replace(/#.*$/, '');
  ctx.stderr.write(
    `dpg-check: warning: ${config?.path ?? ''} names plugins, which were not run: code from a checked repository never runs unasked (to run them, name the config: --config ${file})\n`,
  );
  return [];
}

/** Config plugins (already absolute) first, then --plugin ones as typed (for messages); each module once. */
function pluginPaths(cwd: string, fromConfig: readonly string[], fromFlags: readonly string[]): string[] {
  const seen = new Set(fromConfig);
  return [...fromConfig, ...fromFlags.filter((p) => !seen.has(resolve(cwd, p)) && seen.add(resolve(cwd, p)))];
}

async function emitReports(
  ctx: CliContext,
  target: string,
  report: Report,
  formats: readonly Format[],
  opts: CheckOptions,
): Promise<Map<Format, string>> {
  // Inside GitHub Actions, annotations go to stdout unless stdout carries a machine-readable report.
  const annotate = ctx.env['GITHUB_ACTIONS'] === 'true' && formats.includes('terminal') && opts.output === undefined;
  const annotations = () => githubAnnotations(report, { pathPrefix: pathPrefix(ctx.cwd, target) });
  if (opts.outDir !== undefined) {
    const files = await writeReportFiles(resolve(ctx.cwd, opts.outDir), formats, report);
    ctx.stderr.write(`dpg-check: wrote ${formats.map((f) => join(opts.outDir ?? '', REPORT_FILES[f])).join(', ')}\n`);
    if (annotate) ctx.stdout.write(annotations());
    return files;
  }
  const format = formats[0] ?? 'terminal';
  const color = wantsColor(ctx, opts.color, !opts.output && ctx.stdout.isTTY);
  const text = reporters[format](report, { color });
  if (opts.output) await writeOutputFile(opts.output, text, '--output');
  else ctx.stdout.write(text);
  if (annotate) ctx.stdout.write(annotations());
  return new Map();
}

/** The checked folder relative to the workflow's folder, so annotations point at the right files. */
function pathPrefix(cwd: string, target: string): string | undefined {
  const rel = relative(cwd, resolve(cwd, target));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}
