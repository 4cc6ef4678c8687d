// The investigation after filing (调查取证, 劳动保障监察条例 Arts. 15–17, 19): an inquiry notice to the
// employer, evidence, the employer's statement and defence, and the one extension of the 60 working days.
import { chinaMinuteOf, compareIsoDates, todayInChina } from '@onewindow/calendar';
import { issued, requireStatus } from './case-steps';
import {
  FILED_STATUSES,
  type EvidenceRecord,
  type InspectionCaseRecord,
  type StepContext,
  type StepPlan,
} from './inspection-case';
import { InspectionPreconditionError, InvalidInspectionInputError } from './inspection.errors';
import { date, notInTheFuture, optionalText, requiredText, textList } from './inspection-input.validation';
import { extendedInvestigationDueDay } from './inspection-periods';
import { INVESTIGATION_DEADLINE, investigationSubject } from './watched-inspection-deadlines';

/** 延长调查 (Art. 17): once, 30 working days from the statutory due day, approved by the department's head. */
export function extendInvestigation(
  c: InspectionCaseRecord,
  input: { approvedBy: string; reason: string },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, ['UNDER_INVESTIGATION'], 'an extension of the investigation');
  const approvedBy = requiredText(
    input.approvedBy,
    'approved_by',
    'who approved the extension (the department’s head)',
    100,
  );
  const reason = requiredText(input.reason, 'reason', 'why the case is complicated enough to need more time');
  if (c.extensionApprovedBy) {
    throw new InspectionPreconditionError(
      'caseId',
      `已延长一次: the investigation was extended once already (approved by ${c.extensionApprovedBy}); Art. 17 allows one extension`,
    );
  }
  const due = extendedInvestigationDueDay(c.investigationStatutoryDueOn);
  return {
    numbers: [],
    apply: () => ({
      record: { ...c, investigationDue: due, extensionApprovedBy: approvedBy, extensionReason: reason },
      events: [
        {
          kind: '延长调查',
          summary: `${ctx.today} 经${approvedBy}批准，调查期限延长三十个工作日，至 ${due.dueOn}：${reason}`,
          deadlines: [due],
          watch: [
            {
              action: 'cancel',
              kind: INVESTIGATION_DEADLINE,
              subjectId: investigationSubject(c.caseId, false),
              reason: `经批准延长至 ${due.dueOn}`,
            },
            {
              action: 'register',
              kind: INVESTIGATION_DEADLINE,
              subjectId: investigationSubject(c.caseId, true),
              dueOn: due.dueOn,
              provisional: due.provisional,
              legalBasis: due.citation,
            },
          ],
        },
      ],
    }),
  };
}

/** 询问通知书 (部令25号 Art. 20): the employer is to appear after today, at a place, with the materials listed. */
export function issueInquiryNotice(
  c: InspectionCaseRecord,
  input: { appearAt: string; place: string; materials: string[] },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, FILED_STATUSES, 'an inquiry notice');
  const at = new Date(input.appearAt ?? '');
  if (!input.appearAt || Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(input.appearAt)) {
    throw new InvalidInspectionInputError(
      'appear_at',
      `must be a date and time, e.g. 2026-12-08T09:30:00+08:00; got "${input.appearAt ?? ''}"`,
    );
  }
  if (compareIsoDates(todayInChina(at), ctx.today) <= 0) {
    throw new InvalidInspectionInputError(
      'appear_at',
      `the employer must be given time: a day after today (${ctx.today})`,
    );
  }
  const place = requiredText(input.place, 'place', 'where the employer is to appear', 200);
  const materials = textList(input.materials, 'materials', 'material to bring', 1);
  return {
    numbers: ['INQUIRY_NOTICE'],
    apply: ([number]) => ({
      record: {
        ...c,
        inquiries: [
          ...c.inquiries,
          { number: number!, issuedOn: ctx.today, appearAt: at.toISOString(), place, materials },
        ],
        documents: [...c.documents, issued('INQUIRY_NOTICE', number!, ctx, c.parties.employer.name)],
      },
      events: [
        {
          kind: '询问通知书',
          summary: `向${c.parties.employer.name}发出询问通知书（${number}），于 ${chinaMinuteOf(at)} 到${place}接受询问`,
          documentNumber: number!,
        },
      ],
    }),
  };
}

export function recordEvidence(
  c: InspectionCaseRecord,
  input: { kind: string; source: string; summary: string },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, FILED_STATUSES, 'evidence');
  const evidence: EvidenceRecord = {
    kind: requiredText(input.kind, 'kind', 'the kind of evidence (e.g. 工资表, 考勤记录, 询问笔录)', 100),
    source: requiredText(input.source, 'source', 'where it comes from', 200),
    summary: requiredText(input.summary, 'summary', 'what it shows'),
    recordedOn: ctx.today,
    recordedBy: ctx.by,
  };
  return {
    numbers: [],
    apply: () => ({
      record: { ...c, evidence: [...c.evidence, evidence] },
      events: [{ kind: '调查取证', summary: `调查取证：${evidence.kind}（来源：${evidence.source}）` }],
    }),
  };
}

/** 陈述、申辩 (条例 Art. 19): the employer's statement, or its waiver, on a day not in the future. */
export function recordEmployerHeard(
  c: InspectionCaseRecord,
  input: { heardOn: string; statement: string; waived: boolean },
  ctx: StepContext,
): StepPlan {
  requireStatus(c, FILED_STATUSES, 'the employer’s statement');
  const heardOn = notInTheFuture(date(input.heardOn, 'heard_on'), ctx.today, 'heard_on');
  if (compareIsoDates(heardOn, c.filedOn) < 0) {
    throw new InvalidInspectionInputError('heard_on', `${heardOn} is before the case was filed (${c.filedOn})`);
  }
  const statement = input.waived
    ? ''
    : requiredText(input.statement, 'statement', 'the statement and defence, or set waived');
  if (input.waived && optionalText(input.statement, 'statement')) {
    throw new InvalidInspectionInputError(
      'statement',
      'a waived hearing has no statement: leave it empty or unset waived',
    );
  }
  return {
    numbers: [],
    apply: () => ({
      record: { ...c, employerHeard: { heardOn, statement, waived: input.waived, recordedBy: ctx.by } },
      events: [
        {
          kind: '陈述申辩',
          summary: input.waived
            ? `${c.parties.employer.name}经告知放弃陈述、申辩（${heardOn}）`
            : `听取${c.parties.employer.name}的陈述、申辩（${heardOn}）`,
        },
      ],
    }),
  };
}
