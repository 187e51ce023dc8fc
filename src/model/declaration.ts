/**
 * The owner's declared answers (dpg.yml / .dpg.yml / dpg.json at the repository root).
 * Field names follow the DPGA's nominee and screening schemas so answers can be pasted into the
 * application without translation. Every field is optional: a missing answer is reported as `manual`.
 */

export type YesNo = 'Yes' | 'No' | 'Unknown';
export type YesNoBlank = YesNo | '';
export type SolutionType = 'software' | 'data' | 'content' | 'standard' | 'aimodel';

export interface DeclaredSdg {
  readonly SDGNumber: number;
  readonly evidenceText?: string;
  readonly evidenceURL?: string;
}

export interface DeclaredLicense {
  readonly spdx: string;
  readonly licenseURL?: string;
}

export interface DeclaredOrganization {
  readonly name: string;
  readonly website?: string;
  readonly org_type?: 'owner' | 'maintainer' | 'funder' | 'implementer';
  readonly contact_name?: string;
  readonly contact_email?: string;
}

export interface Declaration {
  readonly name?: string;
  readonly description?: string;
  readonly website?: string;
  readonly type?: readonly SolutionType[];
  readonly SDGs?: readonly DeclaredSdg[];
  readonly license?: readonly DeclaredLicense[];
  readonly organizations?: readonly DeclaredOrganization[];
  /** Who answered for the project: indicators 7–9 may only be attested by an authorised person. */
  readonly declaredBy?: { readonly name: string; readonly role?: string; readonly contact?: string };
  readonly clearOwnership?: { readonly isOwnershipExplicit?: YesNo; readonly copyrightURL?: string };
  readonly platformIndependence?: {
    readonly mandatoryDepsCreateMoreRestrictions?: YesNo;
    readonly isSoftwarePltIndependent?: YesNoBlank;
    readonly pltIndependenceDesc?: string;
  };
  readonly documentation?: { readonly isDocumentationAvailable?: YesNo; readonly documentationURL?: readonly string[] };
  readonly NonPII?: {
    readonly collectsNonPII?: YesNo;
    readonly checkNonPIIAccessMechanism?: YesNoBlank;
    readonly nonPIIAccessMechanism?: string;
  };
  readonly privacy?: {
    readonly isPrivacyCompliant?: YesNo;
    readonly privacyComplianceList?: readonly string[];
    readonly adherenceSteps?: readonly string[];
  };
  readonly standards?: {
    readonly supportStandards?: YesNo;
    readonly standardsList?: readonly string[];
    readonly evidenceStandardSupport?: readonly string[];
    readonly implementBestPractices?: YesNo;
    readonly bestPracticesList?: readonly string[];
  };
  readonly doNoHarm?: {
    readonly preventHarm?: { readonly stepsToPreventHarm?: YesNo; readonly additionalInfoMechanismProcessesPolicies?: string };
    readonly dataPrivacySecurity?: {
      readonly collectsPII?: YesNo;
      readonly typesOfDataCollected?: readonly string[];
      readonly thirdPartyDataSharing?: YesNo;
      readonly dataSharingCircumstances?: readonly string[];
      readonly ensurePrivacySecurity?: YesNo;
      readonly privacySecurityDescription?: string;
    };
    readonly inappropriateIllegalContent?: {
      readonly collectStoreDistribute?: YesNo;
      readonly type?: string | readonly string[];
      readonly contentFilter?: YesNoBlank;
      readonly policyGuidelinesDocumentationLink?: string;
      readonly illegalContentDetection?: YesNoBlank;
      readonly illegalContentDetectionMechanism?: string;
    };
    readonly protectionFromHarassment?: {
      readonly userInteraction?: YesNo;
      readonly addressSafetySecurityUnderageUsers?: YesNoBlank;
      readonly stepsAddressRiskPreventSafetyUnderageUsers?: readonly string[];
      readonly griefAbuseHarassmentProtection?: YesNoBlank;
      readonly harassmentProtectionSteps?: readonly string[];
    };
  };
  readonly locations?: { readonly developmentCountries?: readonly string[]; readonly deploymentCountries?: readonly string[] };
}

/** A declaration as found in a repository: the parsed answers and where they came from. */
export interface DeclaredAnswers {
  /** The answers file (dpg.yml …), or publiccode.yml when it is the only source. */
  readonly path: string;
  readonly answers: Declaration;
  /** Dotted field path ("SDGs[1].evidenceURL") -> where that answer is written. */
  readonly locations?: ReadonlyMap<string, AnswerLocation>;
  /** Top-level answer -> the file it came from, when more than one file supplied answers. */
  readonly origins?: Readonly<Record<string, string>>;
}

export interface AnswerLocation {
  readonly path: string;
  readonly line: number;
}
