import { Inject, Injectable } from '@nestjs/common';
import { todayInChina } from '@onewindow/calendar';
import { ArbitrationDeadline, MatterContent, reviewApplication, ReviewDecision } from '../domain';
import {
  ARBITRATION_CASE_REPOSITORY,
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  CaseDeadline,
} from './arbitration-case.repository';

export interface ArbitrationReferral {
  referralId: string;
  matterId: string;
  matterNumber: string;
  /** The matter content as registered; the review reads it as the application (仲裁申请书). */
  content: MatterContent;
  /** When the referral was issued: the day the application reached the commission. */
  issuedAt: string;
}

export const toCaseDeadline = ({ id, label, dueOn, provisional, citation }: ArbitrationDeadline): CaseDeadline => ({
  id,
  label,
  dueOn,
  provisional,
  citation,
});

export const caseNumber = (kind: string, countyCode: string, year: number, sequence: number) =>
  `${countyCode}-${kind}-${year}-${String(sequence).padStart(6, '0')}`;

/** Reviews an application referred to arbitration (立案审查) and issues the notices the review calls for. */
@Injectable()
export class ReviewApplicationUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  async execute(referral: ArbitrationReferral): Promise<void> {
    const caseId = referral.referralId;
    if (await this.cases.exists(caseId)) return;
    const receivedOn = todayInChina(new Date(referral.issuedAt));
    const decision = reviewApplication({ content: referral.content, receivedOn });
    const base: ArbitrationCaseRecord = {
      caseId,
      matterId: referral.matterId,
      matterNumber: referral.matterNumber,
      countyCode: referral.content.countyCode,
      referralId: referral.referralId,
      status: 'AWAITING_SUPPLEMENT',
      receivedOn,
      missingItems: [],
      receiptNumber: '',
      acceptanceNoticeNumber: '',
      acceptedOn: '',
      nonAcceptanceReasonCode: '',
      nonAcceptanceReason: '',
      remedy: '',
      deadlines: decision.deadlines.map(toCaseDeadline),
      notes: [...decision.notes],
      version: 1,
    };
    const [record, events] = await this.recordOf(base, decision);
    await this.cases.saveAndAnnounce(record, events);
  }

  private async recordOf(
    base: ArbitrationCaseRecord,
    decision: ReviewDecision,
  ): Promise<[ArbitrationCaseRecord, ArbitrationEvent[]]> {
    const year = Number(base.receivedOn.slice(0, 4));
    switch (decision.outcome) {
      case 'SUPPLEMENT_REQUIRED': {
        const notice = decision.supplementNotice;
        return [
          { ...base, missingItems: notice.missing.map(({ field, description }) => ({ field, description })) },
          [{ type: 'SupplementRequested', supplementBy: toCaseDeadline(notice.supplyBy) }],
        ];
      }
      case 'NOT_ACCEPTED':
        return [
          {
            ...base,
            status: 'NOT_ACCEPTED',
            nonAcceptanceReasonCode: decision.reasonCode,
            nonAcceptanceReason: decision.reason,
            remedy: decision.remedy,
          },
          [{ type: 'ApplicationNotAccepted' }],
        ];
      case 'ACCEPTED': {
        const receiptNumber = caseNumber(
          '仲收',
          base.countyCode,
          year,
          await this.cases.nextNumber('receipt', base.countyCode, year),
        );
        if (decision.acceptance.mode === 'WITHIN_STATUTORY_PERIOD') {
          return [
            { ...base, status: 'AWAITING_ACCEPTANCE_DECISION', receiptNumber },
            [{ type: 'ApplicationReceived', decisionDue: toCaseDeadline(decision.acceptance.decisionDue) }],
          ];
        }
        const noticeNumber = caseNumber(
          '仲受',
          base.countyCode,
          year,
          await this.cases.nextNumber('acceptance-notice', base.countyCode, year),
        );
        const award = decision.deadlines.find((d) => d.id === 'arbitration.award');
        if (!award) throw new Error('an accepted case must carry its award deadline');
        return [
          {
            ...base,
            status: 'ACCEPTED',
            receiptNumber,
            acceptanceNoticeNumber: noticeNumber,
            acceptedOn: decision.acceptance.acceptedOn,
          },
          [
            { type: 'ApplicationReceived' },
            { type: 'ApplicationAccepted', awardDue: toCaseDeadline(award), sameDayRequired: true },
          ],
        ];
      }
    }
  }
}
