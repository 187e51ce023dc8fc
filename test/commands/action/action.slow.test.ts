/**
 * Runs the Action's entry the way action.yml does: `node bin/dpg-check.js github-action` in the
 * workspace, inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY pointing at files.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureCopy, PROJECT_ROOT, runCli } from '../../support/cli.js';
import { validateReport } from '../../support/report-schema.js';

interface ActionYaml {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id?: string; run: string; env?: Record<string, string> }[] };
}

const ACTION = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as ActionYaml;
const CHECK_STEP = ACTION.runs.steps.find((s) => s.id === 'check');

/** The check step's env with `${{ inputs.x }}` replaced as the runner would (defaults unless overridden). */
function stepEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, template] of Object.entries(CHECK_STEP?.env ?? {})) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(template)?.[1] ?? '';
    env[name] = inputs[input] ?? ACTION.inputs[input]?.default ?? '';
  }
  return env;
}

/** GITHUB_OUTPUT in the `name<<delimiter` form, read back. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const end = lines.indexOf(m[2] ?? '', i + 1);
    outputs[m[1] ?? ''] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

function runAction(fixture: string, inputs: Record<string, string> = {}) {
  const { cwd, target } = fixtureCopy(fixture);
  const files = { output: join(cwd, 'github-output'), summary: join(cwd, 'step-summary.md') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '# Earlier step\n');
  const command = (CHECK_STEP?.run ?? '').replace('"$GITHUB_ACTION_PATH/bin/dpg-check.js" ', '').split(' ').slice(1);
  const run = runCli(command, {
    cwd,
    env: {
      ...stepEnv({ path: target, ...inputs }),
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ACTION_PATH: PROJECT_ROOT,
    },
  });
  return { run, cwd, target, files, outputs: () => readOutputs(files.output) };
}

describe('action.yml', () => {
  it('is a composite action whose check step runs the github-action entry with every input', () => {
    expect(ACTION.runs.using).toBe('composite');
    expect(CHECK_STEP?.run).toBe('node "$GITHUB_ACTION_PATH/bin/dpg-check.js" github-action');
    const forwarded = Object.values(CHECK_STEP?.env ?? {}).map((t) => /inputs\.([\w-]+)/.exec(t)?.[1]);
    expect(forwarded.sort()).toEqual(Object.keys(ACTION.inputs).sort());
    expect(ACTION.outputs['sarif-file']?.value).toBe('${{ steps.check.outputs.sarif-file }}');
  });
});

describe('the action entry, run as the Action runs it', () => {
  it('writes every report, the step outputs and the job summary, and fails the step on gaps', () => {
    const { run, cwd, target, files, outputs } = runAction('developer-library');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Verdict:  gaps');
    expect(run.stdout).toMatch(new RegExp(`^::warning file=${target}/README\\.md`, 'm'));
    const out = outputs();
    expect(out).toMatchObject({
      'sarif-file': 'dpg-check-reports/report.sarif',
      'markdown-file': 'dpg-check-reports/report.md',
      'json-file': 'dpg-check-reports/report.json',
      verdict: 'gaps',
      'exit-code': '1',
    });
    expect(JSON.parse(readFileSync(join(cwd, out['sarif-file'] ?? ''), 'utf8'))).toMatchObject({ version: '2.1.0' });
    const report: unknown = JSON.parse(readFileSync(join(cwd, out['json-file'] ?? ''), 'utf8'));
    expect(validateReport(report)).toEqual([]);
    expect(out['score']).toBe(String((report as { summary: { score: number } }).summary.score));
    const markdown = readFileSync(join(cwd, out['markdown-file'] ?? ''), 'utf8');
    expect(readFileSync(files.summary, 'utf8')).toBe(`# Earlier step\n${markdown}`);
  });

  it('passes the step when the fail-on input allows the gaps, and honours out-dir and formats', () => {
    const { run, cwd, outputs } = runAction('developer-library', {
      'fail-on': 'fail',
      'out-dir': 'out/dpg',
      formats: 'terminal,sarif',
    });
    expect(run.code).toBe(0);
    expect(outputs()).toMatchObject({
      'sarif-file': 'out/dpg/report.sarif',
      'markdown-file': '',
      'json-file': '',
      'exit-code': '0',
    });
    expect(readFileSync(join(cwd, 'out/dpg/report.txt'), 'utf8')).toContain('Policy:   passed');
  });

  it('reads the repository config, and the config input overrides it', () => {
    const { cwd, target } = fixtureCopy('developer-library');
    writeFileSync(join(cwd, target, '.dpg-check.yml'), 'fail-on: fail\n');
    writeFileSync(join(cwd, 'strict.yml'), 'fail-on: warn\n');
    const env = (inputs: Record<string, string>) => ({
      ...stepEnv({ path: target, ...inputs }),
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: '',
      GITHUB_STEP_SUMMARY: '',
    });
    expect(runCli(['github-action'], { cwd, env: env({}) }).code).toBe(0);
    expect(runCli(['github-action'], { cwd, env: env({ config: 'strict.yml' }) }).code).toBe(1);
  });

  it("runs the plugins the repository's own config names: in its own workflow the repository is trusted", () => {
    const { cwd, target } = fixtureCopy('developer-library');
    cpSync(join(PROJECT_ROOT, 'fixtures', 'plugins'), join(cwd, 'plugins'), { recursive: true });
    writeFileSync(join(cwd, target, '.dpg-check.yml'), 'fail-on: fail\nplugins: [../plugins/roadmap-present.js]\n');
    const env = {
      ...stepEnv({ path: target, formats: 'json', 'out-dir': 'out' }),
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: '',
      GITHUB_STEP_SUMMARY: '',
    };
    const run = runCli(['github-action'], { cwd, env });
    expect(run.stderr).not.toContain('were not run');
    expect(readFileSync(join(cwd, 'out', 'report.json'), 'utf8')).toContain('roadmap-present');
  });

  it('refuses a bad input with one line, exit 2', () => {
    const { run, files } = runAction('compliant-app', { 'fail-on': 'sometimes' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'dpg-check: input fail-on: sometimes is not one of warn, manual, fail (fix the "fail-on" input of the dpg-check step)\n',
    );
    expect(readFileSync(files.output, 'utf8')).toBe('');
  });
});
