/** Every built-in check, sorted by id. Add a check here and a row appears in the README table. */
import type { Check } from './define.js';
import copyrightHolderStated from './clear-ownership/copyright-holder-stated.js';
import ownershipStatement from './clear-ownership/ownership-statement.js';
import extractionMechanism from './data-extraction/extraction-mechanism.js';
import openDataFormats from './data-extraction/open-data-formats.js';
import noCommittedSecrets from './data-privacy-security/no-committed-secrets.js';
import piiClaimBacked from './data-privacy-security/pii-claim-backed.js';
import piiHandlingDeclared from './data-privacy-security/pii-handling-declared.js';
import securityPolicy from './data-privacy-security/security-policy.js';
import declaredPathsExist from './documentation/declared-paths-exist.js';
import docsCoverage from './documentation/docs-coverage.js';
import noPlaceholders from './documentation/no-placeholders.js';
import readmeExplainsSetup from './documentation/readme-explains-setup.js';
import readmePresent from './documentation/readme-present.js';
import codeOfConduct from './harassment-protection/code-of-conduct.js';
import interactionProtectionDeclared from './harassment-protection/interaction-protection-declared.js';
import contentPolicyDeclared from './inappropriate-content/content-policy-declared.js';
import declaredLicenseMatches from './open-license/declared-license-matches.js';
import licenseFilePresent from './open-license/license-file-present.js';
import licenseIsApproved from './open-license/license-is-approved.js';
import licenseSourcesAgree from './open-license/license-sources-agree.js';
import closedDependencies from './platform-independence/closed-dependencies.js';
import dependencyLicenses from './platform-independence/dependency-licenses.js';
import privacyComplianceDeclared from './privacy-and-laws/privacy-compliance-declared.js';
import privacyPolicyPresent from './privacy-and-laws/privacy-policy-present.js';
import notDeveloperTool from './sdg-relevance/not-developer-tool.js';
import sdgsDeclared from './sdg-relevance/sdgs-declared.js';
import sdgsMentioned from './sdg-relevance/sdgs-mentioned.js';
import practicesDetected from './standards-best-practices/practices-detected.js';
import repositoryMaintained from './standards-best-practices/repository-maintained.js';
import standardCategoryClosed from './standards-best-practices/standard-category-closed.js';
import standardsDeclared from './standards-best-practices/standards-declared.js';

export const checks: readonly Check[] = [
  copyrightHolderStated,
  ownershipStatement,
  extractionMechanism,
  openDataFormats,
  noCommittedSecrets,
  piiClaimBacked,
  piiHandlingDeclared,
  securityPolicy,
  declaredPathsExist,
  docsCoverage,
  noPlaceholders,
  readmeExplainsSetup,
  readmePresent,
  codeOfConduct,
  interactionProtectionDeclared,
  contentPolicyDeclared,
  declaredLicenseMatches,
  licenseFilePresent,
  licenseIsApproved,
  licenseSourcesAgree,
  closedDependencies,
  dependencyLicenses,
  privacyComplianceDeclared,
  privacyPolicyPresent,
  notDeveloperTool,
  sdgsDeclared,
  sdgsMentioned,
  practicesDetected,
  repositoryMaintained,
  standardCategoryClosed,
  standardsDeclared,
];
