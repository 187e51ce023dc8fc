/** The license engine on awkward repositories, through the real local source: evidence or warnings, never a crash. */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { run } from '../../src/run.js';
import { MIT_TEXT } from '../helpers.js';
import { tempDir, writeTree } from '../support/tmp.js';

async function check(files: Record<string, string | Buffer>, prepare?: (root: string) => void): Promise<Report> {
  const root = writeTree(tempDir(), { 'README.md': '# x\n', ...files });
  prepare?.(root);
  return (await run({ target: root })).report;
}

const licenseIndicator = (report: Report) => report.indicators.find((i) => i.id === '2');
const details = (report: Report) =>
  licenseIndicator(report)
    ?.evidence.map((e) => e.detail)
    .join('\n') ?? '';

describe('license engine on bad input', () => {
  it('a binary LICENSE is named as unreadable, not identified', async () => {
    const report = await check({ LICENSE: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2]) });
    expect(details(report)).toMatch(/LICENSE could not be read as text \(binary\)/);
    expect(report.licenses.expression).toBeNull();
  });

  it('a huge LICENSE is read up to the cap and still identified', async () => {
    const report = await check({ LICENSE: `${MIT_TEXT}\n${'Additional notes.\n'.repeat(200_000)}` });
    expect(report.licenses.expression).toBe('MIT');
  });

  it('an empty LICENSE is a failure with the file named', async () => {
    const report = await check({ LICENSE: '' });
    expect(licenseIndicator(report)?.status).toBe('fail');
    expect(details(report)).toMatch(/Could not identify the license in LICENSE/);
  });

  it('a LICENSE that is a link inside the repository is followed', async () => {
    const report = await check({ 'docs/MIT.txt': MIT_TEXT }, (root) =>
      symlinkSync('docs/MIT.txt', join(root, 'LICENSE')),
    );
    expect(report.licenses.expression).toBe('MIT');
  });

  it('a folder named LICENSE is not a license file', async () => {
    const report = await check({ 'LICENSE/MIT.txt': MIT_TEXT }, (root) =>
      mkdirSync(join(root, 'LICENSE'), { recursive: true }),
    );
    expect(report.licenses.expression).toBeNull();
    expect(licenseIndicator(report)?.status).toBe('fail');
  });

  it('an invalid SPDX expression in a manifest is a warning naming the value', async () => {
    const report = await check({ LICENSE: MIT_TEXT, 'package.json': '{"license": "MIT and or whatever"}' });
    expect(report.licenses.expression).toBe('MIT');
    expect(details(report)).toMatch(/package\.json license says "MIT and or whatever"/);
  });

  it.each([
    ['package.json', '{"license": "MIT",'],
    ['pyproject.toml', '[project\nlicense = {text = '],
    ['pom.xml', '<project><licenses><license><name>Apache'],
    ['composer.json', '[1, 2, 3]'],
  ])('an unparseable %s does not stop the run', async (path, text) => {
    const report = await check({ LICENSE: MIT_TEXT, [path]: text });
    expect(report.licenses.expression).toBe('MIT');
    expect(licenseIndicator(report)?.status).not.toBe('error');
  });
});
