import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/documentation/readme-explains-setup.js';
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
});
