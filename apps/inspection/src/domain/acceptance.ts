// The acceptance decision (受理决定), due within 5 working days of receipt (部令25号 Art. 18):
// - ACCEPTED: 立案 the same day, a clear employer and an act within 2 years (条例 Art. 20); the complainant
//   gets a 受理通知书 (a reporter none: there is nobody to address by name); 60 working days run;
// - NOT_ACCEPTED: only for acts older than 2 years, with a 不予受理通知书;
// - MATERIAL_REQUESTED: the employer is not clear (补正), the period starts again when the material arrives;
// - REDIRECTED: not within inspection's powers or another department's; a migrant worker's wages are
//   handled by whoever was asked first (首问负责, 保障农民工工资支付条例 Art. 10): only to a named department;
// - DISPUTE_PROCEDURE: a dispute for mediation or arbitration (条例 Art. 21), back to routing.
import { type IsoDate } from '@onewindow/calendar';
import { complainantAddressee, concluded, DOCUMENT_TITLES, issued, requireStatus } from './case-steps';
import type {
  AcceptanceDecision,
  AcceptanceRecord,
  EmployerRecord,
  InspectionCaseRecord,
  InspectionDocumentKind,
  IssuedInspectionDocument,
  NumberSequence,
  StepContext,
  StepPlan,
  ViolationRecord,
} from './inspection-case';
import { InspectionPreconditionError, InvalidInspectionInputError } from './inspection.errors';
import { date, fen, notInTheFuture, optionalText, requiredText, textList } from './inspection-input.validation';
import { acceptanceDueDay, investigationDueDay, TWO_YEAR_CITATION } from './inspection-periods';
import { withinTwoYears } from './two-year-window';
import {
  ACCEPTANCE_DEADLINE,
  acceptanceSubject,
  INVESTIGATION_DEADLINE,
  investigationSubject,
} from './watched-inspection-deadlines';

export const DISPUTE_PROCEDURE_CITATION = '《劳动保障监察条例》第二十一条';
export const FIRST_CONTACT_CITATION = '《保障农民工工资支付条例》第十条';
export const DISPUTE_TARGETS = ['MEDIATION', 'ARBITRATION'] as const;
const DISPUTE_TARGET_ZH: Record<string, string> = { MEDIATION: '劳动争议调解组织', ARBITRATION: '劳动人事争议仲裁院' };
// A department is named as one: 人力资源和社会保障局, 住房和城乡建设局, 市场监督管理局, 某某委员会 …
const DEPARTMENT = /(局|委员会|委|厅|部|办公室|办|中心|院|所|站)$/u;

export interface AcceptanceInput {
  decision: AcceptanceDecision | '';
  violations: ViolationRecord[];
  reason: string;
  redirectedTo: string;
  missingMaterial: string[];
}

/** What the employer lacks for the case to have a clear one (明确的被投诉用人单位, 部令25号 Art. 18). */
export function missingEmployerParticulars(employer: EmployerRecord): string[] {
  const missing: string[] = [];
  if (!employer.name.trim()) missing.push('用人单位名称');
  if (!employer.address.trim() && !employer.unifiedSocialCreditCode.trim()) {
    missing.push('用人单位地址或统一社会信用代码');
  }
  return missing;
}

/** The violations as the inspector found them: each with its category and, judged on, its dates. */
export function checkViolations(
  violations: readonly ViolationRecord[],
  receivedOn: IsoDate,
  datesRequired: boolean,
): ViolationRecord[] {
  if (violations.length > 50) throw new InvalidInspectionInputError('violations', 'at most 50 violations');
  return violations.map((v, i) => {
    const field = `violations[${i}]`;
    if (!v.category) throw new InvalidInspectionInputError(`${field}.category`, 'give the kind of violation');
    const description = optionalText(v.description, `${field}.description`, 500);
    if (!datesRequired && !v.beganOn && !v.endedOn)
      return { ...v, description, amountOwedFen: fen(v.amountOwedFen, `${field}.amount_owed_fen`) };
    const beganOn = notInTheFuture(date(v.beganOn, `${field}.began_on`), receivedOn, `${field}.began_on`);
    const endedOn = v.endedOn
      ? notInTheFuture(date(v.endedOn, `${field}.ended_on`), receivedOn, `${field}.ended_on`)
      : '';
    if (endedOn && endedOn < beganOn) {
      throw new InvalidInspectionInputError(`${field}.ended_on`, `${endedOn} is before the act began (${beganOn})`);
    }
    return {
      category: v.category,
      description,
      beganOn,
      endedOn,
      continuing: v.continuing,
      amountOwedFen: fen(v.amountOwedFen, `${field}.amount_owed_fen`),
    };
  });
}

function record(decision: AcceptanceDecision, input: AcceptanceInput, ctx: StepContext): AcceptanceRecord {
  return {
    decision,
    decidedOn: ctx.today,
    decidedBy: ctx.by,
    reason: input.reason,
    redirectedTo: input.redirectedTo,
    missingMaterial: input.missingMaterial,
  };
}

/** The acceptance decision on a case awaiting it, checked; see the file's comment for each decision. */
export function decideAcceptance(c: InspectionCaseRecord, raw: AcceptanceInput, ctx: StepContext): StepPlan {
  requireStatus(c, ['AWAITING_ACCEPTANCE'], 'an acceptance decision');
  if (!raw.decision) {
    throw new InvalidInspectionInputError(
      'decision',
      'give the decision: ACCEPTED, NOT_ACCEPTED, MATERIAL_REQUESTED, REDIRECTED or DISPUTE_PROCEDURE',
    );
  }
  const decision = raw.decision;
  const input: AcceptanceInput = {
    decision,
    violations: raw.violations,
    reason: optionalText(raw.reason, 'reason'),
    redirectedTo: optionalText(raw.redirectedTo, 'redirected_to', 100),
    missingMaterial: textList(raw.missingMaterial, 'missing_material', 'what is missing'),
  };
  const judged = decision === 'ACCEPTED' || decision === 'NOT_ACCEPTED';
  const given = input.violations.length > 0 ? input.violations : c.violations;
  if (judged && given.length === 0) {
    throw new InvalidInspectionInputError(
      'violations',
      'give the violations with their dates: the 2-year window is judged on them',
    );
  }
  const violations = checkViolations(given, c.receivedOn, judged);
  const addressee = complainantAddressee(c);
  const meetAcceptance = (reason: string) => ({
    action: 'meet' as const,
    kind: ACCEPTANCE_DEADLINE,
    subjectId: acceptanceSubject(c.caseId, c.acceptanceRound),
    reason,
  });
  const notice = (kind: InspectionDocumentKind): NumberSequence[] => (addressee ? [kind] : []);
  const withNotice = (kind: InspectionDocumentKind, number: string | undefined): IssuedInspectionDocument[] =>
    number ? [...c.documents, issued(kind, number, ctx, addressee)] : c.documents;

  switch (decision) {
    case 'ACCEPTED': {
      const missing = missingEmployerParticulars(c.parties.employer);
      if (missing.length > 0) {
        throw new InspectionPreconditionError(
          'decision',
          `the employer is not clear (missing ${missing.join('、')}): decide MATERIAL_REQUESTED naming it`,
        );
      }
      const judgements = violations.map((v, i) => withinTwoYears(v, i, c.receivedOn));
      if (judgements.every((j) => !j.within)) {
        throw new InspectionPreconditionError(
          judgements[0]!.field,
          `every act ended before the 2-year window (two years back from receipt on ${c.receivedOn}, ${TWO_YEAR_CITATION}): decide NOT_ACCEPTED`,
        );
      }
      return {
        // The 受理通知书 goes to a complainant; a report's reporter is not addressed (there is nobody by name).
        numbers: ['FILING', ...(c.source === 'COMPLAINT' ? (['ACCEPTANCE_NOTICE'] as const) : [])],
        apply: ([filingNumber, noticeNumber]) => {
          const due = investigationDueDay(ctx.today);
          return {
            record: {
              ...c,
              status: 'UNDER_INVESTIGATION',
              violations,
              filingNumber: filingNumber!,
              filedOn: ctx.today,
              investigationDue: due,
              investigationStatutoryDueOn: due.dueOn,
              acceptance: [...c.acceptance, record(decision, input, ctx)],
              documents: withNotice('ACCEPTANCE_NOTICE', noticeNumber),
            },
            events: [
              {
                kind: '已受理立案',
                summary: `劳动保障监察机构决定受理并立案（${filingNumber}），自立案之日起六十个工作日内调查完毕${noticeNumber ? `；已发出受理通知书（${noticeNumber}）` : ''}`,
                deadlines: [due],
                ...(noticeNumber ? { documentNumber: noticeNumber } : {}),
                watch: [
                  meetAcceptance(`已受理立案 ${filingNumber}`),
                  {
                    action: 'register',
                    kind: INVESTIGATION_DEADLINE,
                    subjectId: investigationSubject(c.caseId, false),
                    dueOn: due.dueOn,
                    provisional: due.provisional,
                  },
                ],
              },
            ],
          };
        },
      };
    }
    case 'NOT_ACCEPTED': {
      const reason = requiredText(input.reason, 'reason', 'the reason the complaint or report is not accepted');
      const judgements = violations.map((v, i) => withinTwoYears(v, i, c.receivedOn));
      const within = judgements.find((j) => j.within);
      if (within) {
        throw new InspectionPreconditionError(
          within.field,
          `the act is within the 2-year window (${TWO_YEAR_CITATION}${within.lastDay ? `, last day ${within.lastDay}` : ', still going on'}): it may not be refused as too old`,
        );
      }
      return {
        numbers: notice('NON_ACCEPTANCE_NOTICE'),
        apply: ([number]) => {
          const end = concluded(
            {
              ...c,
              violations,
              acceptance: [...c.acceptance, record(decision, input, ctx)],
              documents: withNotice('NON_ACCEPTANCE_NOTICE', number),
            },
            ctx,
            'NOT_ACCEPTED',
            reason,
            {
              kind: '不予受理',
              summary: `不予受理：${reason}${number ? `（不予受理通知书 ${number}）` : ''}`,
              ...(number ? { documentNumber: number } : {}),
              watch: [meetAcceptance('不予受理')],
            },
            { kind: 'CONCLUDED', outcome: 'CLOSED', reason: `劳动保障监察不予受理：${reason}` },
          );
          return { record: end.record, events: [end.event] };
        },
      };
    }
    case 'MATERIAL_REQUESTED': {
      if (input.missingMaterial.length === 0) {
        throw new InvalidInspectionInputError('missing_material', 'name what is missing, e.g. 用人单位地址');
      }
      return {
        numbers: notice('MATERIAL_REQUEST'),
        apply: ([number]) => ({
          record: {
            ...c,
            status: 'AWAITING_MATERIAL',
            violations,
            acceptance: [...c.acceptance, record(decision, input, ctx)],
            documents: withNotice('MATERIAL_REQUEST', number),
          },
          events: [
            {
              kind: '告知补正',
              summary: `告知补正投诉材料：${input.missingMaterial.join('、')}；受理期限自收到补正材料之日起重新计算${number ? `（${DOCUMENT_TITLES.MATERIAL_REQUEST} ${number}）` : ''}`,
              ...(number ? { documentNumber: number } : {}),
              // Waiting for the material is not the office's delay: the period starts again when it arrives.
              watch: [
                {
                  action: 'cancel',
                  kind: ACCEPTANCE_DEADLINE,
                  subjectId: acceptanceSubject(c.caseId, c.acceptanceRound),
                  reason: '告知补正，受理期限自收到补正材料之日起重新计算',
                },
              ],
            },
          ],
        }),
      };
    }
    case 'REDIRECTED': {
      const to = requiredText(input.redirectedTo, 'redirected_to', 'the competent department');
      if (c.firstContactResponsible && !DEPARTMENT.test(to)) {
        throw new InspectionPreconditionError(
          'redirected_to',
          `a migrant worker's wages are handled by the office first asked (首问负责, ${FIRST_CONTACT_CITATION}): name the receiving department (e.g. 随州市曾都区住房和城乡建设局), not "${to}"`,
        );
      }
      const reason = input.reason || `不属于本机关劳动保障监察职责范围，告知向${to}提出`;
      return {
        numbers: notice('REDIRECTION_NOTICE'),
        apply: ([number]) => {
          const end = concluded(
            {
              ...c,
              violations,
              acceptance: [...c.acceptance, record(decision, { ...input, redirectedTo: to }, ctx)],
              documents: withNotice('REDIRECTION_NOTICE', number),
            },
            ctx,
            'REDIRECTED',
            reason,
            {
              kind: '告知向有关部门提出',
              summary: `${reason}${c.firstContactResponsible ? `（首问负责，已移交${to}并跟踪办理结果）` : ''}${number ? `（告知书 ${number}）` : ''}`,
              ...(number ? { documentNumber: number } : {}),
              watch: [meetAcceptance(`告知向${to}提出`)],
            },
            { kind: 'CONCLUDED', outcome: 'CLOSED', reason: `${reason}（${to}）` },
          );
          return { record: end.record, events: [end.event] };
        },
      };
    }
    case 'DISPUTE_PROCEDURE': {
      const to = input.redirectedTo;
      if (!(DISPUTE_TARGETS as readonly string[]).includes(to)) {
        throw new InvalidInspectionInputError(
          'redirected_to',
          `a dispute goes to MEDIATION or ARBITRATION (${DISPUTE_PROCEDURE_CITATION}); got "${to}"`,
        );
      }
      const reason =
        input.reason ||
        `该事项属于劳动争议，应当通过劳动争议处理程序解决，告知申请${to === 'MEDIATION' ? '调解' : '仲裁'}（${DISPUTE_PROCEDURE_CITATION}）`;
      return {
        numbers: notice('REDIRECTION_NOTICE'),
        apply: ([number]) => {
          const end = concluded(
            {
              ...c,
              violations,
              acceptance: [...c.acceptance, record(decision, input, ctx)],
              documents: withNotice('REDIRECTION_NOTICE', number),
            },
            ctx,
            'DISPUTE_PROCEDURE',
            reason,
            {
              kind: '告知申请调解仲裁',
              summary: `${reason}；已退回分流，转${DISPUTE_TARGET_ZH[to]}${number ? `（告知书 ${number}）` : ''}`,
              ...(number ? { documentNumber: number } : {}),
              watch: [meetAcceptance(`告知申请${to === 'MEDIATION' ? '调解' : '仲裁'}`)],
            },
            { kind: 'CONCLUDED', outcome: 'TRANSFERRED', reason, transferTo: to },
          );
          return { record: end.record, events: [end.event] };
        },
      };
    }
  }
}

/** 补正: the material arrived on `ctx.today`; the case awaits the decision again, 5 working days from today. */
export function recordSuppliedMaterial(
  c: InspectionCaseRecord,
  input: { employer: Partial<EmployerRecord>; note: string },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, ['AWAITING_MATERIAL'], 'supplied material');
  const note = optionalText(input.note, 'note');
  const supplied = input.employer ?? {};
  const employer: EmployerRecord = { ...c.parties.employer };
  for (const field of ['name', 'unifiedSocialCreditCode', 'address', 'legalRepresentative'] as const) {
    const value = optionalText(supplied[field], `employer.${field}`, 200);
    if (value) employer[field] = value;
  }
  if (!note && JSON.stringify(employer) === JSON.stringify(c.parties.employer)) {
    throw new InvalidInspectionInputError('employer', 'give what was supplied: the employer’s particulars or a note');
  }
  const round = c.acceptanceRound + 1;
  const due = acceptanceDueDay(ctx.today);
  return {
    numbers: [],
    apply: () => ({
      record: {
        ...c,
        status: 'AWAITING_ACCEPTANCE',
        parties: { ...c.parties, employer },
        acceptanceDue: due,
        acceptanceRound: round,
      },
      events: [
        {
          kind: '补正材料',
          summary: `已收到补正材料${note ? `：${note}` : ''}；受理决定期限重新计算，至 ${due.dueOn}`,
          deadlines: [due],
          watch: [
            // Cancelled already when the material was asked for; again here in case that write was lost.
            {
              action: 'cancel',
              kind: ACCEPTANCE_DEADLINE,
              subjectId: acceptanceSubject(c.caseId, c.acceptanceRound),
              reason: '已收到补正材料，受理期限重新计算',
            },
            {
              action: 'register',
              kind: ACCEPTANCE_DEADLINE,
              subjectId: acceptanceSubject(c.caseId, round),
              dueOn: due.dueOn,
              provisional: due.provisional,
            },
          ],
        },
      ],
    }),
  };
}
