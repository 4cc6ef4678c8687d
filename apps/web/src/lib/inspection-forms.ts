// The inspection case's (劳动保障监察) and the supervision matter's (劳动关系监管) forms as requests: amounts typed
// in yuan and sent in integer fen (on the digits, never through floating point), lists typed one item a line,
// and which step of a case is open to the inspector at each status, as the service orders them.
import type {
  ContractorRole,
  EmployerInput,
  InspectionCaseView,
  InspectionViolationInput,
  IssueCorrectionOrderRequest,
  IssuePenaltyDecisionRequest,
  RecordCheckFindingsRequest,
  RecordConstructionProjectRequest,
  SupervisionMatterView,
} from '@onewindow/gateway-api';
import type { ClaimCategory } from '@onewindow/matter';
import { yuanToFen } from './money';

const text = (value: string | undefined) => (value ?? '').trim();

/** One item a line (corrections, materials, guidance): blank lines dropped, each trimmed. */
export function linesOf(typed: string | undefined): string[] {
  return (typed ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** An amount the form's rule checked; unreadable here is a bug, not bad input. '' counts as 0. */
function fenOf(typed: string | undefined, field: string): number {
  if (text(typed) === '') return 0;
  const fen = yuanToFen(text(typed));
  if (fen === undefined) throw new Error(`${field} was not checked: '${typed ?? ''}'`);
  return fen;
}

/** A whole number ≥ 0 typed (an InputNumber gives a number; undefined when left empty). */
const countOf = (value: number | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export interface EmployerValues {
  name?: string;
  unifiedSocialCreditCode?: string;
  address?: string;
  legalRepresentative?: string;
}

/** The employer as a request gives it: the name, and the rest only when typed. */
export function employerInputOf(values: EmployerValues | undefined): EmployerInput {
  const optional = (key: 'unifiedSocialCreditCode' | 'address' | 'legalRepresentative') =>
    text(values?.[key]) ? { [key]: text(values?.[key]) } : {};
  return {
    name: text(values?.name),
    ...optional('unifiedSocialCreditCode'),
    ...optional('address'),
    ...optional('legalRepresentative'),
  };
}

export interface ViolationValues {
  category?: ClaimCategory;
  description?: string;
  beganOn?: string;
  endedOn?: string;
  continuing?: boolean;
  amountOwedYuan?: string;
}

/** The violations as found: a continuing act has no last day (连续或者继续状态, 条例 Art. 20). */
export function violationInputsOf(
  rows: readonly (ViolationValues | undefined)[] | undefined,
): InspectionViolationInput[] {
  return (rows ?? []).map((row, index) => {
    const continuing = row?.continuing ?? false;
    const amountOwedFen = fenOf(row?.amountOwedYuan, `violations[${index}].amountOwedYuan`);
    return {
      category: row?.category ?? 'WAGES',
      description: text(row?.description),
      beganOn: text(row?.beganOn),
      ...(continuing || !text(row?.endedOn) ? {} : { endedOn: text(row?.endedOn) }),
      continuing,
      ...(amountOwedFen > 0 ? { amountOwedFen } : {}),
    };
  });
}

/** The case's violations as the acceptance form starts from them (amounts back in yuan). */
export function violationValuesOf(c: Pick<InspectionCaseView, 'violations'>): ViolationValues[] {
  return c.violations.map((violation) => ({
    category: violation.category,
    description: violation.description,
    beganOn: violation.beganOn || undefined,
    endedOn: violation.endedOn || undefined,
    continuing: violation.continuing,
    amountOwedYuan: violation.amountOwedFen > 0 ? yuanOf(violation.amountOwedFen) : '',
  }));
}

/** 360050 → '3600.50', the form's input format. */
export function yuanOf(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export interface CorrectionOrderValues {
  corrections?: string;
  correctBy?: string;
  wagesOrderedYuan?: string;
}

/** 责令改正指令书 (条例 Art. 18(2)): the wages ordered paid in exact fen, omitted when none. */
export function correctionOrderRequestOf(
  values: CorrectionOrderValues,
  expectedVersion: number,
): IssueCorrectionOrderRequest {
  const wagesOrderedFen = fenOf(values.wagesOrderedYuan, 'wagesOrderedYuan');
  return {
    expectedVersion,
    corrections: linesOf(values.corrections),
    correctBy: text(values.correctBy),
    ...(wagesOrderedFen > 0 ? { wagesOrderedFen } : {}),
  };
}

export interface PenaltyValues {
  violationBasis?: string;
  penaltyBasis?: string;
  fineYuan?: string;
  facts?: string;
}

/** 行政处罚决定书 (条例 Art. 18(1)): both bases as typed, the fine in exact fen. */
export function penaltyRequestOf(values: PenaltyValues, expectedVersion: number): IssuePenaltyDecisionRequest {
  return {
    expectedVersion,
    violationBasis: text(values.violationBasis),
    penaltyBasis: text(values.penaltyBasis),
    fineFen: fenOf(values.fineYuan, 'fineYuan'),
    facts: text(values.facts),
  };
}

export interface ContractorValues {
  role?: ContractorRole;
  name?: string;
  unifiedSocialCreditCode?: string;
  engagedBy?: string;
  unqualified?: boolean;
  unpaidProjectFundsYuan?: string;
}

export interface ProjectValues {
  project?: {
    name?: string;
    permitNumber?: string;
    employingContractor?: string;
    contractors?: (ContractorValues | undefined)[];
  };
}

/** The project and its chain (保障农民工工资支付条例 Arts. 29–30, 36); who answers for the arrears is the service's. */
export function constructionProjectRequestOf(
  values: ProjectValues,
  expectedVersion: number,
): RecordConstructionProjectRequest {
  const project = values.project ?? {};
  return {
    expectedVersion,
    project: {
      name: text(project.name),
      ...(text(project.permitNumber) ? { permitNumber: text(project.permitNumber) } : {}),
      employingContractor: text(project.employingContractor),
      contractors: (project.contractors ?? []).map((row, index) => {
        const unpaidProjectFundsFen = fenOf(
          row?.unpaidProjectFundsYuan,
          `project.contractors[${index}].unpaidProjectFundsYuan`,
        );
        return {
          role: row?.role ?? 'SUBCONTRACTOR',
          name: text(row?.name),
          ...(text(row?.unifiedSocialCreditCode)
            ? { unifiedSocialCreditCode: text(row?.unifiedSocialCreditCode) }
            : {}),
          ...(text(row?.engagedBy) ? { engagedBy: text(row?.engagedBy) } : {}),
          ...(row?.unqualified ? { unqualified: true } : {}),
          ...(unpaidProjectFundsFen > 0 ? { unpaidProjectFundsFen } : {}),
        };
      }),
    },
  };
}

export interface FindingsValues {
  findings?: {
    lowestMonthlyWageYuan?: string;
    workersWithoutWrittenContract?: number;
    dispatchedWorkers?: number;
    contractWorkers?: number;
    maxOvertimeHoursPerDay?: number;
    maxOvertimeHoursPerMonth?: number;
    measuredOn?: string;
  };
}

/** The figures of the check's own kind only; the service measures them against the rule in force that day. */
export function findingsRequestOf(
  kind: SupervisionMatterView['kind'],
  values: FindingsValues,
  expectedVersion: number,
): RecordCheckFindingsRequest {
  const typed = values.findings ?? {};
  const measuredOn = text(typed.measuredOn);
  const figures: RecordCheckFindingsRequest['findings'] = (() => {
    switch (kind) {
      case 'MINIMUM_WAGE':
        return { lowestMonthlyWageFen: fenOf(typed.lowestMonthlyWageYuan, 'findings.lowestMonthlyWageYuan') };
      case 'LABOR_CONTRACTS':
        return { workersWithoutWrittenContract: countOf(typed.workersWithoutWrittenContract) };
      case 'LABOR_DISPATCH':
        return { dispatchedWorkers: countOf(typed.dispatchedWorkers), contractWorkers: countOf(typed.contractWorkers) };
      case 'WORKING_HOURS':
        return {
          maxOvertimeHoursPerDay: countOf(typed.maxOvertimeHoursPerDay),
          maxOvertimeHoursPerMonth: countOf(typed.maxOvertimeHoursPerMonth),
        };
      default:
        return {};
    }
  })();
  return { expectedVersion, findings: { ...figures, ...(measuredOn ? { measuredOn } : {}) } };
}

/** '3.4 %' of the workforce used (用工总量 = contract + dispatched workers), one decimal. */
export function dispatchShareOf(dispatched: number, contract: number): string {
  const total = dispatched + contract;
  if (total <= 0) return '0 %';
  return `${(Math.round((dispatched * 1000) / total) / 10).toFixed(1)} %`;
}

/** The steps of an inspection case, in the order the form picker shows them. */
export type InspectionStep =
  | 'acceptance'
  | 'material'
  | 'hearing'
  | 'inquiry'
  | 'evidence'
  | 'project'
  | 'extension'
  | 'correction'
  | 'penalty'
  | 'withdrawal'
  | 'end'
  | 'compliance'
  | 'transfer'
  | 'listingPropose'
  | 'listingDecide';

type CaseState = Pick<
  InspectionCaseView,
  'status' | 'employerHeard' | 'extensionApprovedBy' | 'correctionOrder' | 'arrearsListing' | 'conclusion'
>;

/**
 * The steps open at the case's status, the one it waits for first. An order to correct or a penalty comes only
 * after the employer was heard (条例 Art. 19); the one extension is gone once taken (Art. 17); a transfer to
 * public security and the arrears list follow an order to pay wages that was not complied with.
 */
export function inspectionStepsOf(c: CaseState): InspectionStep[] {
  const wagesOrdered = (c.correctionOrder?.wagesOrderedFen ?? 0) > 0;
  const listing: InspectionStep[] =
    c.arrearsListing?.status === 'PROPOSED'
      ? ['listingDecide']
      : !c.arrearsListing && wagesOrdered
        ? ['listingPropose']
        : [];
  const extension: InspectionStep[] = c.extensionApprovedBy ? [] : ['extension'];
  switch (c.status) {
    case 'AWAITING_ACCEPTANCE':
      return ['acceptance'];
    case 'AWAITING_MATERIAL':
      return ['material'];
    case 'UNDER_INVESTIGATION':
      return c.employerHeard
        ? ['correction', 'penalty', 'inquiry', 'evidence', 'project', ...extension, 'withdrawal', 'end']
        : ['hearing', 'inquiry', 'evidence', 'project', ...extension, 'withdrawal', 'end'];
    case 'CORRECTION_ORDERED':
      return ['compliance', 'evidence', ...extension];
    case 'NOT_COMPLIED':
      return ['penalty', ...(wagesOrdered ? (['transfer'] as const) : []), ...listing, 'evidence'];
    case 'CONCLUDED':
      return c.conclusion === 'PENALISED' || c.conclusion === 'TRANSFERRED_TO_PUBLIC_SECURITY' ? listing : [];
    default:
      return [];
  }
}

/** The steps of a supervision matter open to the officer. */
export type SupervisionStep = 'layoff' | 'check' | 'review' | 'findings' | 'conclusion';

export function supervisionStepsOf(m: Pick<SupervisionMatterView, 'status' | 'kind' | 'layoff' | 'findings'>) {
  const steps: SupervisionStep[] = [];
  if (m.status === 'RECEIVED') steps.push('layoff', 'check');
  if (m.status === 'UNDER_REVIEW' && m.kind === 'LAYOFF_REPORT') {
    if (!m.layoff?.planReviewed) steps.push('review');
    steps.push('conclusion');
  }
  if (m.status === 'UNDER_REVIEW' && m.kind && m.kind !== 'LAYOFF_REPORT') {
    steps.push(...(m.findings ? (['conclusion', 'findings'] as const) : (['findings'] as const)));
  }
  return steps;
}
