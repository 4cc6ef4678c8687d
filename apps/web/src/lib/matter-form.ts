// The intake form's values (一窗受理 and 网上申请 share them) and their exact conversion to the
// MatterContent the gateway takes. Amounts are typed in yuan and sent in fen; dates are YYYY-MM-DD.
// The gateway reports problems by their path in the request body (content.claims[1].amountFen);
// formFieldOf maps such a path back to the form field that shows it.
import type {
  Channel,
  ClaimCategory,
  HandlingOffice,
  HandlingStatus,
  MatterContent,
  MatterKind,
  RequestedRemedy,
  Sex,
} from '@onewindow/matter';
import { yuanToFen } from './money';

export interface MatterFormValues {
  countyCode?: string;
  kind?: MatterKind;
  applicant?: {
    name?: string;
    sex?: Sex;
    birthDate?: string;
    identityNumber?: string;
    phone?: string;
    domicile?: string;
    occupation?: string;
  };
  employer?: { name?: string; unifiedSocialCreditCode?: string; address?: string; legalRepresentative?: string };
  employment?: { startDate?: string; endDate?: string; stillEmployed?: boolean };
  claims?: Array<{ category?: ClaimCategory; amountYuan?: string; description?: string }>;
  factsAndReasons?: string;
  evidence?: Array<{ description?: string; source?: string }>;
  witnesses?: Array<{ name?: string; contact?: string; statement?: string }>;
  workerCount?: number;
  commonClaim?: boolean;
  consentToMediationFirst?: boolean;
  migrantWorker?: boolean;
  declaresFinancialHardship?: boolean;
  priorHandling?: Array<{ office?: HandlingOffice; status?: HandlingStatus; conclusionDisputed?: boolean }>;
  requestedRemedy?: RequestedRemedy;
  /** Not part of the content: whether the layoff fields apply. */
  hasLayoff?: boolean;
  layoff?: { workersLaidOff?: number; workforce?: number };
}

export function blankMatterForm(countyCode: string | undefined): MatterFormValues {
  return {
    countyCode,
    kind: 'DISPUTE',
    applicant: {},
    employer: {},
    employment: { stillEmployed: false },
    claims: [{ amountYuan: '' }],
    evidence: [],
    witnesses: [],
    workerCount: 1,
    commonClaim: false,
    consentToMediationFirst: false,
    migrantWorker: false,
    declaresFinancialHardship: false,
    priorHandling: [],
    hasLayoff: false,
  };
}

const text = (value: string | undefined) => (value ?? '').trim();

/**
 * The content to send. Run after the form's own checks, so every amount is readable; an unreadable one
 * here is a bug, not bad input. Values the form left empty go as empty, and the gateway names them.
 */
export function toMatterContent(values: MatterFormValues, channel: Channel): MatterContent {
  const applicant = values.applicant ?? {};
  const employer = values.employer ?? {};
  const employment = values.employment ?? {};
  const stillEmployed = employment.stillEmployed ?? false;
  const endDate = stillEmployed ? '' : text(employment.endDate);
  return {
    countyCode: values.countyCode ?? '',
    kind: values.kind as MatterKind,
    applicant: {
      name: text(applicant.name),
      sex: applicant.sex as Sex,
      birthDate: text(applicant.birthDate),
      identityNumber: text(applicant.identityNumber).toUpperCase(),
      phone: text(applicant.phone),
      domicile: text(applicant.domicile),
      occupation: text(applicant.occupation),
    },
    employer: {
      name: text(employer.name),
      unifiedSocialCreditCode: text(employer.unifiedSocialCreditCode).toUpperCase(),
      address: text(employer.address),
      legalRepresentative: text(employer.legalRepresentative),
    },
    employment: { startDate: text(employment.startDate), ...(endDate ? { endDate } : {}), stillEmployed },
    claims: (values.claims ?? []).map((claim, index) => {
      const amountFen = yuanToFen(claim.amountYuan ?? '');
      if (amountFen === undefined)
        throw new Error(`claims[${index}].amountYuan was not checked: '${claim.amountYuan}'`);
      return { category: claim.category as ClaimCategory, amountFen, description: text(claim.description) };
    }),
    factsAndReasons: text(values.factsAndReasons),
    evidence: (values.evidence ?? []).map((item) => ({
      description: text(item.description),
      source: text(item.source),
    })),
    witnesses: (values.witnesses ?? []).map((witness) => ({
      name: text(witness.name),
      contact: text(witness.contact),
      statement: text(witness.statement),
    })),
    workerCount: values.workerCount ?? 1,
    commonClaim: values.commonClaim ?? false,
    consentToMediationFirst: values.consentToMediationFirst ?? false,
    channel,
    migrantWorker: values.migrantWorker ?? false,
    declaresFinancialHardship: values.declaresFinancialHardship ?? false,
    priorHandling: (values.priorHandling ?? []).map((handling) => ({
      office: handling.office as HandlingOffice,
      status: handling.status as HandlingStatus,
      conclusionDisputed: handling.conclusionDisputed ?? false,
    })),
    ...(values.requestedRemedy ? { requestedRemedy: values.requestedRemedy } : {}),
    ...(values.hasLayoff
      ? { layoff: { workersLaidOff: values.layoff?.workersLaidOff ?? 0, workforce: values.layoff?.workforce ?? 0 } }
      : {}),
  };
}

export type FormPath = Array<string | number>;

// Every field the form shows, with list indexes as '*'; where the form's name differs from the
// content's (amounts in yuan), the content's last segment is renamed.
const FORM_FIELDS = new Set([
  'countyCode',
  'kind',
  'applicant.name',
  'applicant.sex',
  'applicant.birthDate',
  'applicant.identityNumber',
  'applicant.phone',
  'applicant.domicile',
  'applicant.occupation',
  'employer.name',
  'employer.unifiedSocialCreditCode',
  'employer.address',
  'employer.legalRepresentative',
  'employment.startDate',
  'employment.endDate',
  'employment.stillEmployed',
  'claims',
  'claims.*.category',
  'claims.*.amountYuan',
  'claims.*.description',
  'factsAndReasons',
  'evidence',
  'evidence.*.description',
  'evidence.*.source',
  'witnesses',
  'witnesses.*.name',
  'witnesses.*.contact',
  'witnesses.*.statement',
  'workerCount',
  'commonClaim',
  'consentToMediationFirst',
  'migrantWorker',
  'declaresFinancialHardship',
  'priorHandling',
  'priorHandling.*.office',
  'priorHandling.*.status',
  'priorHandling.*.conclusionDisputed',
  'requestedRemedy',
  'layoff.workersLaidOff',
  'layoff.workforce',
]);

const RENAMED: Readonly<Record<string, string>> = { amountFen: 'amountYuan' };

/** 'content.claims[1].amountFen' (or claims.1.amountFen) → ['claims', 1, 'amountYuan']; undefined when no field shows it. */
export function formFieldOf(violationField: string): FormPath | undefined {
  const segments = violationField
    .replace(/^content(?=[.[]|$)\.?/, '')
    .split(/[.[\]]+/)
    .filter(Boolean);
  if (segments.length === 0) return undefined;
  const last = segments.length - 1;
  segments[last] = RENAMED[segments[last]] ?? segments[last];
  const path = segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const pattern = path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
  return FORM_FIELDS.has(pattern) ? path : undefined;
}
