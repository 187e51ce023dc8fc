import { describe, expect, it } from 'vitest';
import { sitePageDeclarations } from '../../../src/licenses/declared/site-pages.js';
import { licenseFacts } from '../../../src/licenses/project/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';
import { MIT_TEXT } from '../../helpers.js';

/** A landing page of a course site, written in JSX with the link opened on its own lines. */
const landingPage = (sentence: string, url: string) =>
  [
    'export default function Home() {',
    '  return (',
    '    <footer>',
    `      <p>${sentence}{" "}`,
    '        <a',
    `          href="${url}"`,
    '          rel="license"',
    '        >',
    '          a Creative Commons license',
    '        </a>',
    '      </p>',
    '    </footer>',
    '  );',
    '}',
  ].join('\n');

const BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

describe('site pages', () => {
  it.each([
    ['a Docusaurus landing page', 'src/pages/index.js', 'The lessons here are licensed under', BY_SA, 'CC-BY-SA-4.0'],
    [
      'a docs index',
      'docs/index.md',
      'All material is released under',
      'https://creativecommons.org/licenses/by/4.0/',
      'CC-BY-4.0',
    ],
    [
      'the public domain dedication',
      'src/pages/index.tsx',
      'Published under',
      'https://creativecommons.org/publicdomain/zero/1.0/',
      'CC0-1.0',
    ],
    ['a link with no licence wording', 'src/pages/index.js', 'Read more about open content at', BY_SA, undefined],
    ['a page the site does not land on', 'src/pages/about.js', 'The lessons here are licensed under', BY_SA, undefined],
  ])('%s', (_name, path, sentence, url, expected) => {
    const found = sitePageDeclarations(memoryRepo({ [path]: landingPage(sentence, url) }));
    expect(found[0]?.expression).toBe(expected);
    if (expected) expect(found[0]).toMatchObject({ path, line: 6, method: 'readme' });
  });

  it('is the license of a content collection with no license file', () => {
    const repo = memoryRepo({ 'src/pages/index.js': landingPage('This course is licensed under', BY_SA) });
    const facts = licenseFacts(repo, { type: ['content'] });
    expect(facts.expression).toBe('CC-BY-SA-4.0');
    expect(facts.judgement?.status).toBe('approved');
  });

  it('finds nothing without such a statement', () => {
    const repo = memoryRepo({ 'src/pages/index.js': 'export default () => null;\n' });
    expect(licenseFacts(repo, { type: ['content'] }).expression).toBeNull();
  });

  it('does not second-guess a license file', () => {
    const repo = memoryRepo({ LICENSE: MIT_TEXT, 'src/pages/index.js': landingPage('Licensed under', BY_SA) });
    const facts = licenseFacts(repo, undefined);
    expect(facts.expression).toBe('MIT');
    expect(facts.declared).toEqual([]);
  });
});
