/** Declared answers as claims: every link-valued answer with its field path, and where a claim is written. Pure. */
import type { AnswerLocation, Declaration, DeclaredAnswers } from '../model/declaration.js';

export interface DeclaredLink {
  /** Dotted field path, e.g. "SDGs[0].evidenceURL". */
  readonly field: string;
  readonly value: string;
}

/** Answers that are links (or lists of links and text), by field path; where the DPGA asks for evidence. */
const LINK_FIELDS: readonly string[] = [
  'website',
  'SDGs[].evidenceURL',
  'license[].licenseURL',
  'clearOwnership.copyrightURL',
  'documentation.documentationURL[]',
  'privacy.adherenceSteps[]',
  'standards.evidenceStandardSupport[]',
  'doNoHarm.preventHarm.additionalInfoMechanismProcessesPolicies',
  'doNoHarm.inappropriateIllegalContent.policyGuidelinesDocumentationLink',
  'doNoHarm.inappropriateIllegalContent.illegalContentDetectionMechanism',
  'doNoHarm.protectionFromHarassment.harassmentProtectionSteps[]',
];

export function declaredLinks(
  declaration: Declaration | undefined,
  fields: readonly string[] = LINK_FIELDS,
): DeclaredLink[] {
  if (!declaration) return [];
  return fields.flatMap((pattern) => valuesAt(declaration, pattern.split('.'), ''));
}

function valuesAt(node: unknown, segments: readonly string[], prefix: string): DeclaredLink[] {
  const [head, ...rest] = segments;
  if (head === undefined) return typeof node === 'string' ? [{ field: prefix, value: node }] : [];
  if (typeof node !== 'object' || node === null) return [];
  const key = head.replace(/\[\]$/, '');
  const child = (node as Record<string, unknown>)[key];
  const path = prefix ? `${prefix}.${key}` : key;
  if (!head.endsWith('[]')) return valuesAt(child, rest, path);
  return Array.isArray(child) ? child.flatMap((item, i) => valuesAt(item, rest, `${path}[${i}]`)) : [];
}

/** Where a claim is written: the field itself, else its nearest written parent. */
export function claimAt(declared: DeclaredAnswers | undefined, field: string): AnswerLocation | undefined {
  return declared?.locations && locationAt(declared.locations, field);
}

/** The same lookup on a bare map of locations. */
export function locationAt(locations: ReadonlyMap<string, AnswerLocation>, field: string): AnswerLocation | undefined {
  for (let f = field; f !== ''; f = parentOf(f)) {
    const location = locations.get(f);
    if (location) return location;
  }
  return undefined;
}

function parentOf(field: string): string {
  const cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
  return cut <= 0 ? '' : field.slice(0, cut);
}

/** "dpg.yml:12" for messages that name the claim while the finding cites the repository file. */
export function claimLabel(declared: DeclaredAnswers | undefined, field: string): string {
  const at = claimAt(declared, field);
  return at ? `${at.path}:${at.line}` : (declared?.path ?? 'dpg.yml');
}
