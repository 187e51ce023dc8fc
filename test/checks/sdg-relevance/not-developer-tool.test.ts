import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/sdg-relevance/not-developer-tool.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const LIB_PKG = '{\n  "name": "fast-dates",\n  "main": "dist/index.js",\n  "scripts": { "build": "tsc" }\n}\n';
const INSTALL_README =
  '# fast-dates\n\n```sh\nnpm install fast-dates\n```\n\n```js\nimport { parse } from "fast-dates";\n```\n';
const library = { 'package.json': LIB_PKG, 'README.md': INSTALL_README };
const readme = (opening: string) => ({
  'README.md': `# Product\n\n[![build](https://ci/badge.svg)](https://ci)\n\n${opening}\n`,
});

const run = (files: Record<string, string>, description?: string, topics: string[] = []) =>
  runCheck(check, repo(files, { meta: { topics, ...(description ? { description } : {}) } }));
const outcome = (files: Record<string, string>, description?: string) => run(files, description)[0]?.outcome;

describe('sdg-relevance/not-developer-tool', () => {
  it('warns on a library package installed as a dependency, with the scores and each signal', () => {
    expect(run(library, 'A tiny date parsing library for JavaScript')).toEqual([
      { outcome: 'warn', messageId: 'developerTool', data: { tool: 4, user: 0, warnAt: 2 } },
      {
        outcome: 'warn',
        messageId: 'toolSignal',
        data: { signal: 'the repository description calls it a tool: "A tiny date parsing library"', weight: 2 },
      },
      {
        outcome: 'warn',
        messageId: 'toolSignal',
        data: { signal: 'names technical domains: javascript', weight: 1 },
      },
      {
        outcome: 'warn',
        messageId: 'toolSignal',
        path: 'package.json',
        line: 3,
        data: {
          signal:
            'package.json exports a module (main/exports) with no bin, start script or "private" flag (and README installs it as a dependency: "npm install fast-dates")',
          weight: 1,
        },
      },
    ]);
  });

  // Evidence of a developer tool: each row warns on its own words, with no packaging to help.
  it.each([
    ['"is a … library"', 'Quokka is a fast, memory-safe image decoding library written in Rust.'],
    ['"is a … framework"', 'Heron is a deep learning framework built for speed.'],
    ['many modifiers before the noun', 'Finch is an open-source charting, plotting and data mining toolkit.'],
    ['"This library" in a later sentence', 'Power tables for everyone. This library lets you embed tables.'],
    ['an apposition', 'A fork of Pelican, an open source visual programming environment.'],
    ['a reference implementation', 'This project is a reference implementation of the Acme protocol server.'],
    ['a test runner', 'Lint-o-matic is a test runner that checks style.'],
    ['a platform given over to a technical domain', 'Gizmo is an end-to-end platform for machine learning.'],
    ['two technical domains', 'Runs GPU accelerated virtual machines with low latency.'],
    ['a technical domain and a developer audience', 'Components that let developers add charts to React pages.'],
  ])('warns on a description with %s', (_, description) => {
    expect(outcome({}, description)).toBe('warn');
  });

  // The same kinds of words, outweighed by who the product is for: each row passes.
  it.each([
    ['a toolkit for health workers', 'The Care Toolkit is a set of apps for community health workers and patients.'],
    ['machine learning for farmers', 'Uses machine learning to help smallholder farmers diagnose crop disease.'],
    ['a platform for a sector', 'Ledger is a platform for vaccine supply chains run by governments.'],
    ['an app, no tool words', 'Tally is a mobile app that lets citizens report broken streetlights.'],
    ['a single technical word', 'Written in Python.'],
    ['a command-line tool, a shape rather than an audience', 'A command-line tool that structures field notes.'],
  ])('passes a description naming %s', (_, description) => {
    expect(outcome({}, description)).toBe('pass');
  });

  it('reads the application description and the README opening paragraph, not the rest of the README', () => {
    const app = { description: 'Quokka is an image decoding library for Rust programmers.' };
    expect(outcomeOf(check, repo({}), app)).toBe('warn');
    expect(outcome(readme('Quokka is an image decoding library for Rust programmers.'))).toBe('warn');
    const buried = readme(`Quokka decodes images.\n\n## Internals\n\nThe decoder is a library for Rust programmers.`);
    expect(outcome(buried)).toBe('pass');
  });

  it('skips badges, HTML and comments before the README opening paragraph', () => {
    const files = {
      'README.md':
        '<p align="center"><img src="logo.png"></p>\n<!--\nhidden note\n-->\n# Heron\n\nHeron is a deep learning framework.\n',
    };
    expect(run(files)[1]).toEqual({
      outcome: 'warn',
      messageId: 'toolSignal',
      path: 'README.md',
      data: { signal: 'the README\'s opening calls it a tool: "is a deep learning framework"', weight: 2 },
    });
  });

  it('does not take "machine learning" or "random forests" for beneficiaries', () => {
    expect(outcome({}, 'Grove is a machine learning library with random forests for learners of statistics.')).toBe(
      'warn',
    );
  });

  it('counts Trove classifiers and CMake libraries as packaged for import', () => {
    const trove = { 'setup.py': 'setup(\n  scripts=["x"],\n  classifiers=["Intended Audience :: Developers"],\n)\n' };
    expect(run(trove, 'Written in Python.')[0]).toMatchObject({ outcome: 'warn', data: { tool: 2 } });
    const cmake = { 'CMakeLists.txt': 'project(x)\nadd_library(x src/x.cpp)\n' };
    expect(run(cmake, 'Written in C++.')[0]).toMatchObject({ outcome: 'warn', data: { tool: 2 } });
    const app = { 'CMakeLists.txt': 'add_library(core a.cpp)\nadd_executable(x main.cpp)\n' };
    expect(run(app, 'Written in C++.')[0]).toMatchObject({ outcome: 'pass', data: { tool: 1 } });
  });

  it.each([
    ['a bin', '{"main":"index.js","bin":{"x":"cli.js"}}'],
    ['a start script', '{"main":"index.js","scripts":{"start":"node server.js"}}'],
    ['"private": true', '{"main":"index.js","private":true}'],
  ])('does not count a package.json with %s as a library', (_, pkg) => {
    expect(run({ 'package.json': pkg })).toEqual([
      { outcome: 'pass', messageId: 'endUserProduct', data: { tool: 0, user: 0, warnAt: 2 } },
    ]);
  });

  it.each([
    ['Python packaging with scripts', { 'pyproject.toml': '[project]\nname = "x"\n[project.scripts]\nx = "x:main"\n' }],
    [
      'tool-only Python config',
      { 'pyproject.toml': '[tool.black]\n', 'setup.cfg': '[flake8]\nmax-line-length = 100\n' },
    ],
    ['a Rust binary', { 'Cargo.toml': '[package]\nname = "x"\n', 'src/lib.rs': '', 'src/main.rs': '' }],
  ])('does not count %s as a library', (_, files) => {
    expect(run(files)[0]).toMatchObject({ outcome: 'pass', data: { tool: 0 } });
  });

  it.each([
    ['pyproject library', { 'pyproject.toml': '[project]\nname = "client"\n' }, []],
    ['setup.py library', { 'setup.py': 'from setuptools import setup\nsetup(name="x")\n' }, []],
    ['Rust library', { 'Cargo.toml': '[package]\nname = "x"\n', 'src/lib.rs': '' }, []],
    ['gemspec', { 'acme.gemspec': '' }, []],
    ['library topic', {}, ['sdk']],
  ])('counts a %s as packaged for import, once', (_, files, topics) => {
    expect(run(files, 'Quokka is an image decoding library.', topics)[0]).toMatchObject({
      outcome: 'warn',
      data: { tool: 3 },
    });
    expect(run(files, undefined, topics)[0]).toMatchObject({ outcome: 'pass', data: { tool: 1 } });
  });

  it.each([
    ['an app entry point', { 'web/src/App.tsx': '' }, 'web/src/App.tsx'],
    ['a Dockerfile', { Dockerfile: 'FROM node' }, 'Dockerfile'],
    [
      'a README that runs the app',
      { 'README.md': `${INSTALL_README}\nThen open http://localhost:3000\n` },
      'README.md',
    ],
  ])('counts %s as end-user shape against technical words', (_, extra, path) => {
    const findings = run({ ...library, ...extra }, 'Date handling in JavaScript.');
    expect(findings[0]).toMatchObject({ outcome: 'pass', data: { tool: 2, user: 1 } });
    expect(findings).toContainEqual(expect.objectContaining({ outcome: 'pass', messageId: 'endUserSignal', path }));
    expect(outcome(library, 'Date handling in JavaScript.')).toBe('warn');
  });

  it('does not let a demo page or image outweigh the product calling itself a tool', () => {
    expect(outcome({ Dockerfile: 'FROM node', 'src/index.html': '' }, 'Heron is a deep learning framework.')).toBe(
      'warn',
    );
  });

  it.each(['examples/web/index.html', 'test/fixtures/App.tsx', '.github/Dockerfile', 'docs/index.html'])(
    'does not take %s for an app',
    (path) => {
      expect(outcome({ ...library, [path]: '' }, 'Date handling in JavaScript.')).toBe('warn');
    },
  );

  it('does not count declared SDGs as an end-user signal', () => {
    const declaration = {
      description: 'Quokka is an image decoding library.',
      SDGs: [{ SDGNumber: 9, evidenceText: 'Target 9.5', evidenceURL: 'https://x.org' }],
    };
    expect(outcomeOf(check, repo({}), declaration)).toBe('warn');
  });

  it('names the beneficiaries it found, at most two counted', () => {
    const findings = run({}, 'A toolkit for patients, farmers, students and refugees.');
    expect(findings[0]).toMatchObject({ outcome: 'pass', data: { tool: 2, user: 2 } });
    expect(findings.at(-1)).toEqual({
      outcome: 'pass',
      messageId: 'endUserSignal',
      data: { signal: 'names beneficiaries or sectors: patients, farmers, students, refugees', weight: 2 },
    });
  });

  it('is not applicable to declared data or content', () => {
    expect(runCheck(check, repo(library), { type: ['data', 'content'] })).toEqual([
      { outcome: 'not-applicable', messageId: 'notSoftware', data: { types: 'data, content' } },
    ]);
    expect(outcomeOf(check, repo(library), { type: ['software'], description: 'A date library.' })).toBe('warn');
  });
});
