import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/documentation/readme-explains-setup.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const ids = (files: Record<string, string>, sizes?: Record<string, number>) =>
  runCheck(check, repo(files, sizes ? { sizes } : {})).map((f) => [f.outcome, f.messageId, f.path, f.line]);

describe('documentation/readme-explains-setup', () => {
  it('passes Markdown ATX headings for installation and usage, citing their lines', () => {
    const readme = '# Vaxtrack\n\nIntro.\n\n## Installation\n\nSteps.\n\n## Usage\n\nMore.\n';
    expect(ids({ 'README.md': readme })).toEqual([
      ['pass', 'heading', 'README.md', 5],
      ['pass', 'heading', 'README.md', 9],
    ]);
  });

  it.each([
    ['setext headings', 'README.md', 'Vaxtrack\n========\n\nBuilding\n--------\n\nx\n\nDeployment\n----------\n\ny\n'],
    [
      'reStructuredText headings',
      'README.rst',
      '========\nVaxtrack\n========\n\nSetting up\n----------\n\nx\n\nRunning the server\n~~~~~~~~~~~~~~~~~~\n\ny\n',
    ],
    [
      'one-line HTML headings',
      'README.md',
      '<h1 align="center">Vaxtrack</h1>\n<h2>Install</h2>\nx\n<h2>Deploy</h2>\ny\n',
    ],
    ['a quick-start section', 'README.md', '# Vaxtrack\n\n## Quick start\n\nx\n'],
    ['a getting-started section', 'README.md', '# Vaxtrack\n\n## 📦 Getting Started\n\nx\n'],
  ])('reads %s', (_name, path, text) => {
    const findings = runCheck(check, repo({ [path]: text }));
    expect(findings.map((f) => [f.outcome, f.messageId])).toEqual([
      ['pass', 'heading'],
      ['pass', 'heading'],
    ]);
  });

  it('falls back to commands and links in the text, and cites the line', () => {
    const readme =
      '# Vaxtrack\n\nSee the [Installation guide](docs/guide.md).\n\n```sh\nnpm install\nnpm run dev\n```\n';
    const findings = runCheck(check, repo({ 'README.md': readme }));
    expect(findings).toMatchObject([
      { outcome: 'pass', messageId: 'phrase', path: 'README.md', line: 3 },
      { outcome: 'pass', messageId: 'phrase', path: 'README.md', line: 7 },
    ]);
  });

  it('does not take headings inside fenced code, badges or test sections for instructions', () => {
    const readme =
      '# Vaxtrack\n\n[![Build Status](https://ci.example.org/b.svg)](https://ci.example.org)\n\n```md\n## Installation\n## Usage\n```\n\n## Running tests\n\nx\n';
    expect(ids({ 'README.md': readme })).toEqual([
      ['fail', 'missingTopic', undefined, undefined],
      ['fail', 'missingTopic', undefined, undefined],
    ]);
  });

  it('warns when only one of the two is covered', () => {
    const findings = runCheck(check, repo({ 'README.md': '# Vaxtrack\n\n## Installation\n\nx\n' }));
    expect(findings.map((f) => [f.outcome, f.messageId, f.data?.topic])).toEqual([
      ['pass', 'heading', 'install/set-up/build'],
      ['warn', 'missingTopic', 'run/use/deploy'],
    ]);
    expect(outcomeOf(check, repo({ 'README.md': '# Vaxtrack\n\n## Usage\n\nx\n' }))).toBe('warn');
  });

  it('reads INSTALL files and docs/getting-started, but cites the root README first', () => {
    expect(
      ids({
        'README.md': '# Vaxtrack\n\nx\n',
        'INSTALL.md': '# Installing\n\nx\n',
        'docs/getting-started.md': '# Deploying\n\ny\n',
      }),
    ).toEqual([
      ['pass', 'heading', 'INSTALL.md', 1],
      ['pass', 'heading', 'docs/getting-started.md', 1],
    ]);
    expect(ids({ 'README.md': '# Vaxtrack\n\n## Setup\n\nx\n', 'INSTALL.md': '# Installing\n\nx\n' })[0]).toEqual([
      'pass',
      'heading',
      'README.md',
      3,
    ]);
  });

  it('counts launch files as supporting evidence only', () => {
    const both = '# Vaxtrack\n\n## Install\n\nx\n\n## Run\n\ny\n';
    expect(ids({ 'README.md': both, Dockerfile: 'FROM node:20' })).toContainEqual([
      'pass',
      'launch',
      'Dockerfile',
      undefined,
    ]);
    expect(ids({ 'README.md': '# Vaxtrack\n\nx\n', 'docker-compose.yml': 'services: {}' })).toEqual([
      ['fail', 'missingTopic', undefined, undefined],
      ['fail', 'missingTopic', undefined, undefined],
      ['warn', 'launchOnly', 'docker-compose.yml', undefined],
    ]);
  });

  it('fails when there is no documentation file at all', () => {
    expect(ids({ 'src/index.ts': 'x' })).toEqual([['fail', 'noDocs', undefined, undefined]]);
    expect(ids({ Makefile: 'all:' })).toEqual([
      ['fail', 'noDocs', undefined, undefined],
      ['warn', 'launchOnly', 'Makefile', undefined],
    ]);
  });

  it('warns when the documentation exists but was not read', () => {
    expect(ids({}, { 'README.md': 4000 })).toEqual([['warn', 'unreadable', 'README.md', undefined]]);
  });

  describe('documentation outside the repository (declared, or linked from the README)', () => {
    const bare = '# Vaxtrack\n\nVaccine stock tracking for district stores.\n';
    const docsAt = (...documentationURL: string[]): Declaration => ({
      documentation: { isDocumentationAvailable: 'Yes', documentationURL },
    });
    const outcomes = (files: Record<string, string>, declaration?: Declaration, url?: string) =>
      runCheck(check, repo(files, url ? { target: { source: 'github', url } } : {}), declaration).map((f) => [
        f.outcome,
        f.messageId,
        f.url,
      ]);

    it.each<[string, Record<string, string>, Declaration | undefined, string | undefined, (string | undefined)[][]]>([
      [
        'a declared documentation site',
        { 'README.md': bare },
        docsAt('https://docs.vaxtrack.example.org/'),
        undefined,
        [
          ['warn', 'missingTopic', undefined],
          ['warn', 'missingTopic', undefined],
          ['warn', 'declaredDocs', 'https://docs.vaxtrack.example.org/'],
        ],
      ],
      [
        'a declared link written inside a sentence',
        { 'README.md': bare },
        docsAt('Technical guide: https://guide.vaxtrack.example.org/setup'),
        undefined,
        [
          ['warn', 'missingTopic', undefined],
          ['warn', 'missingTopic', undefined],
          ['warn', 'declaredDocs', 'https://guide.vaxtrack.example.org/setup'],
        ],
      ],
      [
        'a README link whose text says documentation',
        { 'README.md': `${bare}\n* ### [Documentation](https://handbook.vaxtrack.example.org)\n` },
        undefined,
        undefined,
        [
          ['warn', 'missingTopic', undefined],
          ['warn', 'missingTopic', undefined],
          ['warn', 'linkedDocs', 'https://handbook.vaxtrack.example.org'],
        ],
      ],
      [
        'an HTML link to the docs',
        { 'README.md': `${bare}\n<a href="https://read.vaxtrack.example.org">Read the docs</a>\n` },
        undefined,
        undefined,
        [
          ['warn', 'missingTopic', undefined],
          ['warn', 'missingTopic', undefined],
          ['warn', 'linkedDocs', 'https://read.vaxtrack.example.org'],
        ],
      ],
      [
        'the first link under a Documentation heading',
        {
          'README.md': `${bare}\n## Documentation\n\nEverything is on [our site](https://vaxtrack.example.org/guide).\n`,
        },
        undefined,
        undefined,
        [
          ['warn', 'missingTopic', undefined],
          ['warn', 'missingTopic', undefined],
          ['warn', 'linkedDocs', 'https://vaxtrack.example.org/guide'],
        ],
      ],
      [
        'nothing declared or linked',
        { 'README.md': bare },
        undefined,
        undefined,
        [
          ['fail', 'missingTopic', undefined],
          ['fail', 'missingTopic', undefined],
        ],
      ],
      [
        'declared documentation that is the repository itself',
        { 'README.md': bare },
        docsAt('https://github.com/octo/vaxtrack', 'https://github.com/octo/vaxtrack/blob/main/README.md'),
        'https://github.com/octo/vaxtrack',
        [
          ['fail', 'missingTopic', undefined],
          ['fail', 'missingTopic', undefined],
        ],
      ],
      [
        'a README docs link into the repository, or a docs badge image',
        {
          'README.md': `${bare}\n[docs](https://github.com/octo/vaxtrack/tree/main/docs)\n\n## Docs\n\n[![docs](https://badges.example.org/docs.svg)](docs/)\n`,
        },
        undefined,
        'https://github.com/octo/vaxtrack',
        [
          ['fail', 'missingTopic', undefined],
          ['fail', 'missingTopic', undefined],
        ],
      ],
      [
        'a declared link with no URL in it',
        { 'README.md': bare },
        docsAt('Ask the team for the manual'),
        undefined,
        [
          ['fail', 'missingTopic', undefined],
          ['fail', 'missingTopic', undefined],
        ],
      ],
    ])('%s', (_name, files, declaration, url, expected) => {
      expect(outcomes(files, declaration, url)).toEqual(expected);
    });

    it('warns without any documentation file when documentation is declared, and fails when it is not', () => {
      const files = { 'src/main.ts': 'x' };
      expect(outcomes(files, docsAt('https://docs.vaxtrack.example.org/'))).toEqual([
        ['warn', 'noDocs', undefined],
        ['warn', 'declaredDocs', 'https://docs.vaxtrack.example.org/'],
      ]);
      expect(outcomes(files, docsAt())).toEqual([['fail', 'noDocs', undefined]]);
    });

    it('cites the README line that links the documentation site', () => {
      const readme = `${bare}\nSee the [handbook](https://vaxtrack.example.org/manual).\n`;
      expect(runCheck(check, repo({ 'README.md': readme })).at(-1)).toEqual({
        outcome: 'warn',
        messageId: 'linkedDocs',
        url: 'https://vaxtrack.example.org/manual',
        path: 'README.md',
        line: 5,
        data: { url: 'https://vaxtrack.example.org/manual', path: 'README.md' },
      });
    });

    it('adds nothing to a partial cover, which warns already', () => {
      const readme = '# Vaxtrack\n\n## Installation\n\nx\n';
      expect(outcomes({ 'README.md': readme }, docsAt('https://docs.vaxtrack.example.org/'))).toEqual([
        ['pass', 'heading', undefined],
        ['warn', 'missingTopic', undefined],
      ]);
    });

    it('leaves complete instructions alone', () => {
      const readme = '# Vaxtrack\n\n## Installation\n\nx\n\n## Usage\n\ny\n';
      expect(outcomes({ 'README.md': readme }, docsAt('https://docs.vaxtrack.example.org/'))).toEqual([
        ['pass', 'heading', undefined],
        ['pass', 'heading', undefined],
      ]);
    });
  });

  describe('content and data: how to access and use them, not how to install', () => {
    const typed = (...type: ('content' | 'data' | 'software')[]): Declaration => ({ type });
    const topicsOf = (files: Record<string, string>, declaration: Declaration) =>
      runCheck(check, repo(files), declaration).map((f) => [f.outcome, f.messageId, f.data?.['topic']]);

    it.each<[string, Record<string, string>, Declaration, (string | undefined)[][]]>([
      [
        'content with a section on reading it',
        { 'README.md': '# Field manual\n\nLessons for nurses.\n\n## How to use these lessons\n\nx\n' },
        typed('content'),
        [['pass', 'heading', 'access/use']],
      ],
      [
        'content that says where it is published',
        { 'README.md': '# Field manual\n\nThe lessons are available online at https://lessons.example.org.\n' },
        typed('content'),
        [['pass', 'phrase', 'access/use']],
      ],
      [
        'content that says nothing about access',
        { 'README.md': '# Field manual\n\nLessons for nurses.\n' },
        typed('content'),
        [['fail', 'missingTopic', 'access/use']],
      ],
      [
        'content with a Dockerfile: launch files are not asked for',
        { 'README.md': '# Field manual\n\nLessons for nurses.\n', Dockerfile: 'FROM nginx' },
        typed('content'),
        [['fail', 'missingTopic', 'access/use']],
      ],
      [
        'data with a dictionary, sources and a download section',
        {
          'README.md':
            '# Rainfall\n\n## Data dictionary\n\nx\n\n## Sources\n\nGauges run by the met office.\n\n## Download\n\ny\n',
        },
        typed('data'),
        [
          ['pass', 'heading', 'data dictionary'],
          ['pass', 'heading', 'sources/collection method'],
          ['pass', 'heading', 'access/use'],
        ],
      ],
      [
        'data with only a dictionary',
        { 'README.md': '# Rainfall\n\n## Fields\n\nx\n' },
        typed('data'),
        [
          ['pass', 'heading', 'data dictionary'],
          ['warn', 'missingTopic', 'sources/collection method'],
          ['warn', 'missingTopic', 'access/use'],
        ],
      ],
      [
        'software and content together: the software topics',
        { 'README.md': '# Field manual\n\n## How to use these lessons\n\nx\n' },
        typed('software', 'content'),
        [
          ['warn', 'missingTopic', 'install/set-up/build'],
          ['pass', 'heading', 'run/use/deploy'],
        ],
      ],
    ])('%s', (_name, files, declaration, expected) => {
      expect(topicsOf(files, declaration)).toEqual(expected);
    });

    it('counts the declared website of content as where it is accessed (a warning), and fails without one', () => {
      const files = { 'README.md': '# Library API\n\nServes the books.\n' };
      const declaration: Declaration = { type: ['content'], website: 'https://library.example.org' };
      expect(runCheck(check, repo(files), declaration).map((f) => [f.outcome, f.messageId, f.url])).toEqual([
        ['warn', 'missingTopic', undefined],
        ['warn', 'publishedAt', 'https://library.example.org'],
      ]);
      expect(outcomeOf(check, repo(files), { type: ['content'] })).toBe('fail');
      // Software is not accessed through its website: a product page is not launch instructions.
      expect(outcomeOf(check, repo(files), { type: ['software'], website: 'https://library.example.org' })).toBe(
        'fail',
      );
    });
  });
});
