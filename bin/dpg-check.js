#!/usr/bin/env node
// The command's entry point: everything else lives in dist/cli.js (built from src/cli.ts).
import('../dist/cli.js').catch((err) => {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.js')) {
    process.stderr.write('dpg-check: dist/ is missing: run "npm run build" first\n');
    process.exitCode = 2;
    return;
  }
  throw err;
});
