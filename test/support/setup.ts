/**
 * Runs before every test file (vitest setupFiles). The fast loop shares modules between the files of a
 * worker, so a hook registered where tmp.ts is first imported would clean up after that file only.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from './tmp.js';

afterAll(removeTempDirs);
