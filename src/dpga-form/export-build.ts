/**
 * Builds the DPGA application from the declared answers and the repository: the nominee and screening
 * documents in the DPGA's own shapes, every in-repository link pinned to a commit, and the list of
 * required answers still missing. Pure: the command does the I/O.
 */
import type { Declaration, DeclaredAnswers } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';
import type { LicenseFacts } from '../licenses/project/index.js';
import { pointerToPath } from '../declarations/schema-errors.js';
import { fileUrl, pinLinks, type RepoOrigin } from './absolute-links.js';
import { formLicenseIds, requiredAnswers, schemaProblems, type DpgaPart } from './dpga-schemas.js';

export interface Application {
  readonly generator: string;
  readonly repository: { readonly url: string | null; readonly commit: string | null };
  readonly nominee: Record<string, unknown>;
  readonly screening: Record<string, unknown>;
  /** dpg.yml fields the DPGA requires that are not answered yet ("Unknown" counts as not answered). */
  readonly missingAnswers: readonly string[];
}

export interface ExportResult {
  readonly application: Application;
  /** Answers the DPGA schemas reject (wrong type, a license id the form does not list). */
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

const SCREENING_FIELDS = [
  'name',
  'clearOwnership',
  'platformIndependence',
  'documentation',
  'NonPII',
  'privacy',
  'standards',
  'doNoHarm',
  'locations',
] as const;

export interface ExportInput {
  readonly declared: DeclaredAnswers | undefined;
  readonly repo: RepoSnapshot;
  readonly licenses: LicenseFacts;
  readonly origin: RepoOrigin | undefined;
  readonly generator: string;
}

export function buildApplication(input: ExportInput): ExportResult {
  const { answers, warnings } = pinLinks(input.declared?.answers ?? {}, input.repo, input.origin);
  const nominee = compact({
    name: answers.name,
    description: answers.description,
    website: answers.website,
    license: licensesOf(answers, input),
    SDGs: answers.SDGs,
    type: answers.type,
    organizations: answers.organizations,
    repositories: input.origin
      ? [{ name: input.origin.url.split('/').pop() ?? input.repo.meta.name, url: input.origin.url }]
      : undefined,
    stage: 'nominee',
  });
  const screening = compact(Object.fromEntries(SCREENING_FIELDS.map((f) => [f, answers[f]])));
  const missing = [
    ...new Set([
      ...missingIn('nominee', nominee),
      ...missingLicenseUrls(nominee),
      ...missingIn('screening', screening),
    ]),
  ];
  const problems = [...problemsIn('nominee', nominee), ...problemsIn('screening', screening)];
  const repository = { url: input.origin?.url ?? null, commit: input.origin?.commit ?? input.repo.target.commit };
  return {
    application: { generator: input.generator, repository, nominee, screening, missingAnswers: missing },
    problems,
    warnings,
  };
}

/** Declared licenses, else the detected expression; ids as the DPGA form lists them (GPL-3.0-only -> GPL-3.0). */
function licensesOf(answers: Declaration, input: ExportInput): Record<string, string>[] | undefined {
  const declared = answers.license?.map((l) => ({ spdx: l.spdx, licenseURL: l.licenseURL }));
  const expression = input.licenses.expression;
  const detected = expression
    ? [...idsIn(expression)].map((spdx) => ({ spdx, licenseURL: licenseFileUrl(input) }))
    : undefined;
  const list = declared ?? detected;
  if (!list || list.length === 0) return undefined;
  return list.map(
    ({ spdx, licenseURL }) =>
      compact({ spdx: formId(spdx), licenseURL: licenseURL ?? licenseFileUrl(input) }) as Record<string, string>,
  );
}

function idsIn(expression: string): Set<string> {
  return new Set(
    expression
      .split(/\s+(?:OR|AND)\s+|\s+WITH\s+\S+|[()]/i)
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** The form's list predates the -only/-or-later ids; an id it lacks stays as written and is reported as a problem. */
function formId(spdx: string): string {
  const ids = formLicenseIds();
  const legacy = spdx.replace(/-(?:only|or-later)$|\+$/i, '');
  return !ids.has(spdx) && ids.has(legacy) ? legacy : spdx;
}

function licenseFileUrl(input: ExportInput): string | undefined {
  const path = input.licenses.detected.find((d) => d.method === 'text' && d.path !== null)?.path;
  if (!path) return undefined;
  return input.origin ? fileUrl(input.origin, path, true) : path;
}

function missingIn(part: DpgaPart, document: Record<string, unknown>): string[] {
  return requiredAnswers(part)
    .filter((field) => field !== 'stage')
    .filter((field) => {
      const value = field
        .split('.')
        .reduce<unknown>(
          (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
          document,
        );
      return value === undefined || value === 'Unknown' || (Array.isArray(value) && value.length === 0);
    });
}

function missingLicenseUrls(nominee: Record<string, unknown>): string[] {
  const list = Array.isArray(nominee['license']) ? (nominee['license'] as Record<string, unknown>[]) : [];
  return list.flatMap((l, i) => (l['licenseURL'] === undefined ? [`license[${i}].licenseURL`] : []));
}

function problemsIn(part: DpgaPart, document: Record<string, unknown>): string[] {
  return schemaProblems(part, document).map((e) => {
    const where = pointerToPath(e.instancePath) || 'the document';
    return e.keyword === 'enum'
      ? `${part}: ${where} "${String(e.data)}" is not a choice the DPGA form offers`
      : `${part}: ${where} ${e.message ?? 'is invalid'}`;
  });
}

/** Drops undefined values, so absent answers are absent in the JSON rather than null. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
