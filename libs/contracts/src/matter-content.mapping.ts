import {
  Channel,
  ClaimCategory,
  HandlingOffice,
  HandlingStatus,
  MatterContent,
  MatterKind,
  RequestedRemedy,
  Sex,
} from './generated/onewindow/common/v1/matter';

/**
 * The matter content in the plain shape every service's domain uses (docs/matter-shape.md): enum
 * names without their proto prefix, an absent end date as undefined. Enum fields stay `string`
 * here because wire input is untrusted: intake's validator is what narrows them.
 */
export interface MatterContentData {
  countyCode: string;
  kind: string;
  applicant: {
    name: string;
    sex: string;
    birthDate: string;
    identityNumber: string;
    phone: string;
    domicile: string;
    occupation: string;
    /** Set by intake on registration; ignored in a request. */
    age?: number;
  };
  employer: { name: string; unifiedSocialCreditCode: string; address: string; legalRepresentative: string };
  employment: { startDate: string; endDate?: string; stillEmployed: boolean };
  claims: { category: string; amountFen: number; description: string }[];
  factsAndReasons: string;
  evidence: { description: string; source: string }[];
  witnesses: { name: string; contact: string; statement: string }[];
  workerCount: number;
  commonClaim: boolean;
  consentToMediationFirst: boolean;
  channel: string;
  migrantWorker: boolean;
  declaresFinancialHardship: boolean;
  priorHandling: { office: string; status: string; conclusionDisputed: boolean }[];
  requestedRemedy?: string;
  layoff?: { workersLaidOff: number; workforce: number };
}

const UNSPECIFIED = 'UNSPECIFIED';

/** A proto enum value by its domain name: 'REFERRAL_TARGET_ARBITRATION' → 'ARBITRATION'; UNSPECIFIED → ''. */
export function fromProtoEnum(value: string | undefined, prefix: string): string {
  if (!value) return '';
  const name = value.startsWith(prefix) ? value.slice(prefix.length) : value;
  return name === UNSPECIFIED ? '' : name;
}

/** The proto enum value for a domain name; an unknown name becomes UNSPECIFIED. */
export function toProtoEnum<E extends string>(value: string, prefix: string, values: Record<string, E>): E {
  const name = `${prefix}${value || UNSPECIFIED}`;
  return (Object.values(values) as string[]).includes(name) ? (name as E) : (`${prefix}${UNSPECIFIED}` as E);
}

export function matterContentFromProto(content: MatterContent | undefined): MatterContentData {
  const applicant = content?.applicant;
  const employer = content?.employer;
  const employment = content?.employment;
  return {
    countyCode: content?.countyCode ?? '',
    kind: fromProtoEnum(content?.kind, 'MATTER_KIND_'),
    applicant: {
      name: applicant?.name ?? '',
      sex: fromProtoEnum(applicant?.sex, 'SEX_'),
      birthDate: applicant?.birthDate ?? '',
      identityNumber: applicant?.identityNumber ?? '',
      phone: applicant?.phone ?? '',
      domicile: applicant?.domicile ?? '',
      occupation: applicant?.occupation ?? '',
      age: applicant?.age ?? 0,
    },
    employer: {
      name: employer?.name ?? '',
      unifiedSocialCreditCode: employer?.unifiedSocialCreditCode ?? '',
      address: employer?.address ?? '',
      legalRepresentative: employer?.legalRepresentative ?? '',
    },
    employment: {
      startDate: employment?.startDate ?? '',
      endDate: employment?.endDate || undefined,
      stillEmployed: employment?.stillEmployed ?? false,
    },
    claims: (content?.claims ?? []).map((claim) => ({
      category: fromProtoEnum(claim.category, 'CLAIM_CATEGORY_'),
      amountFen: Number(claim.amountFen),
      description: claim.description,
    })),
    factsAndReasons: content?.factsAndReasons ?? '',
    evidence: (content?.evidence ?? []).map(({ description, source }) => ({ description, source })),
    witnesses: (content?.witnesses ?? []).map(({ name, contact, statement }) => ({ name, contact, statement })),
    workerCount: content?.workerCount ?? 0,
    commonClaim: content?.commonClaim ?? false,
    consentToMediationFirst: content?.consentToMediationFirst ?? false,
    channel: fromProtoEnum(content?.channel, 'CHANNEL_'),
    migrantWorker: content?.migrantWorker ?? false,
    declaresFinancialHardship: content?.declaresFinancialHardship ?? false,
    priorHandling: (content?.priorHandling ?? []).map((handling) => ({
      office: fromProtoEnum(handling.office, 'HANDLING_OFFICE_'),
      status: fromProtoEnum(handling.status, 'HANDLING_STATUS_'),
      conclusionDisputed: handling.conclusionDisputed,
    })),
    requestedRemedy: fromProtoEnum(content?.requestedRemedy, 'REQUESTED_REMEDY_') || undefined,
    layoff: content?.layoff ? { ...content.layoff } : undefined,
  };
}

export function matterContentToProto(content: MatterContentData): MatterContent {
  return {
    ...content,
    kind: toProtoEnum(content.kind, 'MATTER_KIND_', MatterKind),
    applicant: {
      ...content.applicant,
      sex: toProtoEnum(content.applicant.sex, 'SEX_', Sex),
      age: content.applicant.age ?? 0,
    },
    employer: { ...content.employer },
    employment: {
      startDate: content.employment.startDate,
      endDate: content.employment.endDate ?? '',
      stillEmployed: content.employment.stillEmployed,
    },
    claims: content.claims.map((claim) => ({
      ...claim,
      category: toProtoEnum(claim.category, 'CLAIM_CATEGORY_', ClaimCategory),
    })),
    evidence: content.evidence.map((item) => ({ ...item })),
    witnesses: content.witnesses.map((witness) => ({ ...witness })),
    channel: toProtoEnum(content.channel, 'CHANNEL_', Channel),
    priorHandling: content.priorHandling.map((handling) => ({
      office: toProtoEnum(handling.office, 'HANDLING_OFFICE_', HandlingOffice),
      status: toProtoEnum(handling.status, 'HANDLING_STATUS_', HandlingStatus),
      conclusionDisputed: handling.conclusionDisputed,
    })),
    requestedRemedy: toProtoEnum(content.requestedRemedy ?? '', 'REQUESTED_REMEDY_', RequestedRemedy),
    layoff: content.layoff ? { ...content.layoff } : undefined,
  };
}
