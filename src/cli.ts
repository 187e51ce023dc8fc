/** The process boundary: the only module that reads argv and env, touches stdin/stdout/stderr and sets the exit code. */
import { explainError, type ExitCode } from './errors.js';
import type { CliContext } from './commands/context.js';
import { runProgram } from './commands/program.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function processContext(): CliContext {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: {
      write: (text) => {
        process.stdout.write(text);
      },
      isTTY: process.stdout.isTTY === true,
    },
    stderr: {
      write: (text) => {
        process.stderr.write(text);
      },
      isTTY: process.stderr.isTTY === true,
    },
    readStdin,
    setExitCode: (code: ExitCode) => {
      process.exitCode = code;
    },
    debug: process.argv.includes('--debug'),
  };
}

/** `dpg-check … | head`: the reader left, so nothing more can be said; stop quietly as other CLIs do. */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stream.destroy();
  });
}

// Exit by exitCode, never process.exit(): a large report piped to another program must not be cut off.
quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
const ctx = processContext();
runProgram(process.argv, ctx).catch((err: unknown) => {
  const { text, exitCode } = explainError(err, ctx.debug);
  process.stderr.write(text);
  process.exitCode = exitCode;
});
