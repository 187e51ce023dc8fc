/**
 * .NET: `<PackageReference>` in *.csproj/*.fsproj/*.vbproj (PrivateAssets="all" marks analyzers and build
 * tools: dev; a test project, one that references Microsoft.NET.Test.Sdk, is dev throughout) and
 * packages.config (`developmentDependency="true"` is dev).
 */
import type { DepRef, Reader } from '../dep-ref.js';
import { xmlTags } from '../../manifests/xml-tags.js';

interface Pending {
  name: string;
  version?: string;
  line: number;
  dev: boolean;
}

const TEST_SDK = /^(?:Microsoft\.NET\.Test\.Sdk|xunit|NUnit|MSTest\.TestFramework)$/i;

export const msbuildProject: Reader = (text) => {
  const found: Pending[] = [];
  let open: Pending | undefined;
  let testProject = false;
  const problem = xmlTags(text, 'Project', (tag) => {
    if (tag.name === 'IsTestProject' && !tag.closing) testProject ||= tag.text.toLowerCase() === 'true';
    if (tag.name === 'PackageReference' && !tag.closing) {
      const name = tag.attrs.get('Include') ?? tag.attrs.get('Update');
      if (!name) return;
      const pending: Pending = {
        name,
        version: tag.attrs.get('Version'),
        line: tag.line,
        dev: tag.attrs.get('PrivateAssets')?.toLowerCase() === 'all',
      };
      found.push(pending);
      testProject ||= TEST_SDK.test(name);
      open = tag.selfClosing ? undefined : pending;
    } else if (tag.name === 'PackageReference') open = undefined;
    else if (open && tag.name === 'PrivateAssets' && !tag.closing) open.dev ||= tag.text.toLowerCase() === 'all';
    else if (open && tag.name === 'Version' && !tag.closing) open.version = tag.text;
  });
  const refs = found.map(({ name, version, line, dev }): DepRef => {
    const via = testProject ? 'test project' : dev ? 'PrivateAssets all' : undefined;
    return { ecosystem: 'nuget', name, version, line, scope: testProject || dev ? 'dev' : 'runtime', via };
  });
  return { refs, problem };
};

export const packagesConfig: Reader = (text) => {
  const refs: DepRef[] = [];
  const problem = xmlTags(text, 'packages', (tag) => {
    const name = tag.name === 'package' && !tag.closing ? tag.attrs.get('id') : undefined;
    if (!name) return;
    const dev = tag.attrs.get('developmentDependency') === 'true';
    refs.push({
      ecosystem: 'nuget',
      name,
      version: tag.attrs.get('version'),
      line: tag.line,
      scope: dev ? 'dev' : 'runtime',
      via: dev ? 'developmentDependency' : undefined,
    });
  });
  return { refs, problem };
};
