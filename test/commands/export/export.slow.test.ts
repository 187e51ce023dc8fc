/** `dpg-check export` through the built binary, validated against the DPGA's own schemas (the reference copies). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { requiredAnswers, withoutIds } from '../../../src/dpga-form/dpga-schemas.js';
import { webUrlOf } from '../../../src/commands/export/git-origin.js';
import { fixtureCopy, PROJECT_ROOT, runCli } from '../../support/cli.js';
import { git, tempDir, writeTree } from '../../support/tmp.js';

const REFERENCE = '/work/shared/dpg-standard/schemas';
const SECRET = 'ghp_exportTestSecret123';

function referenceValidator(name: 'nominee' | 'screening') {
  const schema = withoutIds(
    JSON.parse(readFileSync(join(REFERENCE, `${name}-schema.json`), 'utf8')) as Record<string, unknown>,
  );
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** A committed copy of a fixture with a remote "origin" whose URL carries a token. */
function committed(name: string, edit?: (root: string) => void): string {
  const { cwd, target } = fixtureCopy(name);
  const root = join(cwd, target);
  edit?.(root);
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'init');
  git(root, 'remote', 'add', 'origin', `https://x-access-token:${SECRET}@github.com/example/clinic-queue.git`);
  return root;
}

interface Exported {
  repository: { commit: string };
  nominee: object;
  screening: object;
  missingAnswers: string[];
}

describe('dpg-check export', () => {
  it('builds a complete application with links pinned to the commit, valid against both DPGA schemas (snapshot)', async () => {
    const root = committed('compliant-app');
    const result = runCli(['export', root]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(SECRET);
    const exported = JSON.parse(result.stdout) as Exported;
    const commit = git(root, 'rev-parse', 'HEAD').trim();
    expect(exported.repository.commit).toBe(commit);
    expect(referenceValidator('nominee')(exported.nominee)).toBe(true);
    expect(referenceValidator('screening')(exported.screening)).toBe(true);
    const stable = result.stdout
      .replaceAll(commit, '<commit>')
      .replace(/dpg-check \d+\.\d+\.\d+[^"]*/, 'dpg-check <version>');
    expect(stable).toContain('https://github.com/example/clinic-queue/blob/<commit>/PRIVACY.md');
    await expect(stable).toMatchFileSnapshot('__snapshots__/export-compliant-app.json');
  });

  it('lists missing answers on stderr and in missingAnswers, and exits 1 while any is missing', () => {
    const root = committed('compliant-app', (dir) => {
      const text = readFileSync(join(dir, 'dpg.yml'), 'utf8');
      writeFileSync(
        join(dir, 'dpg.yml'),
        text.replace(/^SDGs:\n(?: {2}.*\n)+/m, '').replace('    collectsPII: "Yes"', '    collectsPII: Unknown'),
      );
    });
    const result = runCli(['export', root]);
    expect(result.code).toBe(1);
    const exported = JSON.parse(result.stdout) as Exported;
    expect(exported.missingAnswers).toEqual(['SDGs', 'doNoHarm.dataPrivacySecurity.collectsPII']);
    expect(result.stderr).toContain('dpg-check: 2 required answers are missing; add them to dpg.yml');
    expect(result.stderr).toContain('  - doNoHarm.dataPrivacySecurity.collectsPII\n');
    const onlyRequired = (v: ReturnType<typeof referenceValidator>, data: object) =>
      v(data) ? [] : (v.errors ?? []).filter((e) => e.keyword !== 'required');
    expect(onlyRequired(referenceValidator('nominee'), exported.nominee)).toEqual([]);
  });

  it('without a remote leaves in-repository links relative and warns about each', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    const root = join(cwd, target);
    writeFileSync(
      join(root, 'dpg.yml'),
      readFileSync(join(root, 'dpg.yml'), 'utf8').replaceAll('https://github.com/example/clinic-queue/blob/main/', ''),
    );
    const result = runCli(['export', root]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('dpg-check: warning: privacy.adherenceSteps[0]: "PRIVACY.md" is left as written');
    expect(
      (JSON.parse(result.stdout) as { screening: { privacy: { adherenceSteps: string[] } } }).screening.privacy
        .adherenceSteps,
    ).toEqual(['PRIVACY.md']);
  });

  it('writes --out, replacing the file, and prints nothing on stdout', () => {
    const root = committed('compliant-app');
    const out = join(tempDir(), 'application.json');
    writeFileSync(out, 'old');
    const result = runCli(['export', root, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('nominee.name', 'Clinic Queue');
  });

  it('with no answers at all still exports what the repository shows and lists every required answer', () => {
    const root = writeTree(tempDir(), {
      'README.md': '# x\n',
      LICENSE: readFileSync(join(PROJECT_ROOT, 'fixtures/repos/compliant-app/LICENSE'), 'utf8'),
    });
    const result = runCli(['export', root]);
    expect(result.code).toBe(1);
    const exported = JSON.parse(result.stdout) as Exported & { nominee: { license: { spdx: string }[] } };
    expect(exported.nominee.license).toEqual([{ spdx: 'MIT', licenseURL: 'LICENSE' }]);
    expect(exported.missingAnswers).toEqual([
      ...requiredAnswers('nominee').filter((f) => f !== 'license' && f !== 'stage'),
      ...requiredAnswers('screening').filter((f) => f !== 'name'),
    ]);
  });

  it('reports an invalid dpg.yml like the check does, exit 2', () => {
    const { cwd, target } = fixtureCopy('invalid-declaration');
    const result = runCli(['export', join(cwd, target)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dpg-check: dpg\.yml:3:16 SDGs\[0\]\.SDGNumber must be 1–17\n/);
  });
});

describe('the DPGA schemas we ship', () => {
  it('are byte-for-byte the reference copies (Unlicense; provenance in schemas/vendor/dpga/README.md)', () => {
    for (const name of ['nominee-schema.json', 'screening-schema.json']) {
      expect(readFileSync(join(PROJECT_ROOT, 'schemas/vendor/dpga', name), 'utf8')).toBe(
        readFileSync(join(REFERENCE, name), 'utf8'),
      );
    }
  });

  it('require these answers, read from the schemas themselves', () => {
    expect(requiredAnswers('screening')).toContain('doNoHarm.protectionFromHarassment.userInteraction');
    expect(requiredAnswers('nominee')).toEqual([
      'name',
      'description',
      'license',
      'organizations',
      'SDGs',
      'type',
      'stage',
    ]);
  });
});

describe('repository web URL from a git remote', () => {
  it.each([
    ['git@github.com:example/clinic-queue.git', 'https://github.com/example/clinic-queue'],
    ['ssh://git@gitlab.com/group/sub/app.git', 'https://gitlab.com/group/sub/app'],
    [`https://user:${SECRET}@github.com/example/app.git/`, 'https://github.com/example/app'],
    ['/srv/git/app.git', undefined],
    ['file:///srv/git/app', undefined],
  ])('%s -> %s', (remote, expected) => {
    expect(webUrlOf(remote)).toBe(expected);
  });
});
