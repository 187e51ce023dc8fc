/**
 * `--answers FILE` on the check, export and badge commands: a reviewer checks a local folder or a GitHub
 * repository against an application kept outside it, without touching the repository. A nominee record
 * in a publicgoods-candidates checkout is read with its screening answers beside it.
 */
import { cpSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { emulator } from '../sources/github/support.js';
import { fixtureCopy, PROJECT_ROOT } from '../support/cli.js';
import { runCliInProcess } from '../support/in-process-cli.js';
import { validateReport } from '../support/report-schema.js';
import { tempDir } from '../support/tmp.js';

const CANDIDATES = join(PROJECT_ROOT, 'fixtures', 'dpga-candidates');

/** An application of our own, in the DPGA's record shape (a legacy SDG pair, and `stage`). */
const RECORD = {
  name: 'Clinic Queue',
  description: 'Queues patients at rural clinics by text message.',
  SDGs: [[3, 'Good Health and Well-Being']],
  type: ['software'],
  repositories: [{ name: 'main', url: 'https://github.com/acme/clinic-queue' }],
  organizations: [{ name: 'Acme', org_type: 'owner' }],
  license: [{ spdx: 'MIT', licenseURL: 'https://github.com/acme/clinic-queue/blob/main/LICENSE' }],
  stage: 'nominee',
};

/** A folder outside the repository holding the record; returns the folder and the file's name in it. */
function recordFolder(record: object = RECORD): { dir: string; file: string } {
  const dir = tempDir('dpg-answers-cli-');
  writeFileSync(join(dir, 'application.json'), `${JSON.stringify(record, null, 2)}\n`);
  return { dir, file: join(dir, 'application.json') };
}

/** A checkout whose own dpg.yml is refused: a run that read it would exit 2. */
function refusedCheckout(): { cwd: string; target: string } {
  return fixtureCopy('invalid-declaration');
}

function jsonReport(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

describe('dpg-check --answers FILE (local folder)', () => {
  it("checks the folder against the file instead of the repository's own answers, and says so", async () => {
    const { cwd, target } = refusedCheckout();
    expect((await runCliInProcess([target], { cwd })).code).toBe(2);
    const { file } = recordFolder();
    const run = await runCliInProcess([target, '--answers', file, '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const report = jsonReport(run.stdout);
    expect(validateReport(report)).toEqual([]);
    expect(report.declaredAnswers.path).toBe(file);
    expect(report.declaration).toMatchObject({ source: 'file', path: file, kind: 'dpga-record', warnings: [] });
    expect(report.declaration?.normalised.map((n) => n.field)).toEqual(['SDGs[0]']);
    const terminal = await runCliInProcess([target, '--answers', file], { cwd });
    expect(terminal.stdout).toContain(
      `Answers:  DPGA application record ${file} (given with --answers; the repository's own answers were not read)`,
    );
  });

  it('refuses a missing or unreadable answers file in one line naming it, exit 2', async () => {
    const { cwd, target } = refusedCheckout();
    const missing = join(tempDir(), 'nowhere.json');
    for (const args of [
      [target, '--answers', missing],
      ['badge', target, '--answers', missing],
      ['export', target, '--answers', missing],
    ]) {
      const run = await runCliInProcess(args, { cwd });
      expect(run.code, args[0]).toBe(2);
      expect(run.stdout, args[0]).toBe('');
      expect(run.stderr, args[0]).toMatch(new RegExp(`^dpg-check: ${missing}: no such file \\(.*\\)\\n$`));
    }
    const folder = await runCliInProcess([target, '--answers', tempDir()], { cwd });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/is a folder, not an answers file/);
  });

  it('badge: the badge of the check against the file', async () => {
    const { cwd, target } = refusedCheckout();
    const { file } = recordFolder();
    const check = jsonReport((await runCliInProcess([target, '--answers', file, '--format', 'json'], { cwd })).stdout);
    const badge = await runCliInProcess(['badge', target, '--answers', file], { cwd });
    expect(badge.code).toBe(0);
    expect(JSON.parse(badge.stdout)).toMatchObject({
      message: `${check.summary.score}/100 · ${check.summary.verdict}`,
    });
  });

  it('export: the application built from the file, not from the repository', async () => {
    const { cwd, target } = refusedCheckout();
    const { file } = recordFolder();
    const run = await runCliInProcess(['export', target, '--answers', file], { cwd });
    const exported = JSON.parse(run.stdout) as { nominee: { name: string; SDGs: unknown }; missingAnswers: string[] };
    expect(exported.nominee.name).toBe('Clinic Queue');
    expect(exported.nominee.SDGs).toEqual([{ SDGNumber: 3 }]);
    expect(run.code).toBe(1); // the record holds no screening answers
    expect(run.stderr).toContain(`add them to ${file}:`);
  });
});

describe('--answers with a nominee record of a publicgoods-candidates checkout', () => {
  it('reads the screening answers beside it, each answer located in its own file', async () => {
    const pgc = join(tempDir('dpg-pgc-'), 'publicgoods-candidates');
    cpSync(CANDIDATES, pgc, { recursive: true });
    const nominee = join(pgc, 'nominees', 'meron.json');
    const screening = join(pgc, 'digitalpublicgoods', 'meron.json');
    const { cwd, target } = refusedCheckout();
    const run = await runCliInProcess([target, '--answers', nominee, '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    const report = jsonReport(run.stdout);
    expect(validateReport(report)).toEqual([]);
    expect(report.declaration).toMatchObject({ source: 'file', path: nominee, screening, kind: 'dpga-record' });
    const origins = report.declaredAnswers.origins ?? {};
    expect(origins['name']).toBe(nominee);
    expect(origins['SDGs']).toBe(nominee);
    expect(origins['doNoHarm']).toBe(screening);
    expect(origins['privacy']).toBe(screening);
    // A finding about a screening answer points into the screening file, one about a nominee answer into the record.
    const pathsOf = (id: string) => report.indicators.find((i) => i.id === id)?.evidence.map((e) => e.path) ?? [];
    expect(pathsOf('9a')).toContain(screening);
    expect(pathsOf('9a')).not.toContain(nominee);
    expect(pathsOf('2')).toContain(nominee);
    const terminal = await runCliInProcess([target, '--answers', nominee], { cwd });
    expect(terminal.stdout).toContain(`${nominee} with its screening answers ${screening}`);
    // The same record without the checkout around it: the nominee's answers alone.
    const alone = join(tempDir(), 'meron.json');
    cpSync(nominee, alone);
    const single = jsonReport(
      (await runCliInProcess([target, '--answers', alone, '--format', 'json'], { cwd })).stdout,
    );
    expect(single.declaration?.screening).toBeUndefined();
    expect(single.declaredAnswers.origins?.['doNoHarm']).toBeUndefined();
  });

  it('follows a screening file that links to another in digitalpublicgoods/ (one screening shared by products), and no further', async () => {
    const pgc = join(tempDir('dpg-pgc-'), 'publicgoods-candidates');
    cpSync(CANDIDATES, pgc, { recursive: true });
    cpSync(join(pgc, 'nominees', 'meron.json'), join(pgc, 'nominees', 'meron-mobile.json'));
    symlinkSync('meron.json', join(pgc, 'digitalpublicgoods', 'meron-mobile.json'));
    const { cwd, target } = refusedCheckout();
    const shared = await runCliInProcess(
      [target, '--answers', join(pgc, 'nominees', 'meron-mobile.json'), '--format', 'json'],
      { cwd },
    );
    expect(shared.stderr).toBe('');
    expect(jsonReport(shared.stdout).declaration?.screening).toBe(join(pgc, 'digitalpublicgoods', 'meron.json'));

    const outside = join(tempDir(), 'elsewhere.json');
    writeFileSync(outside, '{"name": "Elsewhere"}\n');
    cpSync(join(pgc, 'nominees', 'meron.json'), join(pgc, 'nominees', 'meron-web.json'));
    symlinkSync(outside, join(pgc, 'digitalpublicgoods', 'meron-web.json'));
    const refused = await runCliInProcess([target, '--answers', join(pgc, 'nominees', 'meron-web.json')], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `${join(pgc, 'digitalpublicgoods', 'meron-web.json')} is a symbolic link; answers are read only from the file itself`,
    );
  });
});

describe('--answers with a GitHub repository (emulated)', () => {
  it('check, badge and export read the repository from GitHub and the answers from the file', async () => {
    const emu = await emulator();
    const served = join(tempDir('dpg-answers-gh-'), 'clinic-queue');
    cpSync(join(PROJECT_ROOT, 'fixtures', 'repos', 'invalid-declaration'), served, { recursive: true });
    emu.addRepo('acme/clinic-queue', served);
    const flags = ['--api-url', emu.url, '--no-cache', '--retries', '0'];
    const { dir, file } = recordFolder();
    const check = await runCliInProcess(['acme/clinic-queue', '--answers', file, '--format', 'json', ...flags], {
      cwd: dir,
    });
    expect(check.stderr).toBe('');
    const report = jsonReport(check.stdout);
    expect(report.target.source).toBe('github');
    expect(report.declaration).toMatchObject({ source: 'file', path: file, warnings: [] });

    const other = recordFolder({ ...RECORD, repositories: [{ url: 'https://github.com/acme/elsewhere' }] });
    const mismatched = jsonReport(
      (await runCliInProcess(['acme/clinic-queue', '--answers', other.file, '--format', 'json', ...flags])).stdout,
    );
    expect(mismatched.declaration?.warnings.map((w) => w.message)).toEqual([
      "the record's repositories do not include acme/clinic-queue (they name acme/elsewhere)",
    ]);

    const badge = await runCliInProcess(['badge', 'acme/clinic-queue', '--answers', file, ...flags]);
    expect(badge.code).toBe(0);
    expect(JSON.parse(badge.stdout)).toMatchObject({
      message: `${report.summary.score}/100 · ${report.summary.verdict}`,
    });

    const exported = await runCliInProcess(['export', 'acme/clinic-queue', '--answers', file, ...flags]);
    const application = JSON.parse(exported.stdout) as {
      repository: { url: string; commit: string };
      nominee: { name: string };
    };
    expect(application.nominee.name).toBe('Clinic Queue');
    expect(application.repository.url).toBe('https://github.com/acme/clinic-queue');
    expect(application.repository.commit).toBe(report.target.commit);
  });
});
