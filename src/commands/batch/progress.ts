/**
 * Progress on standard error: a cli-progress bar on a terminal (done/total, rate, ETA, failures),
 * a plain line every few seconds when stderr is a file or a CI log, nothing with --quiet.
 */
import type { Output } from '../context.js';

export interface Progress {
  finished(failed: boolean): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly stderr: Output;
  readonly quiet: boolean;
  readonly total: number;
  /** Milliseconds; injectable so tests need not wait. */
  readonly now?: () => number;
  /** Seconds between plain lines. */
  readonly everySeconds?: number;
}

const SILENT: Progress = { finished: () => {}, stop: () => {} };

export async function createProgress(options: ProgressOptions): Promise<Progress> {
  if (options.quiet || options.total === 0) return SILENT;
  return options.stderr.isTTY ? progressBar(options) : plainLines(options);
}

async function progressBar({ stderr, total }: ProgressOptions): Promise<Progress> {
  const cliProgress = await import('cli-progress');
  // cli-progress only writes escape sequences, through this stream, and reads isTTY and columns.
  const stream = {
    isTTY: true,
    columns: 100,
    write: (text: string) => {
      stderr.write(text);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      hideCursor: false,
      etaBuffer: 50,
      fps: 5,
      format: 'dpg-check batch {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {failures} failed',
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let failures = 0;
  let done = 0;
  bar.start(total, 0, { rate: '0.0', failures: 0 });
  return {
    finished: (failed) => {
      done++;
      if (failed) failures++;
      bar.update(done, { rate: perSecond(done, Date.now() - started), failures });
    },
    stop: () => bar.stop(),
  };
}

function plainLines({ stderr, total, now = Date.now, everySeconds = 10 }: ProgressOptions): Progress {
  const started = now();
  let last = started;
  let done = 0;
  let failures = 0;
  const line = () => {
    const elapsed = now() - started;
    const left = done === 0 || done === total ? '' : `, about ${duration(((total - done) * elapsed) / done)} left`;
    stderr.write(`dpg-check batch: ${done}/${total} done, ${failures} failed, ${perSecond(done, elapsed)}/s${left}\n`);
  };
  return {
    finished: (failed) => {
      done++;
      if (failed) failures++;
      if (now() - last >= everySeconds * 1000 && done < total) {
        last = now();
        line();
      }
    },
    stop: () => line(),
  };
}

function perSecond(count: number, ms: number): string {
  return ms <= 0 ? '0.0' : ((count * 1000) / ms).toFixed(1);
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m ${seconds % 60}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}
