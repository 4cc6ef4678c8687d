// What every step shares: which statuses it may be taken in, the documents' titles and addressees, and
// how a case ends (结案): the conclusion, routing's answer, the deadlines still running cancelled.
import type { OfficeAnswer } from '@onewindow/office';
import type {
  Conclusion,
  DeadlineInstruction,
  InspectionCaseRecord,
  InspectionDocumentKind,
  InspectionEvent,
  InspectionStatus,
  IssuedInspectionDocument,
  NumberSequence,
  StepContext,
} from './inspection-case';
import { InspectionPreconditionError } from './inspection.errors';
import {
  ACCEPTANCE_DEADLINE,
  acceptanceSubject,
  COMPLIANCE_CHECK_DEADLINE,
  complianceSubject,
  INVESTIGATION_DEADLINE,
  investigationSubject,
} from './watched-inspection-deadlines';

export const DOCUMENT_TITLES: Record<InspectionDocumentKind, string> = {
  ACCEPTANCE_NOTICE: '受理通知书',
  NON_ACCEPTANCE_NOTICE: '不予受理通知书',
  MATERIAL_REQUEST: '补正投诉材料通知书',
  REDIRECTION_NOTICE: '告知书',
  INQUIRY_NOTICE: '询问通知书',
  CORRECTION_ORDER: '责令改正指令书',
  PENALTY_DECISION: '行政处罚决定书',
  FILING_WITHDRAWAL: '撤销立案决定书',
  INVESTIGATION_END: '终结调查通知书',
  CRIMINAL_TRANSFER: '涉嫌犯罪案件移送书',
  LISTING_NOTICE: '拟列入失信联合惩戒名单告知书',
  LISTING_DECISION: '列入失信联合惩戒名单决定书',
};

/** 文号 labels per sequence, e.g. 421303-监责改-2026-000001 (per county and year). */
export const NUMBER_LABELS: Record<NumberSequence, string> = {
  REGISTRATION: '监登',
  FILING: '监立',
  ACCEPTANCE_NOTICE: '监受',
  NON_ACCEPTANCE_NOTICE: '监不受',
  MATERIAL_REQUEST: '监补',
  REDIRECTION_NOTICE: '监告',
  INQUIRY_NOTICE: '监询',
  CORRECTION_ORDER: '监责改',
  PENALTY_DECISION: '监罚',
  FILING_WITHDRAWAL: '监撤',
  INVESTIGATION_END: '监终',
  CRIMINAL_TRANSFER: '监移',
  LISTING_NOTICE: '监拟列',
  LISTING_DECISION: '监列',
};

export const REPORTER = '举报人';
export const PUBLIC_SECURITY = '公安机关';

/**
 * Who a notice to the person who brought the case is addressed to: the complainant by name, a reporter
 * only as 举报人 (条例 Art. 9: never by name; intake reaches them), nobody for the office's own case.
 */
export function complainantAddressee(record: InspectionCaseRecord): string {
  if (record.source === 'COMPLAINT') return record.parties.complainantName || '投诉人';
  if (record.source === 'REPORT') return REPORTER;
  return '';
}

export function issued(
  kind: InspectionDocumentKind,
  number: string,
  ctx: StepContext,
  addressedTo: string,
): IssuedInspectionDocument {
  return { kind, title: DOCUMENT_TITLES[kind], number, issuedOn: ctx.today, addressedTo };
}

/** FAILED_PRECONDITION unless the case is at one of `statuses`. */
export function requireStatus(record: InspectionCaseRecord, statuses: readonly InspectionStatus[], step: string): void {
  if (statuses.includes(record.status)) return;
  const ended = record.status === 'CONCLUDED' ? ` (concluded ${record.conclusion} on ${record.concludedOn})` : '';
  throw new InspectionPreconditionError(
    'caseId',
    `${step} needs the case ${statuses.join(' or ')}; case ${record.caseId} is ${record.status}${ended}`,
  );
}

/** The office contract's answer, only for a case that came by referral (the office's own has none). */
export function answerOf(record: InspectionCaseRecord, answer: OfficeAnswer): { officeAnswer?: OfficeAnswer } {
  return record.referralId ? { officeAnswer: answer } : {};
}

/** Every deadline of the case that may still run, cancelled when it ends (one already met stays met). */
export function cancelOpenDeadlines(record: InspectionCaseRecord, reason: string): DeadlineInstruction[] {
  const subjects: [string, string][] = [
    [ACCEPTANCE_DEADLINE, acceptanceSubject(record.caseId, record.acceptanceRound)],
    [INVESTIGATION_DEADLINE, investigationSubject(record.caseId, false)],
    [INVESTIGATION_DEADLINE, investigationSubject(record.caseId, true)],
    [COMPLIANCE_CHECK_DEADLINE, complianceSubject(record.caseId)],
    // An arrears listing (and the employer's time to be heard on it) runs on after the case ends.
  ];
  return subjects.map(([kind, subjectId]) => ({ action: 'cancel', kind, subjectId, reason }));
}

/** The investigation deadline met by the case's first outcome (an order or a conclusion). */
export function meetInvestigation(record: InspectionCaseRecord, reason: string): DeadlineInstruction[] {
  if (!record.filedOn) return [];
  return [
    {
      action: 'meet',
      kind: INVESTIGATION_DEADLINE,
      subjectId: investigationSubject(record.caseId, record.extensionApprovedBy !== ''),
      reason,
    },
  ];
}

/** The case ends (结案) with `conclusion`: routing is told, every deadline still running is cancelled. */
export function concluded(
  record: InspectionCaseRecord,
  ctx: StepContext,
  conclusion: Conclusion,
  reason: string,
  event: Omit<InspectionEvent, 'watch' | 'officeAnswer'> & { watch?: DeadlineInstruction[] },
  answer: OfficeAnswer,
): { record: InspectionCaseRecord; event: InspectionEvent } {
  return {
    record: { ...record, status: 'CONCLUDED', conclusion, conclusionReason: reason, concludedOn: ctx.today },
    event: {
      ...event,
      ...answerOf(record, answer),
      watch: [...(event.watch ?? []), ...cancelOpenDeadlines(record, `监察案件已结案（${conclusion}）`)],
    },
  };
}
