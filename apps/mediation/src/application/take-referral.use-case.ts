import { Inject, Injectable } from '@nestjs/common';
import type { MatterContent } from '@onewindow/matter';
import type { OfficeReferral } from '@onewindow/office';
import { todayInChina } from '@onewindow/calendar';
import { decideOnConsent, mediationPeriod, outcomeOfConsent } from '../domain';
import { periodDeadlineSubject } from '../domain/watched-mediation-deadlines';
import { MediationCaseChanges, periodOnTheWire } from './mediation-case-changes';
import {
  MEDIATION_CASE_REPOSITORY,
  type MediationCaseRecord,
  type MediationCaseRepository,
  type MediationEvent,
} from './mediation-case.repository';

/**
 * A MEDIATION referral reaches mediation: that day is the day the mediation organisation received the
 * application (劳动争议调解仲裁法 Art. 14 para 3), so the 15-day period starts, the referral is taken
 * (签收) under the 调解建议书's number, and the letter goes to both parties asking the employer's
 * consent. A worker who did not consent at the window is not mediated (Art. 5; 人民调解法 Art. 17):
 * the referral is declined at once, and routing sends the matter on (to arbitration).
 */
@Injectable()
export class TakeReferralUseCase {
  constructor(
    @Inject(MEDIATION_CASE_REPOSITORY) private readonly cases: MediationCaseRepository,
    private readonly changes: MediationCaseChanges,
  ) {}

  async execute(referral: OfficeReferral): Promise<'saved' | 'already-recorded'> {
    if (await this.cases.findById(referral.referralId)) return 'already-recorded';
    const content = referral.content as MatterContent;
    const receivedOn = todayInChina(new Date(referral.issuedAt));
    const base: MediationCaseRecord = {
      caseId: referral.referralId,
      referralId: referral.referralId,
      matterId: referral.matterId,
      matterNumber: referral.matterNumber,
      countyCode: referral.countyCode,
      status: 'AWAITING_CONSENT',
      receivedOn,
      routingReason: '经“一站式”维权中心分流，本争议适宜先行调解（调解优先）',
      recommendationNumber: '',
      workerName: content.applicant?.name ?? '',
      employerName: content.employer?.name ?? '',
      claims: (content.claims ?? []).map(({ category, description, amountFen }) => ({
        category,
        description,
        amountFen,
      })),
      workerConsented: content.consentToMediationFirst === true,
      period: mediationPeriod({ countyCode: referral.countyCode, receivedOn }),
      periodDeadlineSubject: periodDeadlineSubject(referral.referralId, 0),
      conflicts: [],
      sessions: [],
      agreementNumber: '',
      payments: [],
      courtApplications: [],
      concludedOn: '',
      documents: [],
      version: 1,
    };
    const decision = decideOnConsent({ countyCode: referral.countyCode, matter: content });
    const refused = outcomeOfConsent(decision);
    if (refused) {
      const declined: MediationCaseRecord = { ...base, status: 'DECLINED', outcome: refused, concludedOn: receivedOn };
      const events: MediationEvent[] = [
        { kind: 'DECLINED', summary: `调解不予受理：${refused.reason}`, officeAnswer: 'DECLINED' },
      ];
      return this.cases.saveAndAnnounce(declined, events);
    }
    const number = await this.changes.documentNumber('recommendation', referral.countyCode, receivedOn);
    const record: MediationCaseRecord = {
      ...base,
      recommendationNumber: number,
      documents: [{ kind: 'RECOMMENDATION', title: '调解建议书', number, issuedOn: receivedOn }],
    };
    return this.cases.saveAndAnnounce(record, [
      {
        kind: 'RECOMMENDATION_ISSUED',
        summary: `调解组织收到调解申请，已发出调解建议书（${number}），征询用人单位是否同意调解`,
        deadlines: [periodOnTheWire(record.period)],
        documentNumber: number,
        officeAnswer: 'TAKEN',
      },
    ]);
  }
}
