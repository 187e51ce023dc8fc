import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/sdg-relevance/not-developer-tool.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const LIB_PKG = '{\n  "name": "fast-dates",\n  "main": "dist/index.js",\n  "scripts": { "build": "tsc" }\n}\n';
const INSTALL_README =
  '# fast-dates\n\n```sh\nnpm install fast-dates\n```\n\n```js\nimport { parse } from "fast-dates";\n```\n';
const library = { 'package.json': LIB_PKG, 'README.md': INSTALL_README };

const signalsOf = (files: Record<string, string>, topics: string[] = [], description?: string) =>
  runCheck(check, repo(files, { meta: { topics, ...(description ? { description } : {}) } }));

describe('sdg-relevance/not-developer-tool', () => {
  it('warns on a library package installed as a dependency, citing each signal', () => {
    expect(signalsOf(library)).toEqual([
      {
        outcome: 'warn',
        messageId: 'librarySignal',
        path: 'package.json',
        line: 3,
        data: { signal: 'package.json exports a module (main/exports) with no bin, start script or "private" flag' },
      },
      {
        outcome: 'warn',
        messageId: 'librarySignal',
        path: 'README.md',
        line: 4,
        data: { signal: 'README installs it as a dependency: "npm install fast-dates"' },
      },
    ]);
  });

  it.each([
    [
      'pyproject library + SDK description',
      { 'pyproject.toml': '[project]\nname = "client"\n' },
      [],
      'Python SDK for the Acme API',
    ],
    [
      'setup.py library + topics',
      { 'setup.py': 'from setuptools import setup\nsetup(name="x")\n' },
      ['python', 'library'],
      undefined,
    ],
    [
      'Rust library + framework topic',
      { 'Cargo.toml': '[package]\nname = "x"\n', 'src/lib.rs': '' },
      ['framework'],
      undefined,
    ],
    ['gemspec + toolkit description', { 'acme.gemspec': '' }, [], 'A toolkit for parsing HL7'],
  ])('warns on %s', (_, files, topics, description) => {
    const findings = signalsOf(files, topics, description);
    expect(findings.length).toBe(2);
    expect(findings.every((f) => f.outcome === 'warn' && f.messageId === 'librarySignal')).toBe(true);
  });

  it('counts package.json keywords like repository topics', () => {
    const findings = signalsOf({ 'package.json': '{"main":"index.js","keywords":["Library","dates"]}' });
    expect(findings[1]).toEqual({
      outcome: 'warn',
      messageId: 'librarySignal',
      data: { signal: 'repository topics or package keywords: library' },
    });
  });

  it.each([
    ['a bin', '{"main":"index.js","bin":{"x":"cli.js"}}'],
    ['a start script', '{"main":"index.js","scripts":{"start":"node server.js"}}'],
    ['"private": true', '{"main":"index.js","private":true}'],
  ])('does not count a package.json with %s as a library', (_, pkg) => {
    expect(signalsOf({ 'package.json': pkg }, ['sdk'])).toEqual([
      { outcome: 'pass', messageId: 'notLibrary', data: { count: 1 } },
    ]);
  });

  it.each([
    ['Python packaging with scripts', { 'pyproject.toml': '[project]\nname = "x"\n[project.scripts]\nx = "x:main"\n' }],
    [
      'tool-only Python config',
      { 'pyproject.toml': '[tool.black]\n', 'setup.cfg': '[flake8]\nmax-line-length = 100\n' },
    ],
    ['a Rust binary', { 'Cargo.toml': '[package]\nname = "x"\n', 'src/lib.rs': '', 'src/main.rs': '' }],
  ])('does not count %s', (_, files) => {
    expect(signalsOf(files, ['library'])).toEqual([{ outcome: 'pass', messageId: 'notLibrary', data: { count: 1 } }]);
  });

  it.each([
    ['an app entry point', { 'web/src/App.tsx': '' }, 'web/src/App.tsx'],
    ['a Dockerfile', { Dockerfile: 'FROM node' }, 'Dockerfile'],
    [
      'a README that runs the app',
      { 'README.md': `${INSTALL_README}\nThen open http://localhost:3000\n` },
      'README.md',
    ],
    [
      'a README about beneficiaries',
      { 'README.md': `${INSTALL_README}\nHelps community health workers follow patients.\n` },
      'README.md',
    ],
  ])('passes a library shape outweighed by %s, citing it', (_, extra, path) => {
    const findings = signalsOf({ ...library, ...extra });
    expect(findings[0]).toMatchObject({ outcome: 'pass', messageId: 'outweighed' });
    expect(findings.slice(1)).toContainEqual(
      expect.objectContaining({ outcome: 'pass', messageId: 'appSignal', path }),
    );
  });

  it('passes a library shape when dpg.yml declares SDGs with evidence', () => {
    const findings = runCheck(check, repo(library), {
      SDGs: [{ SDGNumber: 3, evidenceText: 'Target 3.8', evidenceURL: 'https://x.org' }],
    });
    expect(findings.at(-1)).toEqual({
      outcome: 'pass',
      messageId: 'appSignal',
      data: { signal: 'dpg.yml declares SDG 3 with evidence' },
    });
    expect(outcomeOf(check, repo(library), { SDGs: [{ SDGNumber: 3 }] })).toBe('warn');
  });

  it.each(['examples/web/index.html', 'test/fixtures/App.tsx', '.github/Dockerfile', 'docs/index.html'])(
    'does not take %s for an app',
    (path) => {
      expect(outcomeOf(check, repo({ ...library, [path]: '' }))).toBe('warn');
    },
  );

  it('is not applicable to declared data or content', () => {
    expect(runCheck(check, repo(library), { type: ['data', 'content'] })).toEqual([
      { outcome: 'not-applicable', messageId: 'notSoftware', data: { types: 'data, content' } },
    ]);
    expect(outcomeOf(check, repo(library), { type: ['software'] })).toBe('warn');
  });
});
