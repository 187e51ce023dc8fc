import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'open-license/license-sources-agree',
    indicator: '2',
    level: 'recommended',
    title: 'License files and package manifests name the same license',
    rationale: 'Reviewers question a product whose manifest says one license and whose LICENSE file says another: which one applies is then unclear.',
    remediation: 'Make the manifest license fields (package.json, pyproject.toml, publiccode.yml …) name the same SPDX license as the LICENSE file, or explain the combination in the README.',
    reads: [],
    messages: {
      agree: '{{path}} declares {{expression}}, consistent with the license file',
      conflict: '{{path}} declares {{manifest}} but {{licensePath}} is {{text}}',
      nothingToCompare: 'Only one kind of license evidence found; nothing to compare',
    },
  },
  run: ({ facts }) => {
    const { conflicts, manifests, detected } = facts.licenses;
    const hasText = detected.some((d) => d.method === 'text' || d.method === 'header');
    if (manifests.length === 0 || !hasText) return [{ outcome: 'not-applicable', messageId: 'nothingToCompare' }];
    return manifests.map((m) => {
      const conflict = conflicts.find((c) => c.manifest.path === m.path);
      return conflict
        ? {
          outcome: 'warn', messageId: 'conflict', path: m.path, line: m.line,
          data: { path: m.path, manifest: m.expression, licensePath: conflict.text.path ?? 'the license file', text: conflict.text.spdx },
        }
        : { outcome: 'pass', messageId: 'agree', path: m.path, line: m.line, data: { path: m.path, expression: m.expression } };
    });
  },
});
