/**
 * Every question of the DPGA application that dpg.yml answers, in our own words, in file order.
 * Keys follow schemas/declaration.schema.json; `init` fills `found` answers and leaves the rest as `~  # TODO`.
 */

export type Answer = string | readonly string[] | readonly Readonly<Record<string, string>>[];

export interface Question {
  readonly key: string;
  /** One or two comment lines shown above the key. */
  readonly ask: string;
  readonly children?: readonly Question[];
}

const yesNo = (text: string) => `${text} ("Yes", "No" or "Unknown")`;

export const QUESTIONS: readonly Question[] = [
  { key: 'name', ask: 'The full name of the product, without acronyms.' },
  { key: 'description', ask: 'One line saying what the product does and for whom.' },
  { key: 'website', ask: 'The public website of the product.' },
  { key: 'type', ask: 'What the product is: a list of software, data, content, standard, aimodel.' },
  {
    key: 'SDGs',
    ask: 'Indicator 1: the Sustainable Development Goals the product serves, each with evidence, e.g.\n- SDGNumber: 3\n  evidenceText: How the product advances the goal.\n  evidenceURL: https://example.org/impact',
  },
  { key: 'license', ask: 'Indicator 2: the open license(s), as SPDX ids, with a link to the license text.' },
  {
    key: 'organizations',
    ask: 'Indicator 3: who owns the product (and maintains, funds or implements it): name, org_type, website.',
  },
  {
    key: 'declaredBy',
    ask: 'Who gives these answers; indicators 7-9 must be attested by someone entitled to speak for the product, e.g.\nname: Ada Example\nrole: Product owner',
  },
  {
    key: 'clearOwnership',
    ask: 'Indicator 3: ownership.',
    children: [
      { key: 'isOwnershipExplicit', ask: yesNo('Is it written down who owns the product and everything it produces?') },
      { key: 'copyrightURL', ask: 'Link to the copyright, trademark or ownership statement.' },
    ],
  },
  {
    key: 'platformIndependence',
    ask: 'Indicator 4: independence from closed components.',
    children: [
      {
        key: 'mandatoryDepsCreateMoreRestrictions',
        ask: yesNo(
          'Does the product need a closed or more restrictively licensed component (library, service, hardware) to run?',
        ),
      },
      {
        key: 'isSoftwarePltIndependent',
        ask: yesNo('If so: can it run without that component, or is there an open alternative?'),
      },
      {
        key: 'pltIndependenceDesc',
        ask: 'If so: describe the open alternatives or how the product stays independent.',
      },
    ],
  },
  {
    key: 'documentation',
    ask: 'Indicator 5: documentation.',
    children: [
      {
        key: 'isDocumentationAvailable',
        ask: yesNo(
          'Is there documentation that lets someone new set up and run the product (or, for data and content, understand and use it)?',
        ),
      },
      { key: 'documentationURL', ask: 'Links to that documentation.' },
    ],
  },
  {
    key: 'NonPII',
    ask: 'Indicator 6: getting non-personal data and content out.',
    children: [
      {
        key: 'collectsNonPII',
        ask: yesNo('Does the product collect or use data or content that does not identify people?'),
      },
      {
        key: 'checkNonPIIAccessMechanism',
        ask: yesNo('If so: can that data be exported or imported in an open, non-proprietary format?'),
      },
      { key: 'nonPIIAccessMechanism', ask: 'If so: describe how (export, API, formats).' },
    ],
  },
  {
    key: 'privacy',
    ask: 'Indicator 7: privacy and applicable laws.',
    children: [
      {
        key: 'isPrivacyCompliant',
        ask: yesNo('Has the product taken steps to follow the privacy and other laws that apply where it is used?'),
      },
      { key: 'privacyComplianceList', ask: 'Which laws, e.g. [GDPR, Kenya Data Protection Act 2019].' },
      { key: 'adherenceSteps', ask: 'What was done to comply; link the privacy policy and terms.' },
    ],
  },
  {
    key: 'standards',
    ask: 'Indicator 8: standards and best practices.',
    children: [
      {
        key: 'supportStandards',
        ask: yesNo('Does the product implement open standards (e.g. WCAG, OpenAPI, HL7 FHIR)?'),
      },
      { key: 'standardsList', ask: 'Which standards.' },
      { key: 'evidenceStandardSupport', ask: 'Links proving it: validators, test suites, conformance reports.' },
      {
        key: 'implementBestPractices',
        ask: yesNo('Was it built following recognised best practices (e.g. the Principles for Digital Development)?'),
      },
      { key: 'bestPracticesList', ask: 'Which practices.' },
    ],
  },
  {
    key: 'doNoHarm',
    ask: 'Indicator 9: do no harm by design.',
    children: [
      {
        key: 'preventHarm',
        ask: 'Overall.',
        children: [
          { key: 'stepsToPreventHarm', ask: yesNo('Does the product anticipate and prevent harm by design?') },
          {
            key: 'additionalInfoMechanismProcessesPolicies',
            ask: 'Anything else about the processes or policies that prevent harm.',
          },
        ],
      },
      {
        key: 'dataPrivacySecurity',
        ask: 'Indicator 9a: personal data.',
        children: [
          { key: 'collectsPII', ask: yesNo('Does the product collect or store data that identifies people (PII)?') },
          { key: 'typesOfDataCollected', ask: 'If so: which kinds, e.g. [name, phone number].' },
          { key: 'thirdPartyDataSharing', ask: yesNo('If so: is it shared with third parties?') },
          { key: 'dataSharingCircumstances', ask: 'If shared: when and with whom.' },
          { key: 'ensurePrivacySecurity', ask: yesNo('If so: are its privacy, security and integrity protected?') },
          {
            key: 'privacySecurityDescription',
            ask: 'How: encryption, access control, retention, consent; link the policies.',
          },
        ],
      },
      {
        key: 'inappropriateIllegalContent',
        ask: 'Indicator 9b: inappropriate and illegal content.',
        children: [
          { key: 'collectStoreDistribute', ask: yesNo('Does the product collect, store or distribute content?') },
          { key: 'type', ask: 'If so: what kind of content.' },
          { key: 'contentFilter', ask: yesNo('If so: is there a policy saying what content is not allowed?') },
          { key: 'policyGuidelinesDocumentationLink', ask: 'Link to that policy.' },
          {
            key: 'illegalContentDetection',
            ask: yesNo('Is there a process to detect, moderate and remove such content?'),
          },
          { key: 'illegalContentDetectionMechanism', ask: 'Describe it, with the usual response time.' },
        ],
      },
      {
        key: 'protectionFromHarassment',
        ask: 'Indicator 9c: protection from harassment.',
        children: [
          {
            key: 'userInteraction',
            ask: yesNo('Can users or contributors interact with each other through the product or project?'),
          },
          {
            key: 'addressSafetySecurityUnderageUsers',
            ask: yesNo('If so: are steps taken for the safety of underage users?'),
          },
          { key: 'stepsAddressRiskPreventSafetyUnderageUsers', ask: 'Which steps.' },
          {
            key: 'griefAbuseHarassmentProtection',
            ask: yesNo('If so: can people protect themselves from grief, abuse and harassment?'),
          },
          { key: 'harassmentProtectionSteps', ask: 'How: code of conduct, reporting, blocking, moderation.' },
        ],
      },
    ],
  },
  {
    key: 'locations',
    ask: 'Where the product is made and used.',
    children: [
      { key: 'developmentCountries', ask: 'Countries where it is developed, e.g. [Kenya].' },
      { key: 'deploymentCountries', ask: 'Countries where it is deployed.' },
    ],
  },
];
