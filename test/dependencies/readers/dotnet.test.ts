import { describe, expect, it } from 'vitest';
import { msbuildProject, packagesConfig } from '../../../src/dependencies/readers/dotnet-deps.js';
import { scanManifests } from '../../../src/dependencies/scan.js';
import { repo } from '../../helpers.js';

const CSPROJ = `<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Azure.Cosmos" Version="3.37.0" />
    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.0" />
    <PackageReference Include="StyleCop.Analyzers" Version="1.1.118" PrivateAssets="all" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Tools">
      <Version>8.0.0</Version>
      <PrivateAssets>all</PrivateAssets>
      <IncludeAssets>runtime; build; native; contentfiles; analyzers</IncludeAssets>
    </PackageReference>
    <PackageReference Include="Twilio">
      <Version>7.0.0</Version>
    </PackageReference>
    <!-- <PackageReference Include="SendGrid" Version="9.28.1" /> -->
    <ProjectReference Include="..\\Core\\Core.csproj" />
  </ItemGroup>
</Project>
`;

describe('*.csproj', () => {
  it('PackageReference with attribute or element versions; PrivateAssets all is dev; comments skipped', () => {
    const parsed = msbuildProject(CSPROJ, 'src/Api/Api.csproj');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope, r.line])).toEqual([
      ['Microsoft.Azure.Cosmos', '3.37.0', 'runtime', 8],
      ['Npgsql.EntityFrameworkCore.PostgreSQL', '8.0.0', 'runtime', 9],
      ['StyleCop.Analyzers', '1.1.118', 'dev', 10],
      ['Microsoft.EntityFrameworkCore.Tools', '8.0.0', 'dev', 11],
      ['Twilio', '7.0.0', 'runtime', 16],
    ]);
  });

  it('a test project is dev throughout (by its test SDK, or by its name)', () => {
    const tests =
      '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.8.0" />\n    <PackageReference Include="Microsoft.Azure.Cosmos" Version="3.37.0" />\n  </ItemGroup>\n</Project>\n';
    expect(msbuildProject(tests, 'src/Api.Integration/Api.Integration.csproj').refs.map((r) => r.scope)).toEqual([
      'dev',
      'dev',
    ]);
    const { refs } = scanManifests(repo({ 'src/Api.Tests/Api.Tests.csproj': CSPROJ }));
    expect(new Set(refs.map((r) => r.scope))).toEqual(new Set(['dev']));
  });

  it('reports a file whose root is not <Project>', () => {
    expect(msbuildProject('<?xml version="1.0"?>\n<packages />\n', 'App.csproj').problem).toEqual({
      line: 1,
      reason: 'the root element is <packages>, not <Project>',
    });
  });
});

describe('packages.config', () => {
  it('package ids; developmentDependency="true" is dev', () => {
    const config =
      '<?xml version="1.0" encoding="utf-8"?>\n<packages>\n  <package id="Twilio" version="5.81.0" targetFramework="net48" />\n  <package id="Microsoft.CodeAnalysis.NetAnalyzers" version="8.0.0" targetFramework="net48" developmentDependency="true" />\n</packages>\n';
    const parsed = packagesConfig(config, 'packages.config');
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope, r.line])).toEqual([
      ['Twilio', '5.81.0', 'runtime', 3],
      ['Microsoft.CodeAnalysis.NetAnalyzers', '8.0.0', 'dev', 4],
    ]);
  });

  it('reports a file that is not XML', () => {
    expect(packagesConfig('Twilio 5.81.0\n', 'packages.config').problem).toEqual({
      line: 1,
      reason: 'no XML elements',
    });
  });
});
