import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/standards-best-practices/standards-declared.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const EMPTY = repo({ 'README.md': '# x' });
const standards = (s: NonNullable<Declaration['standards']>): Declaration => ({ standards: s });
const YES_BOTH = {
  supportStandards: 'Yes',
  implementBestPractices: 'Yes',
  bestPracticesList: ['Principles for Digital Development'],
} as const;

describe('standards-best-practices/standards-declared', () => {
  it('needs review naming both dpg.yml fields when nothing is declared', () => {
    const findings = runCheck(check, EMPTY);
    expect(findings.map((f) => [f.outcome, f.messageId, f.data?.answerField, f.data?.value])).toEqual([
      ['needs-review', 'undeclared', 'supportStandards', 'missing'],
      ['needs-review', 'undeclared', 'implementBestPractices', 'missing'],
    ]);
  });

  it('needs review when an answer is Unknown', () => {
    const findings = runCheck(check, EMPTY, standards({ supportStandards: 'Unknown', implementBestPractices: 'No' }));
    expect(findings.map((f) => [f.outcome, f.messageId, f.data?.value])).toEqual([
      ['needs-review', 'undeclared', 'Unknown'],
      ['not-applicable', 'declaredNo', undefined],
    ]);
  });

  it('passes each declared standard and practice, with the evidence links', () => {
    const decl = standards({
      ...YES_BOTH,
      standardsList: ['JSON', 'HTTPS'],
      evidenceStandardSupport: ['https://example.org/conformance'],
    });
    expect(runCheck(check, EMPTY, decl).map((f) => [f.outcome, f.messageId, f.data?.name ?? f.url])).toEqual([
      ['pass', 'declared', 'JSON'],
      ['pass', 'declared', 'HTTPS'],
      ['pass', 'evidence', 'https://example.org/conformance'],
      ['pass', 'declared', 'Principles for Digital Development'],
    ]);
  });

  it('warns when the declared standards have no evidence links', () => {
    const decl = standards({
      ...YES_BOTH,
      standardsList: ['JSON'],
      evidenceStandardSupport: ['We follow JSON everywhere'],
    });
    const findings = runCheck(check, EMPTY, decl);
    expect(findings).toContainEqual({ outcome: 'warn', messageId: 'noEvidence', data: { names: 'JSON' } });
    expect(outcomeOf(check, EMPTY, decl)).toBe('warn');
  });

  it.each([
    [{ supportStandards: 'Yes', standardsList: [], implementBestPractices: 'No' }, 'supportStandards'],
    [{ supportStandards: 'No', implementBestPractices: 'Yes', bestPracticesList: [' '] }, 'implementBestPractices'],
  ] as const)('warns when Yes comes with an empty list: %o', (s, field) => {
    const findings = runCheck(check, EMPTY, standards(s));
    expect(findings).toContainEqual(
      expect.objectContaining({
        outcome: 'warn',
        messageId: 'emptyList',
        data: expect.objectContaining({ answerField: field }),
      }),
    );
  });

  it('fails when the owner declares neither standards nor best practices', () => {
    expect(runCheck(check, EMPTY, standards({ supportStandards: 'No', implementBestPractices: 'No' }))).toEqual([
      { outcome: 'fail', messageId: 'neither' },
    ]);
  });

  it('passes best practices alone when no open standard is claimed', () => {
    const decl = standards({
      supportStandards: 'No',
      implementBestPractices: 'Yes',
      bestPracticesList: ['OpenSSF Best Practices'],
    });
    expect(outcomeOf(check, EMPTY, decl)).toBe('pass');
  });

  describe('cross-checks declared standards against the repository', () => {
    const claim = (...list: string[]) =>
      standards({ ...YES_BOTH, standardsList: list, evidenceStandardSupport: ['https://example.org/x'] });
    const traces = (files: Record<string, string>, ...list: string[]) =>
      runCheck(check, repo(files), claim(...list))
        .filter((f) => f.messageId === 'traced' || f.messageId === 'untraced')
        .map((f) => [f.outcome, f.data?.standard, f.path, f.line]);

    it.each([
      [
        { 'api/openapi.yaml': 'openapi: 3.0.0' },
        ['OpenAPI 3'],
        ['pass', 'OpenAPI / AsyncAPI', 'api/openapi.yaml', undefined],
      ],
      [
        { 'package.json': '{\n  "dependencies": {\n    "fhir-kit-client": "1.9.0"\n  }\n}' },
        ['HL7 FHIR R4'],
        ['pass', 'HL7 FHIR', 'package.json', 3],
      ],
      [
        { 'package.json': '{\n  "devDependencies": { "eslint-plugin-jsx-a11y": "6" }\n}' },
        ['WCAG 2.1 AA'],
        ['pass', 'WCAG (accessibility)', 'package.json', 2],
      ],
      [
        { 'requirements.txt': 'django==4.2\nPyJWT==2.8.0\n' },
        ['JWT'],
        ['pass', 'JSON Web Token (JWT)', 'requirements.txt', 2],
      ],
      [
        { 'src/auth/keycloak.ts': 'x' },
        ['OAuth 2.0'],
        ['pass', 'OAuth 2 / OpenID Connect', 'src/auth/keycloak.ts', undefined],
      ],
    ])('traces a declared standard: %o', (files, list, expected) => {
      expect(traces(files, ...list)).toEqual([expected]);
    });

    it('warns when a declared standard leaves no trace, and does not match parts of longer names', () => {
      expect(traces({ 'package.json': '{"dependencies": {"nofhirhere": "1"}}' }, 'FHIR')).toEqual([
        ['warn', 'HL7 FHIR', undefined, undefined],
      ]);
      expect(outcomeOf(check, repo({ 'package.json': '{}' }), claim('FHIR'))).toBe('warn');
    });

    it('leaves standards without a repository signature to the reviewer', () => {
      expect(traces({ 'package.json': '{}' }, 'JSON', 'UTF-8', 'HTTPS')).toEqual([]);
    });
  });
});
