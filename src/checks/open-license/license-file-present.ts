import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'open-license/license-file-present',
    indicator: '2',
    level: 'required',
    title: 'A license file is published in the repository',
    rationale:
      'Reviewers want a link that lands on the license of this project; a LICENSE file in the repository is the evidence they accept most readily.',
    remediation:
      'Add a LICENSE file at the repository root with the full text of an approved open license (for software, an OSI-approved one such as Apache-2.0, MIT or GPL-3.0); see https://choosealicense.com and https://www.digitalpublicgoods.net/submission-guide.',
    reads: [],
    messages: {
      found: 'License file {{path}}',
      unreadable: 'License file {{path}} could not be read as text ({{reason}})',
      missing: 'No LICENSE, LICENCE, COPYING, UNLICENSE or LICENSES/ file found',
    },
  },
  run: ({ repo, facts }) => {
    if (facts.licenses.files.length === 0) return [{ outcome: 'fail', messageId: 'missing' }];
    return facts.licenses.files.map((path) => {
      const note = repo.notes.find((n) => n.path === path && n.reason !== 'truncated');
      return note
        ? { outcome: 'warn', messageId: 'unreadable', path, data: { path, reason: note.reason } }
        : { outcome: 'pass', messageId: 'found', path, data: { path } };
    });
  },
});
