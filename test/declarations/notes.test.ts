/** report.declaration: what the report says about the answers themselves, in JSON and in the human reports. */
import { describe, expect, it } from 'vitest';
import { markdown } from '../../src/reporters/markdown.js';
import { terminal } from '../../src/reporters/terminal.js';
import { checkSnapshot } from '../../src/run.js';
import { NOW, repo } from '../helpers.js';
import { validateReport } from '../support/report-schema.js';

const RECORD = `${JSON.stringify(
  {
    name: 'Clinic Queue',
    stage: 'nominee',
    SDGs: [[3, 'Good Health and Well-Being']],
    repositoryURL: 'https://github.com/acme/clinic-queue',
    reviewer: 'not a DPGA field',
  },
  null,
  2,
)}\n`;

describe('notes about the declared answers', () => {
  it('are left out when a hand-written dpg.yml was read as written, so reports stay as they were', () => {
    const { report } = checkSnapshot(repo({ 'dpg.yml': 'name: A\n' }), undefined, NOW);
    expect(report).not.toHaveProperty('declaration');
    expect(terminal(report, { color: false })).not.toContain('Answers:');
  });

  it('name a DPGA record in the repository, its legacy shapes and its warnings, at their lines', () => {
    const { report } = checkSnapshot(repo({ 'dpg.json': RECORD }), undefined, NOW);
    expect(validateReport(report)).toEqual([]);
    expect(report.declaration).toEqual({
      source: 'repository',
      path: 'dpg.json',
      kind: 'dpga-record',
      normalised: [
        { field: 'SDGs[0]', found: '[3,"Good Health and Well-Being"]', became: 'SDGNumber 3', line: 5 },
        {
          field: 'repositoryURL',
          found: '"https://github.com/acme/clinic-queue"',
          became: 'repositories[0].url',
          line: 10,
        },
      ],
      warnings: [{ field: 'reviewer', line: 11, message: 'reviewer is not an answer dpg-check knows; left out' }],
    });
  });

  it('show as short lines in the terminal and in Markdown', () => {
    const { report } = checkSnapshot(repo({ 'dpg.json': RECORD }), undefined, NOW);
    const text = terminal(report, { color: false });
    expect(text).toContain('Answers:  DPGA application record dpg.json (found in the repository)\n');
    expect(text).toContain(
      'Legacy:   2 legacy shapes normalised: SDGs[0] [3,"Good Health and Well-Being"] → SDGNumber 3; repositoryURL "https://github.com/acme/clinic-queue" → repositories[0].url\n',
    );
    expect(text).toContain('Warning:  dpg.json:11 reviewer is not an answer dpg-check knows; left out\n');
    const md = markdown(report, { color: false });
    expect(md).toContain('- Answers: DPGA application record dpg.json (found in the repository)\n');
    expect(md).toContain(
      '- Legacy: 2 legacy shapes normalised: SDGs\\[0\\] \\[3,"Good Health and Well-Being"\\] → SDGNumber 3;',
    );
    expect(md).toContain('- ⚠️ Warning: dpg.json:11 reviewer is not an answer dpg-check knows; left out');
  });
});
