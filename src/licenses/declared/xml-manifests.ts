/** pom.xml <licenses> and MSBuild (*.csproj, Directory.Build.props) Package* license properties, read with narrow patterns. */
import { lineAtOffset } from '../../lib/line-numbers.js';
import type { DeclaredLicense } from './model.js';
import { anyOf, record, unparseable } from './record.js';

const LICENSES_BLOCK = /<licenses\s*>([\s\S]{0,50000}?)<\/licenses\s*>/;
const LICENSE_ELEMENT = /<license\s*>([\s\S]{0,5000}?)<\/license\s*>/g;
const NAME = /<name\s*>\s*([^<]{1,300}?)\s*<\/name\s*>/;
const URL = /<url\s*>\s*([^<]{1,500}?)\s*<\/url\s*>/;
const MSBUILD = /<PackageLicense(Expression|File|Url)\s*>\s*([^<]{1,500}?)\s*<\/PackageLicense\1\s*>/g;

/** Comments out, in one pass: a lazy regex would rescan the rest of the text for every unclosed "<!--". */
function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    // Keep the comment's line breaks so line numbers still match the file.
    out += text.slice(from, open) + text.slice(open, close === -1 ? text.length : close + 3).replace(/[^\n]+/g, ' ');
    from = close === -1 ? text.length : close + 3;
  }
  return out + text.slice(from);
}

/** Narrow well-formedness: the root element opens and the text ends by closing it. */
const ROOTS = {
  project: [/<project[\s>]/, /<\/project\s*>$/],
  Project: [/<Project[\s>]/, /<\/Project\s*>$/],
} as const;
const wellFormed = (text: string, root: keyof typeof ROOTS) => ROOTS[root].every((re) => re.test(text.trimEnd()));

/** Maven: several <license> elements mean the user may choose (maven.apache.org/pom.html#Licenses). */
export function readPom(text: string, path: string): DeclaredLicense[] {
  const xml = withoutComments(text);
  if (!wellFormed(xml, 'project')) return [unparseable({ path, method: 'manifest', source: `${path} is not a Maven POM` })];
  const block = LICENSES_BLOCK.exec(xml);
  if (!block?.[1]) return [];
  const first = block[0].indexOf('<license>');
  const at = { path, line: lineAtOffset(xml, block.index + Math.max(first, 0)), method: 'manifest' as const, source: 'pom.xml licenses' };
  const readable = (value: string | undefined) => value !== undefined && Boolean(record(value, at)?.expression);
  const values = [...block[1].matchAll(LICENSE_ELEMENT)].flatMap((m) => {
    const name = NAME.exec(m[1] ?? '')?.[1];
    const url = URL.exec(m[1] ?? '')?.[1];
    // The URL decides when the name is vague ("The Apache License") and the URL is a known license page.
    const pick = readable(name) ? name : readable(url) ? url : name ?? url;
    return pick === undefined ? [] : [pick];
  });
  return anyOf(values, at);
}

export function readMsbuild(text: string, path: string): DeclaredLicense[] {
  const xml = withoutComments(text);
  if (!wellFormed(xml, 'Project')) return [unparseable({ path, method: 'manifest', source: `${path} is not an MSBuild project` })];
  return [...xml.matchAll(MSBUILD)].flatMap((m) => {
    const [kind, value] = [m[1] ?? '', m[2] ?? ''];
    const at = { path, line: lineAtOffset(xml, m.index), method: 'manifest' as const, source: `${path.split('/').pop()} PackageLicense${kind}` };
    if (kind === 'File') return [{ expression: null, raw: value, ...at, source: `${at.source}, see ${value}`, problem: 'see-file' as const }];
    return [record(value, at) ?? []].flat();
  });
}
