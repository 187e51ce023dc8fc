/** composer.lock (`packages` vs `packages-dev`, with their licenses) and Pipfile.lock (`default` vs `develop`). */
import { jsonScalar, scanJsonLines } from '../../manifests/json-positions.js';
import type { DepRef, Ecosystem, Reader, Scope } from '../dep-ref.js';

/** composer.lock: every installed package; `packages-dev` ones are dev. Licenses are kept for the license check. */
export const composerLock: Reader = (text) => {
  const refs: DepRef[] = [];
  const problem = scanJsonLines(text, ({ path, key, value, line }) => {
    const scope = SECTIONS[path[0] ?? ''];
    if (!scope || path[1] !== '#') return;
    const last = refs.at(-1);
    if (path.length === 2 && key === 'name')
      refs.push({ ecosystem: 'composer', name: jsonScalar(value), line, scope, transitive: true });
    else if (last && path.length === 2 && key === 'version')
      refs[refs.length - 1] = { ...last, version: jsonScalar(value) };
    else if (last && isLicense(path, key, value))
      refs[refs.length - 1] = { ...last, license: joinLicense(last.license, jsonScalar(value)) };
  });
  return { refs, problem };
};

const SECTIONS: Readonly<Record<string, Scope>> = { packages: 'runtime', 'packages-dev': 'dev' };

const isLicense = (path: readonly string[], key: string, value: string): boolean =>
  (path.length === 2 && key === 'license' && value.includes('"')) ||
  (path.length === 3 && path[2] === 'license' && key === '#');

const joinLicense = (before: string | undefined, next: string): string => (before ? `${before} OR ${next}` : next);

/** A JSON lock whose top-level sections map package names to objects: Pipfile.lock `default`/`develop`. */
const sectionLock =
  (ecosystem: Ecosystem, sections: Readonly<Record<string, Scope>>): Reader =>
  (text) => {
    const refs: DepRef[] = [];
    const problem = scanJsonLines(text, ({ path, key, value, line }) => {
      const scope = path.length === 1 ? sections[path[0] ?? ''] : undefined;
      if (scope && value.startsWith('{')) refs.push({ ecosystem, name: key, line, scope, transitive: true });
      const last = refs.at(-1);
      if (last && path.length === 2 && path[1] === last.name && key === 'version')
        refs[refs.length - 1] = { ...last, version: jsonScalar(value) };
    });
    return { refs, problem };
  };

export const pipfileLock = sectionLock('pypi', { default: 'runtime', develop: 'dev' });
