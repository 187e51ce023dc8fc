/**
 * The owner's declared answers (dpg.yml / .dpg.yml / dpg.json at the repository root, or a file given
 * with --answers, such as the DPGA's own application record). Field names follow the DPGA's nominee and
 * screening schemas so answers can be pasted into the application without translation. Every field is
 * optional: a missing answer is reported as `manual`.
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

export interface DeclaredRepository {
  readonly name?: string;
  readonly url: string;
}

/** Where the DPGA's review had got to when the record was taken (nominee schema `stage`). */
export type DpgaStage = 'nominee' | 'DPG' | 'archive';

export interface DeclaredOrganization {
  readonly name: string;
  readonly website?: string;
  readonly org_type?: 'owner' | 'maintainer' | 'funder' | 'implementer';
  readonly contact_name?: string;
  readonly contact_email?: string;
}

export interface Declaration {
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
  readonly website?: string;
  readonly type?: readonly SolutionType[];
  readonly SDGs?: readonly DeclaredSdg[];
  /** From the DPGA nominee schema's list of sectors. */
  readonly sectors?: readonly string[];
  readonly repositories?: readonly DeclaredRepository[];
  readonly stage?: DpgaStage;
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
    readonly preventHarm?: {
      readonly stepsToPreventHarm?: YesNo;
      readonly additionalInfoMechanismProcessesPolicies?: string;
    };
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
  readonly locations?: {
    readonly developmentCountries?: readonly string[];
    readonly deploymentCountries?: readonly string[];
  };
}

/**
 * 'answers': a hand-written dpg.yml / dpg.json, held to the schema strictly. 'dpga-record': an application
 * record as the DPGA holds it (src/declarations/record.ts says how one is recognised), read leniently.
 */
export type AnswersKind = 'answers' | 'dpga-record';

/** A legacy shape of a DPGA record turned into today's shape, so a report can say where it was found. */
export interface NormalisedShape {
  /** Dotted field path where the record holds the legacy shape ("SDGs[0]", "repositoryURL"). */
  readonly field: string;
  /** What the record held, as short JSON. */
  readonly found: string;
  /** What it became ("SDGNumber 3", "repositories[0].url"). */
  readonly became: string;
  /** Line of the legacy value in its file, when known. */
  readonly line: number | null;
  /** The file it is in, when not the answers file itself (the screening answers of a DPGA record). */
  readonly path?: string;
}

/** Something about the answers worth telling the reader that did not stop the check. */
export interface AnswersWarning {
  readonly field: string | null;
  readonly line: number | null;
  readonly message: string;
  /** The file the line is in, when not the answers file itself (the screening answers of a DPGA record). */
  readonly path?: string;
}

/** A declaration as found in a repository: the parsed answers and where they came from. */
export interface DeclaredAnswers {
  /** The answers file (dpg.yml …, or a file given with --answers), or publiccode.yml when it is the only source. */
  readonly path: string;
  readonly answers: Declaration;
  /** Dotted field path ("SDGs[1].evidenceURL") -> where that answer is written. */
  readonly locations?: ReadonlyMap<string, AnswerLocation>;
  /** Top-level answer -> the file it came from, when more than one file supplied answers. */
  readonly origins?: Readonly<Record<string, string>>;
  /** Set for an answers file read on its own (absent for publiccode.yml alone). */
  readonly kind?: AnswersKind;
  /** DPGA records only: the legacy shapes turned into today's. */
  readonly normalised?: readonly NormalisedShape[];
  /** DPGA records only: values left out because dpg-check does not know them. */
  readonly warnings?: readonly AnswersWarning[];
  /** A DPGA nominee record read with its screening answers (digitalpublicgoods/…): that file. */
  readonly screening?: string;
}

export interface AnswerLocation {
  readonly path: string;
  readonly line: number;
}
