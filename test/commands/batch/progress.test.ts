import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/commands/batch/progress.js';

function capture(isTTY: boolean) {
  const lines: string[] = [];
  return {
    lines,
    stderr: {
      isTTY,
      write: (text: string) => {
        lines.push(text);
      },
    },
  };
}

describe('progress on standard error', () => {
  it('prints a plain line every few seconds when not a terminal, and one at the end', async () => {
    let clock = 0;
    const { lines, stderr } = capture(false);
    const progress = await createProgress({ stderr, quiet: false, total: 10, now: () => clock, everySeconds: 10 });
    for (let i = 1; i <= 10; i++) {
      clock = i * 4000;
      progress.finished(i === 3);
    }
    progress.stop();
    expect(lines).toEqual([
      'dpg-check batch: 3/10 done, 1 failed, 0.3/s, about 28s left\n',
      'dpg-check batch: 6/10 done, 1 failed, 0.3/s, about 16s left\n',
      'dpg-check batch: 9/10 done, 1 failed, 0.3/s, about 4s left\n',
      'dpg-check batch: 10/10 done, 1 failed, 0.3/s\n',
    ]);
  });

  it('draws a cli-progress bar on a terminal', async () => {
    const { lines, stderr } = capture(true);
    const progress = await createProgress({ stderr, quiet: false, total: 2 });
    progress.finished(false);
    progress.finished(true);
    progress.stop();
    const screen = lines.join('');
    expect(screen).toContain('2/2');
    expect(screen).toContain('1 failed');
    expect(screen).toContain('\u001b[');
  });

  it('says nothing with --quiet', async () => {
    const { lines, stderr } = capture(true);
    const progress = await createProgress({ stderr, quiet: true, total: 5 });
    progress.finished(true);
    progress.stop();
    expect(lines).toEqual([]);
  });
});
