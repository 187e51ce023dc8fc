import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { escapeData, escapeProperty, githubAnnotations } from '../../src/reporters/github-annotations.js';
import { CANONICAL_REPORT } from './canonical.js';

/** What the Actions runner does with one command line: split properties, then undo its escaping. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (text: string) =>
    text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    (match[2] ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const eq = pair.indexOf('=');
        return [pair.slice(0, eq), unescape(pair.slice(eq + 1))];
      }),
  );
  return { command: match[1] ?? '', properties, message: unescape(match[3] ?? '') };
}

describe('githubAnnotations', () => {
  it('prints one workflow command per non-passing finding, errors first', async () => {
    const out = githubAnnotations(CANONICAL_REPORT);
    await expect(out).toMatchFileSnapshot('__snapshots__/canonical.annotations.txt');
    const commands = out.trimEnd().split('\n').map(parseCommand);
    expect(commands.map((c) => c.command)).toEqual(['error', ...Array.from({ length: 9 }, () => 'warning'), 'notice']);
    expect(commands[0]).toEqual({
      command: 'error',
      properties: { file: 'LICENSE', line: '3', title: 'DPG 3 Clear ownership: fail' },
      message: 'License template never names the copyright holder\nTo do: Name the copyright holder in LICENSE.',
    });
    // A finding without a file is annotated on the run, not on a made-up file.
    expect(commands.at(-1)?.properties).toEqual({ title: 'DPG 1 Relevance to the SDGs: manual' });
  });

  it('escapes %, CR and LF in messages, and also : and , in properties, so nothing can end a command early', () => {
    const report: Report = {
      ...CANONICAL_REPORT,
      indicators: CANONICAL_REPORT.indicators.map((ind) =>
        ind.id === '3'
          ? {
              ...ind,
              title: 'Owner: a, b',
              evidence: [
                {
                  outcome: 'fail',
                  path: 'we,ird:na%me.md',
                  line: 7,
                  url: null,
                  detail: '100% sure\r\n::error::injected',
                },
              ],
              advice: [],
            }
          : ind,
      ),
    };
    const first = githubAnnotations(report).split('\n')[0] ?? '';
    expect(first).toBe(
      '::error file=we%2Cird%3Ana%25me.md,line=7,title=DPG 3 Owner%3A a%2C b%3A fail::100%25 sure%0D%0A::error::injected',
    );
    expect(parseCommand(first)).toEqual({
      command: 'error',
      properties: { file: 'we,ird:na%me.md', line: '7', title: 'DPG 3 Owner: a, b: fail' },
      message: '100% sure\r\n::error::injected',
    });
  });

  it('escape functions follow the runner rules exactly', () => {
    expect(escapeData('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad:e,f');
    expect(escapeProperty('a%b\rc\nd:e,f')).toBe('a%25b%0Dc%0Ad%3Ae%2Cf');
  });

  it('prefixes paths when the repository is a subfolder of the workspace, and prints nothing for a clean report', () => {
    expect(githubAnnotations(CANONICAL_REPORT, { pathPrefix: 'services/api/' })).toContain(
      '::error file=services/api/LICENSE,line=3,',
    );
    const clean: Report = {
      ...CANONICAL_REPORT,
      indicators: CANONICAL_REPORT.indicators.map((i) => ({
        ...i,
        evidence: i.evidence.filter((e) => e.outcome === 'pass'),
      })),
    };
    expect(githubAnnotations(clean)).toBe('');
  });
});
