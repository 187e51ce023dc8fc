/**
 * Infrastructure code: Terraform resources (what a deployment provisions: hint-level at most) and Helm
 * charts (`Chart.yaml` dependencies, where a `condition:` makes one optional, and `values.yaml` images).
 */
import { bracketBalance, linesOf } from '../../manifests/lines.js';
import { yamlEntry, yamlProblem } from '../../manifests/yaml-lines.js';
import type { DepRef, Reader } from '../dep-ref.js';
import { imageRef } from './docker-deps.js';

const RESOURCE = /^\s*resource\s+"([\w-]+)"\s+"[^"]*"/;

/** Terraform `resource "type" "name"` blocks: the resource types a deployment provisions. */
export const terraform: Reader = (text) => {
  let balance = 0;
  let comment = false;
  const refs = linesOf(text).flatMap((line, i): DepRef[] => {
    if (comment || line.trimStart().startsWith('/*')) {
      comment = !line.includes('*/');
      return [];
    }
    balance += bracketBalance(line, '{', '}');
    const type = RESOURCE.exec(line)?.[1];
    return type ? [{ ecosystem: 'terraform', name: type, line: i + 1, via: 'Terraform resource' }] : [];
  });
  return { refs, problem: balance === 0 ? undefined : { line: 1, reason: 'unbalanced braces' } };
};

/** `https://charts.bitnami.com/bitnami` -> bitnami; `https://helm.elastic.co` -> elastic. */
function chartOrg(repository: string): string | undefined {
  const alias = /^(?:@|alias:)([\w-]+)$/.exec(repository.trim())?.[1];
  if (alias) return alias.toLowerCase();
  const url = /^[a-z]+:\/\/([^/]+)(\/[^?#]*)?/i.exec(repository.trim());
  if (!url?.[1]) return undefined;
  const last = url[2]?.split('/').filter(Boolean).at(-1);
  const labels = url[1].split('.');
  return (last ?? labels[labels.length - 2] ?? '').toLowerCase().replace(/charts$/, '') || undefined;
}

/** Chart.yaml `dependencies:` list items: name, repository and condition. */
export const helmChart: Reader = (text) => {
  const lines = linesOf(text);
  const items: { name?: string; org?: string; line: number; condition: boolean }[] = [];
  let inDeps = false;
  lines.forEach((line, i) => {
    const e = yamlEntry(line);
    if (!e?.key) return;
    if (e.indent === 0) {
      inDeps = e.key === 'dependencies';
      return;
    }
    if (!inDeps) return;
    if (e.item) items.push({ line: i + 1, condition: false });
    const item = items.at(-1);
    if (!item) return;
    if (e.key === 'name') [item.name, item.line] = [e.value, i + 1];
    else if (e.key === 'repository') item.org = chartOrg(e.value);
    else if (e.key === 'condition' || e.key === 'tags') item.condition = true;
  });
  const refs = items.flatMap(({ name, org, line, condition }): DepRef[] =>
    name
      ? [
          {
            ecosystem: 'helm',
            name: org ? `${org}/${name}` : name,
            line,
            scope: condition ? 'optional' : 'runtime',
            via: condition ? 'chart condition' : undefined,
          },
        ]
      : [],
  );
  return { refs, problem: yamlProblem(lines) };
};

const IMAGE_KEY = /image$/i;

/** Helm values: `image: repo:tag` strings and `image: {registry, repository, tag}` blocks. */
export const helmValues: Reader = (text) => {
  const lines = linesOf(text);
  const refs: DepRef[] = [];
  let block: { indent: number; line: number; parts: Map<string, string> } | undefined;
  const flush = () => {
    const repository = block?.parts.get('repository');
    if (block && repository) {
      const registry = block.parts.get('registry');
      const tag = block.parts.get('tag');
      refs.push(...imageRef(`${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}`, block.line));
    }
    block = undefined;
  };
  lines.forEach((line, i) => {
    const e = yamlEntry(line);
    if (!e?.key) return;
    if (block && e.indent <= block.indent) flush();
    if (block) {
      block.parts.set(e.key, e.value);
      if (e.key === 'repository') block.line = i + 1;
      return;
    }
    if (!IMAGE_KEY.test(e.key)) return;
    if (e.value === '') block = { indent: e.indent, line: i + 1, parts: new Map() };
    else if (!e.value.startsWith('{')) refs.push(...imageRef(e.value, i + 1));
  });
  flush();
  return { refs, problem: yamlProblem(lines) };
};
