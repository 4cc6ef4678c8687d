import type { OfficeAnswer } from '@onewindow/office';
import { yuanOf } from '../domain/proceedings-input.validation';
import type { ArbitrationCaseRecord, ArbitrationEvent } from './arbitration-case.repository';

/**
 * What the commission tells routing about its referral, by the office contract (libs/office):
 * it takes the referral when it first handles the application — a supplement notice or the receipt
 * (收件) — under the case's own number, and concludes it when it does not accept the application
 * (不予受理, 劳动争议调解仲裁法 Art. 29: the worker may then sue). It is taken once, with the case's first
 * write (`alreadyTaken` false): a later write — a supplement (补正) and the review after it, an
 * acceptance decision — answers nothing more than CONCLUDED. It concludes the referral CLOSED on a
 * withdrawal, and RESOLVED once the case is decided: a 仲裁调解书 in force or the award on every claim.
 */
export function officeAnswersOf(
  record: ArbitrationCaseRecord,
  event: ArbitrationEvent,
  alreadyTaken: boolean,
): OfficeAnswer[] {
  const taken: OfficeAnswer[] = alreadyTaken
    ? []
    : [{ kind: 'TAKEN', officeCaseNumber: record.receiptNumber || record.caseId }];
  switch (event.type) {
    case 'SupplementRequested':
    case 'ApplicationReceived':
      return taken;
    case 'SupplementSubmitted':
    case 'ApplicationAccepted':
      return [];
    case 'ProceedingsStep':
      // The case decided: a 仲裁调解书 in force (Art. 42) or the award on every claim (Arts. 46–50).
      if (event.kind === 'MEDIATION_STATEMENT_IN_FORCE') {
        return [{ kind: 'CONCLUDED', outcome: 'RESOLVED', reason: mediatedReason(record) }];
      }
      if (event.kind === 'AWARD_MADE') {
        return [{ kind: 'CONCLUDED', outcome: 'RESOLVED', reason: awardedReason(record) }];
      }
      // A withdrawal, or an absent applicant's case treated as withdrawn (视为撤回, Art. 36), closes the referral.
      return event.kind === 'APPLICATION_WITHDRAWN' || event.kind === 'APPLICATION_TREATED_AS_WITHDRAWN'
        ? [{ kind: 'CONCLUDED', outcome: 'CLOSED', reason: record.withdrawalReason ?? event.summary }]
        : [];
    case 'ApplicationNotAccepted':
      return [
        ...taken,
        {
          kind: 'CONCLUDED',
          outcome: 'CLOSED',
          reason: `不予受理：${record.nonAcceptanceReason}。${record.remedy}`,
        },
      ];
  }
}

/** 调解结案: the 调解书's number, the day it took effect and the total agreed. */
function mediatedReason(record: ArbitrationCaseRecord): string {
  const statement = record.mediationStatement!;
  return (
    `仲裁调解书 ${statement.number} 经双方当事人签收，于 ${statement.effectiveOn} 发生法律效力，` +
    `调解金额合计 ${yuanOf(statement.totalFen)} 元（《劳动争议调解仲裁法》第四十二条）`
  );
}

/** 裁决结案: every 裁决书 of the case (a partial award's first) with its finality (Art. 47), and the total awarded. */
function awardedReason(record: ArbitrationCaseRecord): string {
  const awards = record.awards ?? [];
  const documents = awards.flatMap((award) =>
    award.documents.map((document, i) => ({
      number: award.numbers[i],
      partial: award.scope === 'PARTIAL',
      final: document.finality === 'FINAL',
    })),
  );
  const listed = documents
    .map((d) => `${d.number}（${d.partial ? '先行裁决，' : ''}${d.final ? '终局裁决' : '非终局裁决'}）`)
    .join('、');
  const total = awards.reduce((sum, award) => sum + award.totalAwardedFen, 0);
  const finality = documents.every((d) => d.final)
    ? '终局裁决自作出之日起发生法律效力（第四十七条）'
    : documents.some((d) => d.final)
      ? '终局裁决部分自作出之日起发生法律效力，非终局裁决部分当事人可于收到之日起十五日内起诉（第四十七条、第五十条）'
      : '当事人可于收到裁决书之日起十五日内向人民法院起诉（第五十条）';
  return `仲裁裁决书 ${listed}，裁决金额合计 ${yuanOf(total)} 元；${finality}`;
}
