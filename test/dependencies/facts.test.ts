import { describe, expect, it } from 'vitest';
import { DEPENDENCY_READS, dependencyFacts } from '../../src/dependencies/index.js';
import { FACT_READS } from '../../src/facts/index.js';
import { MIT_TEXT, licenseText, repo } from '../helpers.js';

const lock = JSON.stringify(
  {
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', dependencies: { 'acme-search': '^1', firebase: '^10' } },
      'node_modules/acme-search': { version: '1.0.0', license: 'SSPL-1.0' },
      'node_modules/firebase': { version: '10.0.0', license: 'Apache-2.0' },
    },
  },
  null,
  2,
);

describe('facts.dependencies', () => {
  const snapshot = repo(
    {
      'package.json': JSON.stringify({ dependencies: { 'acme-search': '^1', firebase: '^10' } }, null, 2),
      'package-lock.json': lock,
      'vendor/acme-search/LICENSE': licenseText('SSPL-1.0'),
      'vendor/other/LICENSE': MIT_TEXT,
    },
    { notes: [{ path: 'package-lock.json', reason: 'truncated' }] },
  );

  it('works each part out once and keeps it', () => {
    const facts = dependencyFacts(snapshot);
    expect(facts.scan).toBe(facts.scan);
    expect(facts.closed).toBe(facts.closed);
    expect(facts.locks).toBe(facts.locks);
    expect(facts.vendored).toBe(facts.vendored);
  });

  it('finds closed services among the manifest dependencies, and the licenses the lock states', () => {
    const facts = dependencyFacts(snapshot);
    expect(facts.scan.scanned).toEqual(['package-lock.json', 'package.json']);
    expect(facts.closed.direct.map((m) => [m.ref.name, m.service.id])).toEqual([['firebase', expect.any(String)]]);
    expect(facts.locks).toMatchObject([
      {
        path: 'package-lock.json',
        truncated: true,
        stated: [
          { name: 'acme-search', nonOpen: [{ id: 'sspl' }] },
          { name: 'firebase', nonOpen: [] },
        ],
      },
    ]);
  });

  it('leaves out vendored packages a lock file already speaks for', () => {
    expect(dependencyFacts(snapshot).vendored.map((v) => v.name)).toEqual(['other']);
  });

  it('asks the source for every file it reads', () => {
    expect(DEPENDENCY_READS.every((glob) => FACT_READS.includes(glob))).toBe(true);
  });
});
