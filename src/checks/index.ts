/** Every built-in check, sorted by id. Add a check here and a row appears in the README table. */
import type { Check } from './define.js';
import licenseFilePresent from './open-license/license-file-present.js';
import licenseIsApproved from './open-license/license-is-approved.js';
import licenseSourcesAgree from './open-license/license-sources-agree.js';

export const checks: readonly Check[] = [
  licenseFilePresent,
  licenseIsApproved,
  licenseSourcesAgree,
];
