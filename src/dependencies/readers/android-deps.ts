/**
 * AndroidManifest.xml: the components and meta-data keys that tie an app to Google Play services or Firebase
 * (`com.google.android.geo.API_KEY`, `com.google.firebase.MESSAGING_EVENT`, `com.google.android.gms.version`).
 * The source set gives the scope: main and release are runtime, debug and test are dev, a flavour is optional.
 */
import type { DepRef, Reader, Scope } from '../dep-ref.js';
import { xmlTags } from '../../manifests/xml-tags.js';

const NAMED_TAGS = new Set([
  'meta-data',
  'service',
  'receiver',
  'activity',
  'activity-alias',
  'provider',
  'uses-library',
  'action',
  'uses-permission',
]);
const QUALIFIED = /^[A-Za-z][\w]*(?:\.[\w]+)+$/;
const DEV_SETS = /^(?:debug|test|androidTest|testDebug|testRelease)$/;

function sourceSetScope(path: string): { scope: Scope; via?: string } {
  const set = /(?:^|\/)src\/([^/]+)\/AndroidManifest\.xml$/i.exec(path)?.[1];
  if (!set || set === 'main' || set === 'release') return { scope: 'runtime' };
  return DEV_SETS.test(set)
    ? { scope: 'dev', via: `source set ${set}` }
    : { scope: 'optional', via: `source set ${set}` };
}

export const androidManifest: Reader = (text, path) => {
  const refs: DepRef[] = [];
  const fromPath = sourceSetScope(path);
  const problem = xmlTags(text, 'manifest', (tag) => {
    const name = tag.closing || !NAMED_TAGS.has(tag.name) ? undefined : tag.attrs.get('android:name');
    if (!name || !QUALIFIED.test(name) || tag.attrs.get('tools:node') === 'remove') return;
    const optional = tag.name === 'uses-library' && tag.attrs.get('android:required') === 'false';
    const at =
      optional && fromPath.scope === 'runtime'
        ? { scope: 'optional' as const, via: 'android:required="false"' }
        : fromPath;
    refs.push({ ecosystem: 'android', name, line: tag.line, ...at });
  });
  return { refs, problem };
};
