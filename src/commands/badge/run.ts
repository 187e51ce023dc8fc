/** What `dpg-check badge` does: check, then print the badge JSON or write it to --out. */
import { resolve } from 'node:path';
import { EXIT } from '../../errors.js';
import { writeOwnFile } from '../../output/own-file.js';
import { run } from '../../run.js';
import { parseBytes, type CheckOptions } from '../check-options.js';
import type { CliContext } from '../context.js';
import { githubOptions } from '../github-options.js';
import { badgeEndpoint, isOurBadge } from './endpoint.js';

export type BadgeOptions = Pick<
  CheckOptions,
  'answers' | 'plugin' | 'maxFileBytes' | 'ref' | 'apiUrl' | 'tokenStdin' | 'cache' | 'timeout' | 'retries'
> & {
  readonly out?: string;
  readonly force?: boolean;
};

export async function badgeCommand(ctx: CliContext, target: string, opts: BadgeOptions): Promise<typeof EXIT.OK> {
  const { report } = await run({
    target,
    plugins: opts.plugin ?? [],
    maxFileBytes: parseBytes(opts.maxFileBytes),
    github: { options: await githubOptions(ctx, opts) },
    ...(opts.ref !== undefined ? { ref: opts.ref } : {}),
    ...(opts.answers !== undefined ? { answersFile: opts.answers } : {}),
  });
  const badge = badgeEndpoint(report);
  const text = `${JSON.stringify(badge, null, 2)}\n`;
  if (opts.out === undefined) {
    ctx.stdout.write(text);
    return EXIT.OK;
  }
  const { backup } = await writeOwnFile(resolve(ctx.cwd, opts.out), text, {
    shown: opts.out,
    flag: '--out',
    kind: 'a dpg-check badge',
    isOurs: isOurBadge,
    force: opts.force === true,
  });
  const kept = backup !== null ? ` (the previous file is kept as ${opts.out}.bak)` : '';
  ctx.stderr.write(`Wrote ${opts.out}: ${badge.label} ${badge.message}${kept}\n`);
  return EXIT.OK;
}
