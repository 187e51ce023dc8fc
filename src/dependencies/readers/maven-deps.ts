/** Maven pom.xml: `<scope>test</scope>` and plugin dependencies are dev, `<optional>true</optional>` is optional. */
import type { DepRef, Reader, Scope } from '../dep-ref.js';
import { xmlTags } from '../../manifests/xml-tags.js';

interface PomDependency {
  group?: string;
  artifact?: string;
  version?: string;
  scope?: string;
  optional?: boolean;
  line: number;
}

const POM_FIELDS: Readonly<Record<string, keyof PomDependency>> = {
  groupId: 'group',
  artifactId: 'artifact',
  version: 'version',
  scope: 'scope',
  optional: 'optional',
};

/** pom.xml `<dependency>` elements; those of `<dependencyManagement>` are versions, not dependencies, and plugin ones are build tooling. */
export const pomXml: Reader = (text) => {
  const refs: DepRef[] = [];
  const open = { management: 0, plugin: 0 };
  let dep: PomDependency | undefined;
  const problem = xmlTags(text, 'project', (tag) => {
    const step = tag.selfClosing ? 0 : tag.closing ? -1 : 1;
    if (tag.name === 'dependencyManagement') open.management += step;
    else if (tag.name === 'plugin' || tag.name === 'extension') open.plugin += step;
    else if (tag.name === 'dependency' && !tag.closing) dep = { line: tag.line };
    else if (tag.name === 'dependency' && dep) {
      if (open.management === 0) refs.push(...pomRef(dep, open.plugin > 0));
      dep = undefined;
    } else if (dep && !tag.closing && POM_FIELDS[tag.name]) setPomField(dep, tag.name, tag.text, tag.line);
  });
  const unclosed = dep ? { line: dep.line, reason: '<dependency> is not closed' } : undefined;
  return { refs, problem: problem ?? unclosed };
};

function setPomField(dep: PomDependency, tag: string, text: string, line: number): void {
  const field = POM_FIELDS[tag];
  if (field === 'optional') dep.optional = text === 'true';
  else if (field === 'artifact') [dep.artifact, dep.line] = [text, line];
  else if (field && field !== 'line') dep[field] = text;
}

function pomRef(dep: PomDependency, plugin: boolean): DepRef[] {
  if (!dep.group || !dep.artifact || dep.scope === 'import') return [];
  const scope: Scope = plugin || dep.scope === 'test' ? 'dev' : dep.optional ? 'optional' : 'runtime';
  const via = plugin
    ? 'build plugin'
    : dep.scope === 'test'
      ? 'scope test'
      : dep.optional
        ? '<optional>true</optional>'
        : undefined;
  return [
    { ecosystem: 'maven', name: `${dep.group}:${dep.artifact}`, version: dep.version, line: dep.line, scope, via },
  ];
}
