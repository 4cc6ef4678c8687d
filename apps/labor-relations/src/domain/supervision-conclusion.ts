// How a supervision matter may end (seed 四(一)): COMPLIANT only when nothing is wrong, GUIDANCE (指导意见书)
// with what to put right and by when, or REFERRED_TO_INSPECTION (移送劳动保障监察) when there is something
// to refer. NOT_REPORTABLE follows from the layoff thresholds alone and is never chosen.
import { compareIsoDates, type IsoDate } from '@onewindow/calendar';
import type { CheckFindings, SupervisionKind } from './check-findings';
import { explanationFindings, type LayoffThreshold } from './layoff-report';
import { InvalidSupervisionInputError, SupervisionPreconditionError } from './supervision.errors';
import { assertDate, assertText } from './supervision-input.validation';

export type SupervisionConclusion = 'COMPLIANT' | 'GUIDANCE' | 'REFERRED_TO_INSPECTION' | 'NOT_REPORTABLE';
export const CHOSEN_CONCLUSIONS: readonly SupervisionConclusion[] = ['COMPLIANT', 'GUIDANCE', 'REFERRED_TO_INSPECTION'];

/** A layoff report as registered and reviewed. */
export interface LayoffReportState extends LayoffThreshold {
  ground: string;
  explainedOn: string;
  plannedOn: string;
  unionOpinionHeard: boolean;
  advanceExplanationKept: boolean;
  daysShort: number;
  /** the explanation and grounds were registered (RegisterLayoffReport); a referral's figures alone are not */
  registered: boolean;
  planReviewed: boolean;
  protectedWorkersInPlan: string[];
  reviewFindings: string[];
}

export interface ConcludableMatter {
  kind?: SupervisionKind;
  layoff?: LayoffReportState;
  findings?: CheckFindings;
}

/** Everything found wrong, worded with its article: the check's breaches, or the layoff's findings. */
export function problemsOf(matter: ConcludableMatter): string[] {
  if (matter.kind === 'LAYOFF_REPORT' && matter.layoff) {
    return [...explanationFindings(matter.layoff), ...matter.layoff.reviewFindings];
  }
  return matter.findings?.breaches ?? [];
}

export interface ConclusionRequest {
  conclusion: string;
  reason: string;
  guidance: string[];
  correctBy: string;
}

export interface Conclusion {
  conclusion: SupervisionConclusion;
  reason: string;
  guidance: string[];
  correctBy: string;
}

/** Checks that `request` may end `matter` today; FAILED_PRECONDITION names what is wrong. */
export function decideConclusion(matter: ConcludableMatter, request: ConclusionRequest, today: IsoDate): Conclusion {
  const conclusion = request.conclusion as SupervisionConclusion;
  if (conclusion === 'NOT_REPORTABLE') {
    throw new InvalidSupervisionInputError(
      'conclusion',
      'NOT_REPORTABLE follows from the layoff thresholds when the report is registered; choose COMPLIANT, GUIDANCE or REFERRED_TO_INSPECTION',
    );
  }
  if (!CHOSEN_CONCLUSIONS.includes(conclusion)) {
    throw new InvalidSupervisionInputError('conclusion', 'must be COMPLIANT, GUIDANCE or REFERRED_TO_INSPECTION');
  }
  if (request.reason) assertText(request.reason, 'reason', { max: 1000 });
  if (!Array.isArray(request.guidance)) throw new InvalidSupervisionInputError('guidance', 'give a list');
  if (matter.kind === 'LAYOFF_REPORT' && !matter.layoff?.registered) {
    throw new SupervisionPreconditionError(
      'supervisionId',
      'the layoff report is not registered yet: give its ground and explanation dates (RegisterLayoffReport) first',
    );
  }
  if (matter.kind !== 'LAYOFF_REPORT' && !matter.findings) {
    throw new SupervisionPreconditionError('supervisionId', "record the check's findings (RecordCheckFindings) first");
  }
  const problems = problemsOf(matter);
  switch (conclusion) {
    case 'COMPLIANT': {
      if (matter.kind === 'LAYOFF_REPORT' && !matter.layoff!.planReviewed) {
        throw new SupervisionPreconditionError(
          'conclusion',
          'the layoff plan has not been reviewed (ReviewLayoffPlan, 劳动合同法第四十一条第二款、第四十二条); it cannot be found compliant before',
        );
      }
      if (problems.length > 0) {
        throw new SupervisionPreconditionError(
          'conclusion',
          `COMPLIANT is refused while there are findings: ${problems.join('；')}; conclude with GUIDANCE or REFERRED_TO_INSPECTION`,
        );
      }
      if (request.guidance.length > 0) {
        throw new InvalidSupervisionInputError('guidance', 'a compliant conclusion gives no guidance items');
      }
      return {
        conclusion,
        reason: request.reason.trim() || '经审查，未发现违反劳动保障法律法规的情形',
        guidance: [],
        correctBy: '',
      };
    }
    case 'GUIDANCE': {
      if (request.guidance.length === 0) {
        throw new InvalidSupervisionInputError('guidance', 'a 指导意见书 names at least one thing to put right');
      }
      request.guidance.forEach((item, i) => assertText(item, `guidance[${i}]`, { max: 500 }));
      assertDate(request.correctBy, 'correctBy');
      if (compareIsoDates(request.correctBy, today) <= 0) {
        throw new InvalidSupervisionInputError('correctBy', `${request.correctBy} is not after today (${today})`);
      }
      return {
        conclusion,
        reason: request.reason.trim() || (problems.length > 0 ? problems.join('；') : '发现需要规范的用工事项'),
        guidance: request.guidance.map((item) => item.trim()),
        correctBy: request.correctBy,
      };
    }
    case 'REFERRED_TO_INSPECTION': {
      if (problems.length === 0) {
        throw new SupervisionPreconditionError(
          'conclusion',
          'nothing was found to refer to labor inspection: there are no breaches or findings',
        );
      }
      return { conclusion, reason: request.reason.trim() || problems.join('；'), guidance: [], correctBy: '' };
    }
  }
  throw new InvalidSupervisionInputError('conclusion', 'must be COMPLIANT, GUIDANCE or REFERRED_TO_INSPECTION');
}

/** The claim category inspection opens its own case under (主动监察) for the matter's kind. */
export function inspectionCategoryOf(kind: SupervisionKind | undefined): string {
  switch (kind) {
    case 'MINIMUM_WAGE':
      return 'BELOW_MINIMUM_WAGE';
    case 'LABOR_CONTRACTS':
      return 'NO_WRITTEN_CONTRACT';
    case 'WORKING_HOURS':
      return 'EXCESSIVE_OVERTIME';
    default:
      // Dispatch over the cap and an unlawful layoff have no category of their own.
      return 'OTHER';
  }
}
