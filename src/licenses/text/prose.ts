/**
 * A short license file that names its license in a sentence instead of holding its text: "you may
 * redistribute it under the terms of GNU [GPL-3.0]+ license", the name often a Markdown link. The name
 * is read as a README's would be; nothing else in the file may have been identified.
 */
import rules from '../../data/license-text-rules.json' with { type: 'json' };
import { scanNames } from '../declared/names.js';
import type { LicenseTextMatch } from './index.js';

const GRANT = new RegExp(rules.proseGrant.pattern, 'gi');
const INLINE_LINK = /\[([^\]\n]{1,80})\]\([^)\s]{1,300}\)/g;
const REFERENCE = /\[([^\]\n]{1,80})\](?!\s*[:(])/g;
const MAX_GRANTS = 5;

/** "[GPL-3.0]+" and "[GPL-3.0](https://…)" read as "GPL-3.0+" and "GPL-3.0"; line breaks stay where they were. */
function withoutLinkMarkup(text: string): string {
  return text.replace(INLINE_LINK, '$1').replace(REFERENCE, '$1');
}

export function proseGrants(text: string): LicenseTextMatch[] {
  if (text.length > rules.proseGrant.maxChars) return [];
  const plain = withoutLinkMarkup(text);
  const found: LicenseTextMatch[] = [];
  for (const m of plain.matchAll(GRANT)) {
    if (found.length >= MAX_GRANTS) break;
    const name = (m[1] ?? '').replace(/\s+/g, ' ');
    const spdx = scanNames(`${name} license`).find((h) => h.spdx !== null)?.spdx;
    if (!spdx || found.some((f) => f.spdx === spdx)) continue;
    const line = plain.slice(0, m.index).split('\n').length;
    const choice = /-or-later$/.test(spdx)
      ? { versionChoice: 'or-later' as const }
      : /-only$/.test(spdx)
        ? { versionChoice: 'only' as const }
        : {};
    found.push({ spdx, confidence: rules.proseGrant.confidence, line, kind: 'notice', modified: false, ...choice });
  }
  return found;
}
