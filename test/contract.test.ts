/**
 * Guards the architecture: the registry, ids, messages, tests and README rows of every check,
 * and the import rules that keep checks pure and reporters formatting-only.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/checks/index.js';
import { INDICATORS } from '../src/model/indicator.js';
import { OPTIONS } from '../src/commands/check-options.js';
import { PROJECT_ROOT } from './support/cli.js';
import vitestConfig, { SLOW_FILES } from '../vitest.config.js';

const SRC = join(PROJECT_ROOT, 'src');
const README = join(PROJECT_ROOT, 'README.md');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const CHECKS = join(SRC, 'checks');
/** Helpers shared by the checks of several indicators live here; it is not an indicator folder. */
const SHARED_FOLDER = 'shared/';

/** Every module in a folder of src/checks (not define.ts or index.ts): checks and shared helpers alike. */
const checkFiles = walk(CHECKS).filter((f) => f.endsWith('.ts') && relative(CHECKS, f).includes('/'));
const inFolder = (file: string, folder: string) => relative(CHECKS, file).startsWith(folder);
/** Every module under src/checks/<indicator>/: each must be a check. */
const indicatorFiles = checkFiles.filter((f) => !inFolder(f, SHARED_FOLDER));

describe('check registry', () => {
  it('lists checks sorted by id, each id once', () => {
    const ids = checks.map((c) => c.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers every check file, and every id matches its file path and indicator folder', async () => {
    const registered = new Set(checks);
    for (const file of indicatorFiles) {
      const module = (await import(file)) as { default?: (typeof checks)[number] };
      expect(
        module.default,
        `${file} is not a check: move a helper to src/checks/${SHARED_FOLDER} or src/lib/`,
      ).toBeDefined();
      if (module.default === undefined) continue;
      expect(registered.has(module.default), `${file} is not in src/checks/index.ts`).toBe(true);
      const id = relative(join(SRC, 'checks'), file).replace(/\.ts$/, '');
      expect(module.default.meta.id).toBe(id);
      const slug = INDICATORS.find((i) => i.id === module.default?.meta.indicator)?.slug;
      expect(id.split('/')[0], `${id} sits in the folder of another indicator`).toBe(slug);
    }
  });

  it('keeps checks out of the shared folder', async () => {
    for (const file of checkFiles.filter((f) => inFolder(f, SHARED_FOLDER))) {
      const module = (await import(file)) as { default?: unknown };
      expect(module.default, `${file} exports a default: a check belongs in its indicator folder`).toBeUndefined();
    }
  });

  it('gives every indicator at least one check', () => {
    for (const indicator of INDICATORS) {
      expect(
        checks.some((c) => c.meta.indicator === indicator.id),
        `indicator ${indicator.id}`,
      ).toBe(true);
    }
  });

  it.each(checks.map((c) => [c.meta.id, c] as const))(
    '%s uses every message it declares and has a test file',
    (id, check) => {
      const source = readFileSync(join(SRC, 'checks', `${id}.ts`), 'utf8');
      for (const key of Object.keys(check.meta.messages)) {
        const uses = source.match(new RegExp(`\\b${key}\\b`, 'g'))?.length ?? 0;
        expect(uses, `message "${key}" of ${id} is declared but never used`).toBeGreaterThanOrEqual(2);
      }
      expect(
        () => readFileSync(join(PROJECT_ROOT, 'test', 'checks', `${id}.test.ts`)),
        `test/checks/${id}.test.ts`,
      ).not.toThrow();
      expect(check.meta.remediation.length).toBeGreaterThan(20);
    },
  );
});

describe('import boundaries', () => {
  const importsOf = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');

  it('keeps checks free of I/O, sources and terminal code', () => {
    for (const file of checkFiles) {
      for (const spec of importsOf(file)) {
        expect(spec, `${relative(PROJECT_ROOT, file)} imports ${spec}`).not.toMatch(
          /^(node:|fs|path|child_process|chalk|octokit|@octokit)|\/sources\/|\/cli\.js|\/run\.js/,
        );
      }
    }
  });

  it('lets only cli.ts touch process, and only terminal.ts import chalk', () => {
    for (const file of walk(SRC).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(file, 'utf8');
      const name = relative(SRC, file);
      if (name !== 'cli.ts')
        expect(text, `${name} uses process`).not.toMatch(/\bprocess\.(argv|env|exit|stdout|stderr|exitCode|cwd)/);
      if (name !== 'reporters/terminal.ts') expect(importsOf(file), `${name} imports chalk`).not.toContain('chalk');
    }
  });
});

/** The README's tables are generated from the code; UPDATE_DOCS=1 rewrites them. */
describe('README', () => {
  const section = (name: string, body: string, text: string) =>
    text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1${body}$2`);

  const checksTable = () =>
    [
      '| Indicator | Check | Level | What it looks at |',
      '| --- | --- | --- | --- |',
      ...checks.map((c) => `| ${c.meta.indicator} | \`${c.meta.id}\` | ${c.meta.level} | ${c.meta.title} |`),
    ].join('\n') + '\n';

  const optionsTable = () =>
    [
      '| Option | What it does | Default |',
      '| --- | --- | --- |',
      ...OPTIONS.map((o) => {
        const choices = o.choices ? ` (${o.choices.join(', ')})` : '';
        const def = o.defaultText ?? (o.defaultValue === undefined ? '' : `\`${String(o.defaultValue)}\``);
        return `| \`${o.flags}\` | ${o.description}${choices} | ${def} |`;
      }),
    ].join('\n') + '\n';

  it('has the generated checks and options tables', () => {
    const current = readFileSync(README, 'utf8');
    const expected = section('options', optionsTable(), section('checks', checksTable(), current));
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(README, expected);
    expect(current, 'README tables are stale: run UPDATE_DOCS=1 npx vitest run test/contract.test.ts').toBe(expected);
  });
});

/** `npm test` is the fast loop and `npm run test:slow` the slow one: between them they run every test file, each once. */
describe('test loops', () => {
  type Project = { name: string; include: string[]; exclude: string[] };
  const projects: Project[] = (vitestConfig.test?.projects ?? []).map((project) => {
    const test = typeof project === 'object' && 'test' in project ? project.test : undefined;
    return { name: String(test?.name), include: test?.include ?? [], exclude: test?.exclude ?? [] };
  });
  const testFiles = walk(join(PROJECT_ROOT, 'test'))
    .map((f) => relative(PROJECT_ROOT, f).split(sep).join('/'))
    .filter((f) => f.endsWith('.test.ts'));
  const loopsOf = (file: string) =>
    projects.filter((p) => picomatch(p.include)(file) && !picomatch(p.exclude)(file)).map((p) => p.name);

  it('are the projects fast and slow, run by npm test and npm run test:slow', () => {
    expect(projects.map((p) => p.name)).toEqual(['fast', 'slow']);
    const { scripts } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['test']).toBe('vitest run --project fast');
    expect(scripts['test:slow']).toBe('vitest run --project slow');
  });

  it('put every test file in exactly one loop', () => {
    expect(testFiles.length).toBeGreaterThan(50);
    for (const file of testFiles) expect(loopsOf(file), file).toHaveLength(1);
  });

  it('leave the built binary to the slow loop, the only one that builds dist/', () => {
    // This file names the patterns it looks for, so it is left out.
    for (const file of testFiles.filter((f) => loopsOf(f).includes('fast') && f !== 'test/contract.test.ts')) {
      expect(
        readFileSync(join(PROJECT_ROOT, file), 'utf8'),
        `${file} starts bin/dpg-check.js: use runCliInProcess, or make it slow`,
      ).not.toMatch(/\brunCli(Async)?\(|bin\/dpg-check|\bBIN\b/);
    }
  });

  it('name slow files by path only while they exist and are not yet called *.slow.test.ts', () => {
    for (const pattern of SLOW_FILES) {
      const named = testFiles.filter((f) => picomatch(pattern)(f));
      expect(named, `${pattern} names no test file: remove it from SLOW_FILES`).not.toEqual([]);
      expect(
        named.filter((f) => f.endsWith('.slow.test.ts')),
        `${pattern}: the name already says slow`,
      ).toEqual([]);
    }
  });
});

describe('the parts of src/ and what each may import', async () => {
  const configUrl = pathToFileURL(join(PROJECT_ROOT, 'eslint.config.js')).href;
  const { MAY_IMPORT } = (await import(configUrl)) as { MAY_IMPORT: Record<string, readonly string[]> };
  const parts = readdirSync(SRC, { withFileTypes: true })
    .map((e) => e.name.replace(/\.ts$/, ''))
    .filter((name) => name !== 'data');

  it('give every top-level part of src/ a row of MAY_IMPORT, and no row to a part that is gone', () => {
    expect(Object.keys(MAY_IMPORT).sort()).toEqual([...parts].sort());
  });

  it('go downward only: no part reaches itself through what it may import', () => {
    const reaches = (from: string, seen = new Set<string>()): Set<string> => {
      for (const to of MAY_IMPORT[from] ?? []) if (!seen.has(to)) reaches(to, seen.add(to));
      return seen;
    };
    for (const part of parts) expect(reaches(part).has(part), `${part} imports itself through a cycle`).toBe(false);
  });

  it('are drawn the same in ARCHITECTURE.md', () => {
    const rows = readFileSync(join(PROJECT_ROOT, 'ARCHITECTURE.md'), 'utf8').matchAll(
      /^\| (`[^|]+) \|[^|]*\| ([^|]*) \|$/gm,
    );
    const drawn = Object.fromEntries(
      [...rows].flatMap(([, names = '', allowed = '']) => {
        const list = allowed.trim() === 'nothing' ? [] : allowed.split(',').map((s) => s.trim());
        return [...names.matchAll(/`([^`]+)`/g)].map(([, n = '']) => [n.replace(/\/$|\.ts$/, ''), list]);
      }),
    );
    for (const part of parts) expect(drawn[part], `ARCHITECTURE.md row for ${part}`).toEqual(MAY_IMPORT[part]);
  });

  it('are enforced by the lint rule', async () => {
    const eslint = new ESLint({ cwd: PROJECT_ROOT });
    const [result] = await eslint.lintText("import { run } from '../run.js';\nexport const x = run;\n", {
      filePath: join(SRC, 'model', 'upward.ts'),
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('architecture/layers');
  });
});
