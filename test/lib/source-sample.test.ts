import { describe, expect, it } from 'vitest';
import places from '../../src/data/declared-license-places.json' with { type: 'json' };
import { sampleSourceFiles } from '../../src/lib/source-sample.js';
import { repo } from '../helpers.js';

describe('sampleSourceFiles', () => {
  it('takes files in turn from the root and each sampled folder, leaving out deeper, minified and non-source files', () => {
    const snapshot = repo({
      'a.js': '',
      'b.js': '',
      'c.js': '',
      'src/main.ts': '',
      'src/util.ts': '',
      'lib/x.min.js': '',
      'lib/core.py': '',
      'src/deep/hidden.ts': '',
      'README.md': '',
    });
    expect(sampleSourceFiles(snapshot)).toEqual(['a.js', 'lib/core.py', 'src/main.ts', 'b.js', 'src/util.ts', 'c.js']);
  });

  it('stops at the configured number of files', () => {
    const many = Object.fromEntries(
      Array.from({ length: 100 }, (_, i) => [`src/f${String(i).padStart(3, '0')}.go`, '']),
    );
    expect(sampleSourceFiles(repo(many))).toHaveLength(places.headers.maxFiles);
  });
});
