/**
 * Renders the dpg.yml that `dpg-check init` writes: every question as a comment in our own words, the
 * answers the repository already gives filled in, and `~  # TODO` where only the owner can answer.
 * Repository text only ever lands in JSON-quoted values, never in comments, so it cannot break the YAML.
 */
import type { InitFacts } from './init-facts.js';
import { QUESTIONS, type Answer, type Question } from './questions.js';

export function renderInit(facts: InitFacts, schemaUrl: string): string {
  const found = foundAnswers(facts);
  const header = [
    `# yaml-language-server: $schema=${schemaUrl}`,
    '# Answers to the Digital Public Goods Standard questions only the owner can settle, checked by dpg-check.',
    '# Written by `dpg-check init`: values already filled come from the repository, so check them.',
    '# Replace each `~  # TODO` with your answer; an empty answer counts as not answered yet.',
    '',
  ];
  return [...header, ...QUESTIONS.flatMap((q) => renderQuestion(q, '', 0, found))].join('\n').concat('\n');
}

function foundAnswers(facts: InitFacts): Map<string, Answer> {
  const pc = facts.publiccode;
  const entries: [string, Answer | undefined][] = [
    ['name', facts.name],
    ['description', pc.description],
    ['website', pc.website],
    ['license', facts.license ? [{ ...facts.license }] : undefined],
    ['organizations', facts.owners.length > 0 ? facts.owners.map((o) => ({ ...o })) : undefined],
    ['clearOwnership.copyrightURL', facts.ownershipPath],
    [
      'documentation.documentationURL',
      nonEmpty([...(pc.documentation?.documentationURL ?? []), ...facts.documentation]),
    ],
    ['privacy.adherenceSteps', nonEmpty(facts.privacy)],
    ['doNoHarm.inappropriateIllegalContent.policyGuidelinesDocumentationLink', facts.contentPolicy[0]],
    ['doNoHarm.protectionFromHarassment.harassmentProtectionSteps', nonEmpty(facts.codeOfConduct)],
  ];
  return new Map(entries.filter((e): e is [string, Answer] => e[1] !== undefined));
}

function nonEmpty(list: readonly string[]): readonly string[] | undefined {
  return list.length > 0 ? [...new Set(list)] : undefined;
}

function renderQuestion(q: Question, prefix: string, depth: number, found: Map<string, Answer>): string[] {
  const indent = '  '.repeat(depth);
  const field = prefix ? `${prefix}.${q.key}` : q.key;
  const comment = q.ask.split('\n').map((line) => `${indent}# ${line}`);
  if (q.children) {
    return [
      ...(depth === 0 ? [''] : []),
      ...comment,
      `${indent}${q.key}:`,
      ...q.children.flatMap((c) => renderQuestion(c, field, depth + 1, found)),
    ];
  }
  const answer = found.get(field);
  return [...comment, ...renderAnswer(q.key, answer, indent)];
}

function renderAnswer(key: string, answer: Answer | undefined, indent: string): string[] {
  if (answer === undefined) return [`${indent}${key}: ~  # TODO`];
  if (typeof answer === 'string') return [`${indent}${key}: ${quote(answer)}`];
  const items = answer.map((item) =>
    typeof item === 'string' ? [`${indent}  - ${quote(item)}`] : mappingItem(item, `${indent}  `),
  );
  return [`${indent}${key}:`, ...items.flat()];
}

function mappingItem(item: Readonly<Record<string, string>>, indent: string): string[] {
  return Object.entries(item).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${quote(v)}`);
}

/** JSON strings are valid YAML double-quoted scalars: control characters and quotes come out escaped. */
function quote(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
