import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { RepoFile, RepoSnapshot } from '../../model/snapshot.js';
import { filesIn, globsOf } from '../../lib/paths.js';
import { parseDoc, proseLength } from '../../lib/markdown.js';
import signals from '../../data/documentation-signals.json' with { type: 'json' };

const messages = {
  found: 'README of {{size}} bytes, {{chars}} characters of prose',
  short:
    'The README holds only {{chars}} characters of prose (under {{min}}): a title and badges do not document the project',
  unreadable: '{{path}} could not be read as text ({{reason}})',
  missing: 'No README at the repository root',
};

type Message = keyof typeof messages;

function unreadableReason(repo: RepoSnapshot, path: string): string | undefined {
  const note = repo.notes.find((n) => n.path === path && n.reason !== 'truncated');
  if (note) return note.reason;
  return repo.texts.has(path) ? undefined : 'text not read';
}

function judge(file: RepoFile, chars: number): Finding<Message> {
  const data = { path: file.path, size: file.size, chars, min: signals.minProseChars };
  return chars < signals.minProseChars
    ? { outcome: 'warn', messageId: 'short', path: file.path, data }
    : { outcome: 'pass', messageId: 'found', path: file.path, data };
}

export default defineCheck({
  meta: {
    id: 'documentation/readme-present',
    indicator: '5',
    level: 'required',
    title: 'A substantive README is published at the repository root',
    rationale:
      'The README is the first documentation reviewers open; the DPGA rejects projects whose documentation is missing, a few images or a placeholder.',
    remediation:
      'Add a README.md at the repository root that says what the project does, who it is for, how to install and run it, and where the fuller documentation lives; see https://www.makeareadme.com.',
    reads: [...globsOf('rootReadme')],
    messages,
  },
  run: ({ repo }) => {
    const files = filesIn(repo, 'rootReadme');
    if (files.length === 0) return [{ outcome: 'fail', messageId: 'missing' }];
    const readable = files
      .filter((f) => unreadableReason(repo, f.path) === undefined)
      .map((file) => ({ file, chars: proseLength(parseDoc(repo.texts.get(file.path) ?? '', file.path)) }))
      .sort((a, b) => b.chars - a.chars);
    const best = readable[0];
    if (best) return [judge(best.file, best.chars)];
    return files.map((f) => ({
      outcome: 'warn',
      messageId: 'unreadable',
      path: f.path,
      data: { path: f.path, reason: unreadableReason(repo, f.path) },
    }));
  },
});
