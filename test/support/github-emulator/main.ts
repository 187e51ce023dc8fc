/**
 * `npm run emulator -- --repos DIR [--port N] [--latency MS] [--rate-limit N] [--tree-limit N] [--log FILE]`
 * Serves DIR/OWNER__NAME as OWNER/NAME; prints its base URL on the first line of stdout; stops on SIGINT/SIGTERM.
 */
import { startGitHubEmulator, type EmulatorOptions } from './server.js';

const USAGE =
  'usage: npm run emulator -- --repos DIR [--port N] [--latency MS] [--rate-limit N] [--rate-window SECONDS] [--tree-limit N] [--log FILE]';

function parse(argv: readonly string[]): EmulatorOptions {
  const options: Record<string, string | number> = {};
  const numbers: Record<string, string> = {
    '--port': 'port',
    '--latency': 'latencyMs',
    '--rate-limit': 'rateLimit',
    '--rate-window': 'rateLimitWindowSeconds',
    '--tree-limit': 'treeEntryLimit',
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (value === undefined) throw new Error(`${flag} needs a value (${USAGE})`);
    i += 1;
    if (flag === '--repos') options['reposDir'] = value;
    else if (flag === '--log') options['logFile'] = value;
    else if (numbers[flag]) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} ${value} is not a whole number`);
      options[numbers[flag]] = n;
    } else throw new Error(`unknown option ${flag} (${USAGE})`);
  }
  if (!options['reposDir']) throw new Error(`--repos is required (${USAGE})`);
  return options as EmulatorOptions;
}

try {
  const emulator = await startGitHubEmulator(parse(process.argv.slice(2)));
  process.stdout.write(`${emulator.url}\n`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  process.stderr.write(`github-emulator: ${(err as Error).message}\n`);
  process.exitCode = 2;
}
