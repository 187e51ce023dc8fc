/**
 * License files of vendored packages (vendor/<a>/LICENSE, vendor/<a>/<b>/COPYING, third_party/…), one or
 * two folders deep: identified with the project's license-text engine, then checked against the list.
 */
import data from '../../data/non-open-licenses.json' with { type: 'json' };
import { identifyLicenseTexts } from '../../licenses/text/index.js';
import { pathMatcher } from '../../lib/paths.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { nonOpenInText, nonOpenLicenses, type NonOpen } from './non-open.js';

export interface VendoredLicense {
  readonly path: string;
  /** The vendor folder: `vendor`, `third_party`. */
  readonly folder: string;
  /** The package, as the folder names it: `guzzlehttp/guzzle`, `zlib`. */
  readonly name: string;
  /** SPDX ids the engine identified, and the non-open licenses found. Both empty: not identified. */
  readonly ids: readonly string[];
  readonly nonOpen: readonly NonOpen[];
  /** As shown: `SSPL-1.0`, `MIT with Commons Clause`, `the Confluent Community License text`. */
  readonly license: string;
}

const FILES = ['LICEN[CS]E*', 'COPYING*'];
export const VENDOR_GLOBS: readonly string[] = data.vendorFolders.flatMap((folder) =>
  FILES.flatMap((file) => [`${folder}/*/${file}`, `${folder}/*/*/${file}`]),
);

const isVendoredLicense = pathMatcher(VENDOR_GLOBS);

export function vendoredLicenses(repo: RepoSnapshot): VendoredLicense[] {
  return repo.files.flatMap(({ path }) => {
    const text = isVendoredLicense(path) ? repo.texts.get(path) : undefined;
    if (text === undefined) return [];
    const segments = path.split('/');
    const ids = identifyLicenseTexts(text).map((m) => m.spdx);
    const name = segments.slice(1, -1).join('/');
    const nonOpen = nonOpenInText(ids, text);
    return [{ path, folder: segments[0] ?? '', name, ids, nonOpen, license: shown(ids, nonOpen) }];
  });
}

function shown(ids: readonly string[], nonOpen: readonly NonOpen[]): string {
  const names = nonOpen.map((n) => n.name).join(' and ');
  if (ids.length === 0) return names ? `the ${names} text` : 'an unidentified license text';
  return nonOpen.length === 0 || ids.some((id) => nonOpenLicenses(id).length > 0)
    ? ids.join(' + ')
    : `${ids.join(' + ')} with ${names}`;
}
