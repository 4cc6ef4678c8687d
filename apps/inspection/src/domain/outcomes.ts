// How an investigation ends (劳动保障监察条例 Art. 18), each with its numbered document:
// - 责令改正 (Art. 18(2)) after the employer was heard (Art. 19), then the follow-up check (复查);
// - 行政处罚 (Art. 18(1)) after the employer was heard, on its stated bases, with the remedies printed;
// - 撤销立案 (Art. 18(3)) only for a minor violation already corrected;
// - 终结调查 when the complaint or report proved untrue (seed 四(二));
// - 移送公安机关 (刑法 Art. 276-1 拒不支付劳动报酬罪; 条例 Art. 18 para 2) only after an order to pay wages
//   was not complied with (经政府有关部门责令支付仍不支付).
import { compareIsoDates } from '@onewindow/calendar';
import {
  complainantAddressee,
  concluded,
  issued,
  meetInvestigation,
  PUBLIC_SECURITY,
  requireStatus,
} from './case-steps';
import type { InspectionCaseRecord, StepContext, StepPlan } from './inspection-case';
import { InspectionPreconditionError } from './inspection.errors';
import { date, fen, optionalText, requiredText, textList } from './inspection-input.validation';
import { COMPLIANCE_LABEL } from './inspection-periods';
import { COMPLIANCE_CHECK_DEADLINE, complianceSubject } from './watched-inspection-deadlines';
import { liablePartiesSentence } from './construction-project';

export const CORRECTION_CITATION = '《劳动保障监察条例》第十八条第一款第（二）项';
export const PENALTY_CITATION = '《劳动保障监察条例》第十八条第一款第（一）项';
export const WITHDRAWAL_CITATION = '《劳动保障监察条例》第十八条第一款第（三）项';
export const HEARING_CITATION = '《劳动保障监察条例》第十九条';
export const CRIMINAL_TRANSFER_CITATION =
  '《中华人民共和国刑法》第二百七十六条之一；《劳动保障监察条例》第十八条第二款';
export const REMEDIES =
  '如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议（《中华人民共和国行政复议法》第二十条），或者在六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。';

function requireHeard(c: InspectionCaseRecord, step: string): void {
  if (!c.employerHeard) {
    throw new InspectionPreconditionError(
      'employer_heard',
      `${step} needs the employer heard first (陈述、申辩, ${HEARING_CITATION}): record its statement or waiver`,
    );
  }
}

/** 责令改正指令书: addressed to the liable party when a project's chain is recorded, else to the employer. */
export function issueCorrectionOrder(
  c: InspectionCaseRecord,
  input: { corrections: string[]; correctBy: string; wagesOrderedFen: number },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, ['UNDER_INVESTIGATION'], 'an order to correct');
  requireHeard(c, 'an order to correct');
  const corrections = textList(input.corrections, 'corrections', 'what the employer must do', 1);
  const correctBy = date(input.correctBy, 'correct_by');
  if (compareIsoDates(correctBy, ctx.today) <= 0) {
    throw new InspectionPreconditionError(
      'correct_by',
      `the employer must be given time to correct: a day after today (${ctx.today})`,
    );
  }
  const wagesOrderedFen = fen(input.wagesOrderedFen, 'wages_ordered_fen');
  const addressedTo =
    c.liableParties.length > 0 ? c.liableParties.map((p) => p.name).join('、') : c.parties.employer.name;
  return {
    numbers: ['CORRECTION_ORDER'],
    apply: ([number]) => ({
      record: {
        ...c,
        status: 'CORRECTION_ORDERED',
        correctionOrder: {
          number: number!,
          issuedOn: ctx.today,
          corrections,
          correctBy,
          wagesOrderedFen,
          addressedTo,
          checkResult: '',
          checkedOn: '',
          checkNote: '',
        },
        documents: [...c.documents, issued('CORRECTION_ORDER', number!, ctx, addressedTo)],
      },
      events: [
        {
          kind: '责令改正',
          summary: `向${addressedTo}发出责令改正指令书（${number}），限 ${correctBy} 前改正${c.liableParties.length > 0 ? `；${liablePartiesSentence(c.liableParties)}` : ''}`,
          deadlines: [{ label: COMPLIANCE_LABEL, dueOn: correctBy, provisional: false, citation: CORRECTION_CITATION }],
          documentNumber: number!,
          watch: [
            ...meetInvestigation(c, `责令改正指令书 ${number}`),
            {
              action: 'register',
              kind: COMPLIANCE_CHECK_DEADLINE,
              subjectId: complianceSubject(c.caseId),
              dueOn: correctBy,
              provisional: false,
            },
          ],
        },
      ],
    }),
  };
}

/** 复查: complied (even early) ends the case; not complied only once the day to correct has passed. */
export function recordComplianceCheck(
  c: InspectionCaseRecord,
  input: { complied: boolean; note: string },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, ['CORRECTION_ORDERED'], 'a compliance check');
  const order = c.correctionOrder!;
  const note = optionalText(input.note, 'note');
  if (!input.complied && compareIsoDates(ctx.today, order.correctBy) <= 0) {
    throw new InspectionPreconditionError(
      'complied',
      `the employer has until ${order.correctBy} to correct: non-compliance is found only after that day`,
    );
  }
  const checked = {
    ...order,
    checkResult: input.complied ? ('COMPLIED' as const) : ('NOT_COMPLIED' as const),
    checkedOn: ctx.today,
    checkNote: note,
  };
  const meet = {
    action: 'meet' as const,
    kind: COMPLIANCE_CHECK_DEADLINE,
    subjectId: complianceSubject(c.caseId),
    reason: input.complied ? '复查：已整改到位' : '复查：逾期未改正',
  };
  return {
    numbers: [],
    apply: () => {
      if (!input.complied) {
        return {
          record: { ...c, status: 'NOT_COMPLIED', correctionOrder: checked },
          events: [
            {
              kind: '复查',
              summary: `复查：${c.parties.employer.name}逾期未按责令改正指令书（${order.number}）改正${note ? `（${note}）` : ''}`,
              watch: [meet],
            },
          ],
        };
      }
      const reason = `用人单位已按责令改正指令书（${order.number}）改正${note ? `：${note}` : ''}`;
      const end = concluded(
        { ...c, correctionOrder: checked },
        ctx,
        'CORRECTED',
        reason,
        { kind: '复查', summary: `复查：整改到位，结案。${reason}`, watch: [meet] },
        { kind: 'CONCLUDED', outcome: 'RESOLVED', reason: `劳动保障监察：${reason}` },
      );
      return { record: end.record, events: [end.event] };
    },
  };
}

/** 行政处罚决定书: the employer heard, both bases named, the fine in fen, the remedies printed. */
export function issuePenaltyDecision(
  c: InspectionCaseRecord,
  input: { violationBasis: string; penaltyBasis: string; fineFen: number; facts: string },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, ['UNDER_INVESTIGATION', 'NOT_COMPLIED'], 'a penalty decision');
  requireHeard(c, 'a penalty decision');
  const violationBasis = requiredText(input.violationBasis, 'violation_basis', 'the provision violated', 200);
  const penaltyBasis = requiredText(
    input.penaltyBasis,
    'penalty_basis',
    'the provision the penalty rests on (e.g. 《劳动保障监察条例》第二十六条)',
    200,
  );
  const fineFen = fen(input.fineFen, 'fine_fen');
  const facts = optionalText(input.facts, 'facts') || c.facts;
  return {
    numbers: ['PENALTY_DECISION'],
    apply: ([number]) => {
      const reason = `作出行政处罚决定（${number}），依据${penaltyBasis}`;
      const end = concluded(
        {
          ...c,
          penalty: {
            number: number!,
            decidedOn: ctx.today,
            violationBasis,
            penaltyBasis,
            fineFen,
            facts,
            remedies: REMEDIES,
          },
          documents: [...c.documents, issued('PENALTY_DECISION', number!, ctx, c.parties.employer.name)],
        },
        ctx,
        'PENALISED',
        reason,
        {
          kind: '行政处罚',
          summary: `对${c.parties.employer.name}${reason}`,
          documentNumber: number!,
          watch: meetInvestigation(c, `行政处罚决定书 ${number}`),
        },
        { kind: 'CONCLUDED', outcome: 'RESOLVED', reason: `劳动保障监察：${reason}` },
      );
      return { record: end.record, events: [end.event] };
    },
  };
}

/** 撤销立案: only a minor violation already corrected (both must hold). */
export function withdrawFiling(
  c: InspectionCaseRecord,
  input: { minor: boolean; alreadyCorrected: boolean; reason: string },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, ['UNDER_INVESTIGATION'], 'withdrawing the filing');
  if (!input.minor) {
    throw new InspectionPreconditionError(
      'minor',
      `a filing is withdrawn only for a minor violation (${WITHDRAWAL_CITATION})`,
    );
  }
  if (!input.alreadyCorrected) {
    throw new InspectionPreconditionError(
      'already_corrected',
      `a filing is withdrawn only when the violation was already corrected (${WITHDRAWAL_CITATION})`,
    );
  }
  const given = optionalText(input.reason, 'reason');
  const reason = given || '违法行为轻微并已改正';
  const addressedTo = c.parties.employer.name;
  return {
    numbers: ['FILING_WITHDRAWAL'],
    apply: ([number]) => {
      const end = concluded(
        { ...c, documents: [...c.documents, issued('FILING_WITHDRAWAL', number!, ctx, addressedTo)] },
        ctx,
        'FILING_WITHDRAWN',
        reason,
        {
          kind: '撤销立案',
          summary: `撤销立案（${number}）：${reason}`,
          documentNumber: number!,
          watch: meetInvestigation(c, `撤销立案决定书 ${number}`),
        },
        { kind: 'CONCLUDED', outcome: 'RESOLVED', reason: `劳动保障监察撤销立案：${reason}` },
      );
      return { record: end.record, events: [end.event] };
    },
  };
}

/** 终结调查: the complaint or report proved untrue; the one who brought it is told (a reporter unnamed). */
export function endInvestigation(c: InspectionCaseRecord, input: { reason: string }, ctx: StepContext): StepPlan {
  requireStatus(c, ['UNDER_INVESTIGATION'], 'ending the investigation');
  const reason = requiredText(input.reason, 'reason', 'why the investigation ends (e.g. 投诉举报内容不实)');
  const addressedTo = complainantAddressee(c) || c.parties.employer.name;
  return {
    numbers: ['INVESTIGATION_END'],
    apply: ([number]) => {
      const end = concluded(
        { ...c, documents: [...c.documents, issued('INVESTIGATION_END', number!, ctx, addressedTo)] },
        ctx,
        'INVESTIGATION_ENDED',
        reason,
        {
          kind: '终结调查',
          summary: `终结调查（${number}）：${reason}`,
          documentNumber: number!,
          watch: meetInvestigation(c, `终结调查通知书 ${number}`),
        },
        { kind: 'CONCLUDED', outcome: 'CLOSED', reason: `劳动保障监察终结调查：${reason}` },
      );
      return { record: end.record, events: [end.event] };
    },
  };
}

/** 移送公安机关: only when an order to pay wages (wages_ordered_fen > 0) was found not complied with. */
export function transferToPublicSecurity(
  c: InspectionCaseRecord,
  input: { reason: string },
  ctx: StepContext,
): StepPlan {
  const order = c.correctionOrder;
  if (c.status !== 'NOT_COMPLIED' || !order || order.wagesOrderedFen <= 0 || order.checkResult !== 'NOT_COMPLIED') {
    throw new InspectionPreconditionError(
      'caseId',
      `a transfer for refusing to pay wages needs an order to pay wages found not complied with (经政府有关部门责令支付仍不支付, ${CRIMINAL_TRANSFER_CITATION}); case ${c.caseId} is ${c.status}${order ? ` with an order of ${order.wagesOrderedFen} fen` : ' without an order'}`,
    );
  }
  const reason =
    optionalText(input.reason, 'reason') ||
    `${c.parties.employer.name}经责令支付（${order.number}）逾期仍不支付劳动报酬，涉嫌拒不支付劳动报酬罪`;
  return {
    numbers: ['CRIMINAL_TRANSFER'],
    apply: ([number]) => {
      const end = concluded(
        { ...c, documents: [...c.documents, issued('CRIMINAL_TRANSFER', number!, ctx, PUBLIC_SECURITY)] },
        ctx,
        'TRANSFERRED_TO_PUBLIC_SECURITY',
        reason,
        {
          kind: '移送公安机关',
          summary: `移送公安机关（涉嫌犯罪案件移送书 ${number}）：${reason}`,
          documentNumber: number!,
        },
        { kind: 'CONCLUDED', outcome: 'CLOSED', reason: `已移送公安机关：${reason}` },
      );
      return { record: end.record, events: [end.event] };
    },
  };
}
