import { Inject, Injectable } from '@nestjs/common';
import { todayInChina } from '@onewindow/calendar';
import { ArbitrationDeadline, MatterContent, reviewApplication, ReviewDecision } from '../domain';
import {
  ARBITRATION_CASE_REPOSITORY,
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  CaseDeadline,
  CaseParties,
  NumberSequence,
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

// Each kind of document is numbered per county and year, e.g. 421303-仲受-2026-000001 for an acceptance notice.
const NUMBER_LABELS: Readonly<Record<NumberSequence, string>> = {
  receipt: '仲收',
  'acceptance-notice': '仲受',
  'non-acceptance-notice': '仲不受',
  'supplement-notice': '仲补',
  'application-copy-notice': '仲送',
  'defence-notice': '仲答',
  'tribunal-notice': '仲庭',
  'hearing-notice': '仲开',
  'mediation-statement': '仲调',
  award: '仲裁',
  'advance-enforcement': '仲先',
};

/** The next number of a kind of document issued in the county on that day's year. */
export async function nextDocumentNumber(
  cases: ArbitrationCaseRepository,
  sequence: NumberSequence,
  countyCode: string,
  issuedOn: string,
): Promise<string> {
  const year = Number(issuedOn.slice(0, 4));
  const next = await cases.nextNumber(sequence, countyCode, year);
  return `${countyCode}-${NUMBER_LABELS[sequence]}-${year}-${String(next).padStart(6, '0')}`;
}

/** The notices name the parties and claims; nothing more of the worker is copied (docs/security.md). */
export const partiesOf = ({ applicant, employer, claims }: MatterContent): CaseParties => ({
  applicantName: applicant.name,
  respondentName: employer.name,
  claims: claims.map(({ description, amountFen }) => ({ description, amountFen })),
});

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
      parties: partiesOf(referral.content),
      documents: [],
      // Kept for a supplement's review again (补正); routing's copy is de-identified already.
      application: referral.content,
      supplements: [],
      version: 1,
    };
    const [record, events] = await recordReviewDecision(this.cases, base, decision, {
      applicationReceivedOn: receivedOn,
    });
    await this.cases.saveAndAnnounce(record, events);
  }
}

/** Where the material a review decided on came from: the application's first day, and a supplement's. */
export interface ReviewedMaterial {
  applicationReceivedOn: string;
  supplementReceivedOn?: string;
}

/**
 * The case after a review (立案审查) and the notices it announces: on receipt, and again on a supplement
 * (补正) with `base` the case as it stood, its documents kept and the new ones appended.
 */
export async function recordReviewDecision(
  cases: ArbitrationCaseRepository,
  base: ArbitrationCaseRecord,
  decision: ReviewDecision,
  material: ReviewedMaterial,
): Promise<[ArbitrationCaseRecord, ArbitrationEvent[]]> {
  const received = {
    applicationReceivedOn: material.applicationReceivedOn,
    ...(material.supplementReceivedOn ? { supplementReceivedOn: material.supplementReceivedOn } : {}),
  };
  switch (decision.outcome) {
    case 'SUPPLEMENT_REQUIRED': {
      const notice = decision.supplementNotice;
      const supplementBy = toCaseDeadline(notice.supplyBy);
      const missingItems = notice.missing.map(({ field, description }) => ({ field, description }));
      const noticeNumber = await nextDocumentNumber(cases, 'supplement-notice', base.countyCode, notice.issuedOn);
      const round = base.documents.filter((issued) => issued.kind === 'SUPPLEMENT_NOTICE').length + 1;
      return [
        {
          ...base,
          status: 'AWAITING_SUPPLEMENT',
          missingItems,
          documents: [
            ...base.documents,
            {
              kind: 'SUPPLEMENT_NOTICE',
              title: notice.document,
              number: noticeNumber,
              issuedOn: notice.issuedOn,
              deadline: supplementBy,
              missingItems,
              ...received,
            },
          ],
        },
        [{ type: 'SupplementRequested', supplementBy, noticeNumber, round }],
      ];
    }
    case 'NOT_ACCEPTED':
      return [
        {
          ...base,
          status: 'NOT_ACCEPTED',
          missingItems: [],
          nonAcceptanceReasonCode: decision.reasonCode,
          nonAcceptanceReason: decision.reason,
          remedy: decision.remedy,
          documents: [
            ...base.documents,
            {
              kind: 'NON_ACCEPTANCE_NOTICE',
              title: decision.notice.document,
              number: await nextDocumentNumber(
                cases,
                'non-acceptance-notice',
                base.countyCode,
                decision.notice.issuedOn,
              ),
              issuedOn: decision.notice.issuedOn,
              ...received,
            },
          ],
        },
        [{ type: 'ApplicationNotAccepted' }],
      ];
    case 'ACCEPTED': {
      const receiptNumber = await nextDocumentNumber(cases, 'receipt', base.countyCode, base.receivedOn);
      const receipt = {
        kind: 'RECEIPT',
        title: decision.receipt.document,
        number: receiptNumber,
        ...received,
      } as const;
      if (decision.acceptance.mode === 'WITHIN_STATUTORY_PERIOD') {
        const decisionDue = toCaseDeadline(decision.acceptance.decisionDue);
        return [
          {
            ...base,
            status: 'AWAITING_ACCEPTANCE_DECISION',
            missingItems: [],
            receiptNumber,
            documents: [...base.documents, { ...receipt, issuedOn: decision.receipt.issuedOn, deadline: decisionDue }],
          },
          [{ type: 'ApplicationReceived', decisionDue }],
        ];
      }
      const { acceptedOn, acceptanceNotice } = decision.acceptance;
      const noticeNumber = await nextDocumentNumber(cases, 'acceptance-notice', base.countyCode, acceptedOn);
      const award = decision.deadlines.find((d) => d.id === 'arbitration.award');
      if (!award) throw new Error('an accepted case must carry its award deadline');
      const awardDue = toCaseDeadline(award);
      return [
        {
          ...base,
          status: 'ACCEPTED',
          missingItems: [],
          receiptNumber,
          acceptanceNoticeNumber: noticeNumber,
          acceptedOn,
          documents: [
            ...base.documents,
            { ...receipt, issuedOn: decision.receipt.issuedOn },
            {
              kind: 'ACCEPTANCE_NOTICE',
              title: acceptanceNotice.document,
              number: noticeNumber,
              issuedOn: acceptanceNotice.issuedOn,
              deadline: awardDue,
            },
          ],
        },
        [{ type: 'ApplicationReceived' }, { type: 'ApplicationAccepted', awardDue, sameDayRequired: true }],
      ];
    }
  }
}
