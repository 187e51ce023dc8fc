/** The policy from the outside: config files and flags change the exit code, the report records why. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, PROJECT_ROOT, runCli } from '../../support/cli.js';
import { validateReport } from '../../support/report-schema.js';
import { writeTree } from '../../support/tmp.js';

interface JsonReport {
  indicators: { id: string; status: string }[];
  summary: { score: number };
  policy?: {
    config: string | null;
    passed: boolean;
    failures: string[];
    waivers: { indicator: string; state: string }[];
    score: number;
  };
}

/** developer-library has warn and manual indicators and no fail: the knobs below move its exit code both ways. */
function gappy(config?: string) {
  const copy = fixtureCopy('developer-library');
  if (config !== undefined) writeFileSync(join(copy.cwd, copy.target, '.dpg-check.yml'), config);
  return copy;
}

function json(args: string[], copy: { cwd: string; target: string }, env?: Record<string, string>) {
  const run = runCli([copy.target, '--format', 'json', ...args], { cwd: copy.cwd, ...(env ? { env } : {}) });
  if (!run.stdout.startsWith('{')) throw new Error(`no JSON report (exit ${run.code}): ${run.stderr}`);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

const gapsOf = (report: JsonReport, status: string) =>
  report.indicators.filter((i) => i.status === status).map((i) => i.id);

describe('preconditions', () => {
  it('developer-library has warn and manual indicators, no fail, and exits 1 without a policy', () => {
    const { code, report } = json([], gappy());
    expect(code).toBe(1);
    expect(gapsOf(report, 'manual').length).toBeGreaterThan(0);
    expect(gapsOf(report, 'warn').length).toBeGreaterThan(0);
    expect([...gapsOf(report, 'fail'), ...gapsOf(report, 'error')]).toEqual([]);
    expect(report.policy).toBeUndefined();
  });
});

describe('each knob changes the exit code', () => {
  it('fail-on: fail lets manual and warn pass; warn and manual fail them', () => {
    expect(json([], gappy('fail-on: fail\n')).code).toBe(0);
    expect(json([], gappy('fail-on: manual\n')).code).toBe(1);
    const strict = json([], gappy('fail-on: warn\n'));
    expect(strict.code).toBe(1);
    expect(strict.report.policy?.failures).toContain('indicator 3 (clear-ownership) is warn (fail-on: warn)');
  });

  it('min-score fails a passing policy when the score is too low', () => {
    const { report } = json(['--no-config'], gappy());
    const score = report.summary.score;
    expect(json([], gappy(`fail-on: fail\nmin-score: ${score}\n`)).code).toBe(0);
    const low = json([], gappy(`fail-on: fail\nmin-score: ${score + 1}\n`));
    expect(low.code).toBe(1);
    expect(low.report.policy?.failures).toEqual([`score ${score} is below min-score ${score + 1}`]);
  });

  it('skipping every gap passes; skipping all but one still fails', () => {
    const { report } = json([], gappy());
    const gaps = [...gapsOf(report, 'manual')];
    expect(json([], gappy(`indicators:\n  skip: [${gaps.map((g) => `"${g}"`).join(', ')}]\n`)).code).toBe(0);
    expect(
      json(
        [],
        gappy(
          `indicators:\n  skip: [${gaps
            .slice(1)
            .map((g) => `"${g}"`)
            .join(', ')}]\n`,
        ),
      ).code,
    ).toBe(1);
  });

  it('a required indicator must pass whatever fail-on says', () => {
    const warned = gapsOf(json([], gappy()).report, 'warn')[0] ?? '';
    const run = json([], gappy(`fail-on: fail\nindicators:\n  require: ["${warned}"]\n`));
    expect(run.code).toBe(1);
    expect(run.report.policy?.failures).toEqual([expect.stringContaining(`indicator ${warned} (`)]);
  });

  it('waivers excuse the gaps and the report says which applied', () => {
    const manual = gapsOf(json([], gappy()).report, 'manual');
    const waivers = manual.map((id) => `  - indicator: "${id}"\n    reason: answers in progress\n`).join('');
    const run = json([], gappy(`waivers:\n${waivers}`));
    expect(run.code).toBe(0);
    expect(run.report.policy?.waivers.map((w) => w.state)).toEqual(manual.map(() => 'applied'));
    expect(validateReport(run.report)).toEqual([]);
  });

  it('an expired waiver stops waiving and says so on stderr and in the report', () => {
    const manual = gapsOf(json([], gappy()).report, 'manual');
    const [first, ...rest] = manual;
    const waivers = [
      `  - indicator: "${first}"\n    reason: old promise\n    expires: 2001-02-03\n`,
      ...rest.map((id) => `  - indicator: "${id}"\n    reason: answers in progress\n    expires: 2099-01-01\n`),
    ].join('');
    const copy = gappy(`waivers:\n${waivers}`);
    const run = json([], copy);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `dpg-check: warning: ${copy.target}/.dpg-check.yml:2:5 the waiver for indicator ${first} expired on 2001-02-03 and no longer waives (renew or remove it)\n`,
    );
    expect(run.report.policy?.waivers[0]).toMatchObject({ indicator: first, state: 'expired' });
    expect(run.report.policy?.failures).toEqual([expect.stringContaining(`indicator ${first} (`)]);
    const terminal = runCli([copy.target], { cwd: copy.cwd });
    expect(terminal.stdout).toContain(
      `Expired:  waiver for indicator ${first} ended 2001-02-03, no longer waives: old promise`,
    );
    expect(terminal.stdout).toMatch(/Policy: {3}failed/);
  });
});

describe('where the policy comes from', () => {
  it('walks up from the target: a config in the working directory applies to a repository below it', () => {
    const copy = gappy();
    writeFileSync(join(copy.cwd, '.dpg-check.yml'), 'fail-on: fail\n');
    const run = json([], copy);
    expect(run.code).toBe(0);
    expect(run.report.policy?.config).toBe('.dpg-check.yml');
  });

  it('reads the "dpg-check" key of package.json', () => {
    const copy = gappy();
    const file = join(copy.cwd, copy.target, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...pkg, 'dpg-check': { 'fail-on': 'fail' } }, null, 2));
    expect(json([], copy).report.policy).toMatchObject({
      config: `${copy.target}/package.json#dpg-check`,
      passed: true,
    });
  });

  it('flags beat the config, --config beats discovery, --no-config ignores every file', () => {
    const copy = gappy('fail-on: fail\n');
    writeTree(copy.cwd, { 'strict.yml': 'fail-on: warn\n' });
    expect(json(['--fail-on', 'manual'], copy).code).toBe(1);
    expect(json(['--config', 'strict.yml'], copy).report.policy?.config).toBe('strict.yml');
    expect(json(['--config', 'strict.yml'], copy).code).toBe(1);
    expect(json(['--config', 'strict.yml', '--fail-on', 'fail'], copy).code).toBe(0);
    const ignored = json(['--no-config'], copy);
    expect(ignored.code).toBe(1);
    expect(ignored.report.policy).toBeUndefined();
  });

  it('loads plugins named in a config the user names, relative to the config file', () => {
    const copy = gappy('fail-on: fail\nplugins: [../plugins/roadmap-present.js]\n');
    cpSync(join(PROJECT_ROOT, 'fixtures', 'plugins'), join(copy.cwd, 'plugins'), { recursive: true });
    const run = json(['--config', join(copy.target, '.dpg-check.yml')], copy);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('roadmap-present');
  });

  it('never runs plugins from a config it only found: the checked repository is not trusted', () => {
    const copy = gappy('fail-on: fail\nplugins: [../plugins/roadmap-present.js]\n');
    cpSync(join(PROJECT_ROOT, 'fixtures', 'plugins'), join(copy.cwd, 'plugins'), { recursive: true });
    const run = json([], copy);
    expect(run.stdout).not.toContain('roadmap-present');
    expect(run.stderr).toContain('developer-library/.dpg-check.yml names plugins, which were not run');
    expect(run.stderr).toContain('--config developer-library/.dpg-check.yml');
    expect(run.code).toBe(0);
  });

  it('the README example config is valid', () => {
    const copy = gappy();
    cpSync(join(PROJECT_ROOT, 'fixtures', 'plugins'), join(copy.cwd, 'checks'), { recursive: true });
    cpSync(join(PROJECT_ROOT, 'fixtures', 'config', 'example.dpg-check.yml'), join(copy.cwd, 'example.yml'));
    const run = json(['--config', 'example.yml'], copy);
    expect(run.stderr).toBe('');
    expect(run.report.policy).toMatchObject({ config: 'example.yml', failOn: 'manual' });
  });
});

describe('bad config or flags: exit 2 with located problems', () => {
  it.each([
    [
      'fail-on: sometimes\nmin-score: high\n',
      ['/.dpg-check.yml:1:10 fail-on must be one of', '/.dpg-check.yml:2:12 min-score must be a whole number'],
    ],
    [
      'waivers:\n  - indicator: 12\n    reason: x\n',
      ['/.dpg-check.yml:2:16 waivers[0].indicator must be an indicator'],
    ],
    ['fail-on: [\n', ['/.dpg-check.yml:2:1 ']],
  ])('%j', (config, fragments) => {
    const copy = gappy(config);
    const run = runCli([copy.target], { cwd: copy.cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dpg-check: developer-library\/\.dpg-check\.yml:/);
    for (const fragment of fragments) expect(run.stderr).toContain(fragment);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [['--min-score', '101'], /--min-score 101 is not a whole number from 0 to 100/],
    [['--fail-on', 'never'], /argument 'never' is invalid/],
    [['--config', 'missing.yml'], /config file .*missing\.yml does not exist/],
  ])('%j', (args, message) => {
    const copy = gappy();
    const run = runCli([copy.target, ...args], { cwd: copy.cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
