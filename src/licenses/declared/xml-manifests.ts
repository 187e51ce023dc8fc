/** pom.xml <licenses> and MSBuild (*.csproj, Directory.Build.props) Package* license properties, read from the tags of the file. */
import { xmlTags, type XmlTag } from '../../manifests/xml-tags.js';
import type { DeclaredLicense } from './model.js';
import { anyOf, record, unparseable } from './record.js';

const MAX_NAME = 300;
const MAX_URL = 500;
const MAX_PROPERTY = 500;
const PROPERTY = /^PackageLicense(Expression|File|Url)$/;

/**
 * The tags of a whole document whose root element is `root` (case as written); undefined when the root is
 * another one or the text stops before closing it, as a truncated file does.
 */
function documentTags(text: string, root: string): XmlTag[] | undefined {
  const tags: XmlTag[] = [];
  const problem = xmlTags(text, root, (tag) => tags.push(tag));
  const last = tags.at(-1);
  const closed =
    last !== undefined && last.closing && last.name === root && last.text === '' && last.end === text.length;
  return problem === undefined && tags[0]?.name === root && closed ? tags : undefined;
}

/** The text of an element that holds only text (`<name>MIT</name>`), when it is no longer than `max`. */
function textOf(tags: readonly XmlTag[], i: number, max: number): string | undefined {
  const [open, close] = [tags[i], tags[i + 1]];
  if (!open || open.closing || open.selfClosing || !close?.closing || close.name !== open.name) return undefined;
  return open.text !== '' && open.text.length <= max ? open.text : undefined;
}

interface PomLicense {
  name?: string;
  url?: string;
}

/** The <license> elements of the first <licenses> block, and the line of its first <license> (or of the block). */
function pomLicenses(tags: readonly XmlTag[]): { line: number; licenses: PomLicense[] } | undefined {
  const start = tags.findIndex((t) => t.name === 'licenses' && !t.closing && !t.selfClosing);
  const block = tags[start];
  if (!block) return undefined;
  const licenses: PomLicense[] = [];
  let line: number | undefined;
  let open: PomLicense | undefined;
  for (let i = start + 1; i < tags.length; i++) {
    const tag = tags[i] as XmlTag;
    if (tag.name === 'licenses' && tag.closing) return { line: line ?? block.line, licenses };
    if (tag.name === 'license' && !tag.selfClosing) {
      if (tag.closing && open) licenses.push(open);
      if (!tag.closing) line ??= tag.line;
      // A <license> inside an unclosed one belongs to it, as the first </license> closes both.
      open = tag.closing ? undefined : (open ?? {});
    } else if (open && tag.name === 'name') open.name ??= textOf(tags, i, MAX_NAME);
    else if (open && tag.name === 'url') open.url ??= textOf(tags, i, MAX_URL);
  }
  // A block never closed is not read: the file was cut inside it.
  return undefined;
}

/** Maven: several <license> elements mean the user may choose (maven.apache.org/pom.html#Licenses). */
export function readPom(text: string, path: string): DeclaredLicense[] {
  const tags = documentTags(text, 'project');
  if (!tags) return [unparseable({ path, method: 'manifest', source: `${path} is not a Maven POM` })];
  const block = pomLicenses(tags);
  if (!block) return [];
  const at = { path, line: block.line, method: 'manifest' as const, source: 'pom.xml licenses' };
  const readable = (value: string | undefined) => value !== undefined && Boolean(record(value, at)?.expression);
  const values = block.licenses.flatMap(({ name, url }) => {
    // The URL decides when the name is vague ("The Apache License") and the URL is a known license page.
    const pick = readable(name) ? name : readable(url) ? url : (name ?? url);
    return pick === undefined ? [] : [pick];
  });
  return anyOf(values, at);
}

export function readMsbuild(text: string, path: string): DeclaredLicense[] {
  const tags = documentTags(text, 'Project');
  if (!tags) return [unparseable({ path, method: 'manifest', source: `${path} is not an MSBuild project` })];
  return tags.flatMap((tag, i) => {
    const kind = PROPERTY.exec(tag.name)?.[1];
    // Plain properties only: one with a Condition="…" is the license of some builds, not of the package.
    const value = kind !== undefined && tag.attrs.size === 0 ? textOf(tags, i, MAX_PROPERTY) : undefined;
    if (kind === undefined || value === undefined) return [];
    const at = {
      path,
      line: tag.line,
      method: 'manifest' as const,
      source: `${path.split('/').pop()} PackageLicense${kind}`,
    };
    if (kind === 'File')
      return [
        { expression: null, raw: value, ...at, source: `${at.source}, see ${value}`, problem: 'see-file' as const },
      ];
    return [record(value, at) ?? []].flat();
  });
}
