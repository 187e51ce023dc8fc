import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const readme = (text: string, name = 'README.md') => declaredLicenses(memoryRepo({ [name]: text }));
const section = (body: string) =>
  `# Project\n\nIt does things.\n\n## License\n\n${body}\n\n## Contributing\n\nMIT is not the license here.\n`;

describe('README License sections', () => {
  it.each([
    ['MIT', 'This project is licensed under the MIT License.', 'MIT', 'MIT'],
    [
      'Apache long name',
      'Licensed under the Apache License, Version 2.0.',
      'Apache-2.0',
      'Apache License, Version 2.0',
    ],
    ['GNU GPL v3', 'Released under the GNU GPL v3.', 'GPL-3.0', 'GNU GPL v3'],
    ['GPLv3 or later', 'Licensed GPLv3 or later.', 'GPL-3.0-or-later', 'GPLv3 or later'],
    [
      'a GNU notice',
      'This program is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.',
      'AGPL-3.0-or-later',
      'GNU Affero General Public License',
    ],
    [
      'a CC long name',
      'Content is available under Creative Commons Attribution-ShareAlike 4.0 International.',
      'CC-BY-SA-4.0',
      'Creative Commons Attribution-ShareAlike 4.0',
    ],
    [
      'an opensource.org link',
      'See [the license](https://opensource.org/licenses/BSD-3-Clause).',
      'BSD-3-Clause',
      'opensource.org/licenses/BSD-3-Clause',
    ],
    [
      'a creativecommons.org link',
      '[CC](https://creativecommons.org/licenses/by-nc/4.0/)',
      'CC-BY-NC-4.0',
      'creativecommons.org/licenses/by-nc/4.0',
    ],
    [
      'a choosealicense link',
      '<https://choosealicense.com/licenses/mpl-2.0/>',
      'MPL-2.0',
      'choosealicense.com/licenses/mpl-2.0',
    ],
    ['an SPDX id', 'Coral is [Apache-2.0 licensed](LICENSE).', 'Apache-2.0', 'Apache-2.0'],
  ])('reads %s', (_, body, expression, raw) => {
    expect(readme(section(body))).toMatchObject([
      { expression, raw, path: 'README.md', line: 7, method: 'readme', source: 'README License section' },
    ]);
  });

  it('names each license of a section once, and a vague name only when nothing precise says more', () => {
    const found = readme(
      section(
        'Code: [3-clause BSD](https://opensource.org/license/bsd-3-clause/), the BSD license.\nData: [Open Database License](http://opendatacommons.org/licenses/odbl/)',
      ),
    );
    expect(found.map((f) => f.expression)).toEqual(['BSD-3-Clause', 'ODbL-1.0']);
    expect(readme(section('OpenRefine is licensed under the BSD license.'))).toMatchObject([
      { expression: null, problem: 'invalid', raw: 'BSD' },
    ]);
  });

  it.each([
    ['setext', 'Intro\n=====\n\nLicense\n-------\n\nMIT licensed.\n\nMore\n----\nGPL-2.0 elsewhere\n', 'README.md', 7],
    [
      'reStructuredText',
      'Title\n=====\n\nLicense information\n~~~~~~~~~~~~~~~~~~~\n\nThe code is `MIT licensed <http://opensource.org/licenses/MIT>`__.\n',
      'README.rst',
      7,
    ],
    ['RDoc', '= Title\n\n== License\n\nMIT\n', 'README.rdoc', 5],
    ['HTML and an emoji', '<h2>📝 Licence</h2>\n\nMIT\n', 'README.md', 3],
    ['a bold line', '**License**\n\nMIT\n', 'README.md', 3],
    ['a Spanish heading', '### Licencia\n\nMIT\n', 'README.md', 3],
  ])('finds a %s heading', (_, text, name, line) => {
    expect(readme(text, name)).toMatchObject([{ expression: 'MIT', line, path: name }]);
  });

  it('does not take a code comment or a third-party heading for the License section', () => {
    expect(readme('# App\n\n```sh\n# License\nGPL-3.0\n```\n')).toEqual([]);
    expect(readme('# App\n\n## Third-party licenses\n\nUses MIT and BSD-2-Clause code.\n')).toEqual([]);
  });

  it('points at the file when the section only says "see LICENSE"', () => {
    expect(readme(section('See the [LICENSE](./LICENSE.md) file.'))).toMatchObject([
      {
        expression: null,
        problem: 'see-file',
        raw: './LICENSE.md',
        source: 'README License section, see ./LICENSE.md',
        line: 7,
      },
    ]);
  });

  it('reports a section that is an end-user license agreement as proprietary', () => {
    expect(readme(section('Example Corp End-User License Agreement\n\nAll rights reserved.'))).toMatchObject([
      { expression: null, problem: 'proprietary' },
    ]);
    expect(
      readme(
        section(
          'Example End-User License Agreement\n\nThis software is under the terms of the GNU General Public License as published by the Free Software Foundation: version 2 of the License.',
        ),
      ),
    ).toMatchObject([
      { expression: 'GPL-2.0', raw: 'GNU General Public License' },
      { expression: null, problem: 'proprietary', raw: 'End-User License Agreement' },
    ]);
    // BSD and MIT notices say "All rights reserved" too: alone it is not a sign of a closed license.
    expect(readme('## Copyright\n\nCopyright 2020 Example. All rights reserved.\n')).toEqual([]);
  });

  it('says nothing for a README without a license', () => {
    expect(readme('# Project\n\nInstall it with npm.\n')).toEqual([]);
    expect(declaredLicenses(memoryRepo({ 'docs/index.md': '## License\n\nMIT\n' }))).toEqual([]);
  });

  it('falls back on "licensed under" sentences only when there is no License section', () => {
    const text = '# X\n\nThe source code of X is published under the MIT open source licence.\n\nWe like the GPL.\n';
    expect(readme(text)).toMatchObject([{ expression: 'MIT', line: 3, source: 'README license statement' }]);
  });

  it('prefers README.md over other README files', () => {
    const found = declaredLicenses(
      memoryRepo({
        'README.md': '## License\n\nMIT\n',
        'README.ops.md': '## License\n\nGPL-3.0\n',
        'README.rst': 'License\n=======\n\nISC\n',
      }),
    );
    expect(found.map((f) => [f.path, f.expression])).toEqual([['README.md', 'MIT']]);
  });
});

describe('README license badges', () => {
  it.each([
    ['[![License](https://img.shields.io/badge/License-Apache%202.0-blue.svg)](https://x)', 'Apache-2.0', 'Apache 2.0'],
    ['![](https://img.shields.io/badge/license-BSD%203--Clause-blue.svg)', 'BSD-3-Clause', 'BSD 3-Clause'],
    ['![](https://img.shields.io/badge/License-CC0_1.0-lightgrey.svg)', 'CC0-1.0', 'CC0 1.0'],
    ['![](https://img.shields.io/badge/license-MIT-brightgreen)', 'MIT', 'MIT'],
    ['![](http://img.shields.io/:license-agpl-blue.svg)', null, 'agpl'],
    ['![](https://img.shields.io/static/v1?label=license&message=GPL%20v3&color=blue)', 'GPL-3.0', 'GPL v3'],
    ['![](https://badgen.net/badge/license/MPL-2.0/blue)', 'MPL-2.0', 'MPL-2.0'],
  ])('reads %s', (badge, expression, raw) => {
    expect(readme(`# X\n\n${badge}\n`)).toMatchObject([{ expression, raw, line: 3, source: 'README license badge' }]);
  });

  it('does not count badges that echo the host or a registry', () => {
    expect(
      readme(
        '![](https://img.shields.io/github/license/a/b)\n![](https://img.shields.io/npm/l/x.svg)\n![](https://img.shields.io/badge/build-passing-green)\n',
      ),
    ).toEqual([]);
  });
});
