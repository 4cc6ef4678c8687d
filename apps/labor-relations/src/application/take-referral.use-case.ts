import { Inject, Injectable } from '@nestjs/common';
import { todayInChina } from '@onewindow/calendar';
import type { OfficeReferral } from '@onewindow/office';
import { judgeLayoffThreshold, type LayoffReportState, SupervisionRuleError } from '../domain';
import { SupervisionChanges } from './supervision-changes';
import {
  type EmployerRecord,
  SUPERVISION_MATTER_REPOSITORY,
  type SupervisionEventRecord,
  type SupervisionMatterRecord,
  type SupervisionMatterRepository,
} from './supervision-matter.repository';

/** The figures of a referral's layoff as a report not yet registered (no ground, no dates). */
export function layoffFromFigures(workersLaidOff: number, workforce: number): LayoffReportState {
  return {
    ...judgeLayoffThreshold(workersLaidOff, workforce),
    ground: '',
    explainedOn: '',
    plannedOn: '',
    unionOpinionHeard: false,
    advanceExplanationKept: false,
    daysShort: 0,
    registered: false,
    planReviewed: false,
    protectedWorkersInPlan: [],
    reviewFindings: [],
  };
}

/**
 * A LABOR_RELATIONS_SUPERVISION referral reaches the office (劳动关系科, seed 四(一)): one matter per
 * referral, numbered and taken (签收). A matter about a layoff has its thresholds judged at once
 * (劳动合同法 Art. 41): below both, it is not a 规模裁员 and the referral is closed (nothing for the office
 * to supervise; the worker's own dispute goes on through arbitration); at or above, the report waits for its
 * ground and explanation dates. Any other matter waits for the officer to open a check on it.
 */
@Injectable()
export class TakeReferralUseCase {
  constructor(
    @Inject(SUPERVISION_MATTER_REPOSITORY) private readonly matters: SupervisionMatterRepository,
    private readonly changes: SupervisionChanges,
  ) {}

  async execute(referral: OfficeReferral): Promise<'saved' | 'already-recorded'> {
    if (await this.matters.findById(referral.referralId)) return 'already-recorded';
    const content = referral.content;
    const receivedOn = todayInChina(new Date(referral.issuedAt));
    const number = await this.changes.documentNumber('supervision', referral.countyCode, receivedOn);
    const employer: EmployerRecord = {
      name: content.employer?.name ?? '',
      unifiedSocialCreditCode: content.employer?.unifiedSocialCreditCode ?? '',
      address: content.employer?.address ?? '',
      legalRepresentative: content.employer?.legalRepresentative ?? '',
    };
    const base: SupervisionMatterRecord = {
      supervisionId: referral.referralId,
      referralId: referral.referralId,
      matterId: referral.matterId,
      matterNumber: referral.matterNumber,
      requestId: '',
      countyCode: referral.countyCode,
      status: 'RECEIVED',
      number,
      employer,
      openedOn: receivedOn,
      conclusionReason: '',
      guidance: [],
      correctBy: '',
      inspectionCaseId: '',
      concludedOn: '',
      documents: [],
      version: 1,
    };
    const taken: SupervisionEventRecord = {
      kind: '签收',
      summary: `劳动关系监管机构已签收转办事项（监管编号 ${number}）`,
      officeAnswer: 'TAKEN',
    };
    let layoff: LayoffReportState | undefined;
    if (content.layoff) {
      try {
        layoff = layoffFromFigures(content.layoff.workersLaidOff, content.layoff.workforce);
      } catch (error) {
        // Figures the rules cannot judge (none, or more laid off than employed): the officer registers
        // the report with the right ones.
        if (!(error instanceof SupervisionRuleError)) throw error;
      }
    }
    if (!layoff) return this.matters.saveAndAnnounce(base, [taken]);
    if (!layoff.reportable) {
      const concluded: SupervisionMatterRecord = {
        ...base,
        kind: 'LAYOFF_REPORT',
        status: 'CONCLUDED',
        layoff,
        conclusion: 'NOT_REPORTABLE',
        conclusionReason: layoff.thresholdFinding,
        concludedOn: receivedOn,
      };
      return this.matters.saveAndAnnounce(concluded, [
        taken,
        { kind: '无需报告', summary: `无需报告裁减人员方案：${layoff.thresholdFinding}`, officeAnswer: 'CONCLUDED' },
      ]);
    }
    return this.matters.saveAndAnnounce({ ...base, kind: 'LAYOFF_REPORT', layoff }, [
      { ...taken, summary: `${taken.summary}；${layoff.thresholdFinding}，待登记裁员报告` },
    ]);
  }
}
