import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/data-privacy-security/no-committed-secrets.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const sized = (...paths: string[]) => repo({}, { sizes: Object.fromEntries(paths.map((p) => [p, 100])) });

describe('data-privacy-security/no-committed-secrets', () => {
  it('passes a clean repository', () => {
    expect(runCheck(check, repo({ 'README.md': '# app', '.env.example': 'KEY=' }))).toEqual([
      { outcome: 'pass', messageId: 'none', data: { ignored: 0 } },
    ]);
  });

  it.each([
    '.env',
    'backend/.env',
    'deploy/id_rsa',
    'certs/server.pem',
    'android/app/release.keystore',
    'config/credentials.json',
    'gcp/service-account-prod.json',
    '.npmrc',
    'ios/dist.p12',
  ])('warns about %s', (path) => {
    expect(runCheck(check, sized(path))).toEqual([{ outcome: 'warn', messageId: 'committed', path, data: { path } }]);
  });

  it.each([
    'test/fixtures/server.pem',
    'examples/.env',
    'src/__mocks__/credentials.json',
    'docs/sample-keys/id_rsa',
    'templates/.npmrc',
    'spec/dummy/.env',
  ])('ignores the example or fixture path %s', (path) => {
    expect(runCheck(check, sized(path))).toEqual([{ outcome: 'pass', messageId: 'none', data: { ignored: 1 } }]);
  });

  it('ignores empty files, which hold no secret', () => {
    expect(outcomeOf(check, repo({ '.env': '' }))).toBe('pass');
  });

  it('lists ten files and counts the rest', () => {
    const paths = Array.from({ length: 13 }, (_, i) => `keys/k${String(i).padStart(2, '0')}.pem`);
    const findings = runCheck(check, sized(...paths));
    expect(findings).toHaveLength(11);
    expect(findings.slice(0, 10).every((f) => f.messageId === 'committed')).toBe(true);
    expect(findings[10]).toEqual({ outcome: 'warn', messageId: 'more', data: { count: 3 } });
  });

  it('judges paths only: it asks the source for no text', () => {
    expect(check.meta.reads).toEqual([]);
  });
});
