import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  CaseDocumentKind,
  IssuedDocument,
  NumberSequence,
} from '../arbitration-case.repository';
import { nextDocumentNumber } from '../review-application.use-case';

/** The documents of the proceedings after acceptance (受理后文书): their titles and numbering sequences. */
const PROCEEDINGS_DOCUMENTS = {
  APPLICATION_COPY_NOTICE: { title: '仲裁申请书副本送达通知书', sequence: 'application-copy-notice' },
  DEFENCE_NOTICE: { title: '答辩通知书', sequence: 'defence-notice' },
  TRIBUNAL_NOTICE: { title: '组庭通知书', sequence: 'tribunal-notice' },
  HEARING_NOTICE: { title: '开庭通知书', sequence: 'hearing-notice' },
  MEDIATION_STATEMENT: { title: '仲裁调解书', sequence: 'mediation-statement' },
  AWARD: { title: '仲裁裁决书', sequence: 'award' },
  ADVANCE_ENFORCEMENT: { title: '先予执行裁决书', sequence: 'advance-enforcement' },
} as const satisfies Partial<Record<CaseDocumentKind, { title: string; sequence: NumberSequence }>>;

export type ProceedingsDocumentKind = keyof typeof PROCEEDINGS_DOCUMENTS;

/**
 * Numbers a document of the proceedings and returns the case with it registered (发文登记), for the step's
 * one write. `subject` names what it is about where a kind repeats: the hearing id of a 开庭通知书, the
 * `${awardIndex}:${documentIndex}` of a 裁决书 (a MIXED award has two), the index of a 先予执行 decision.
 * `title` overrides the kind's, e.g. 仲裁裁决书（终局裁决）. What the document prints and the case's record
 * may move on from is kept with it as issued: `deadline` (the defence due on a 应诉通知书), `seats` (the
 * tribunal a 组庭通知书 named, before any challenge).
 */
export async function issueCaseDocument(
  cases: ArbitrationCaseRepository,
  record: ArbitrationCaseRecord,
  document: { kind: ProceedingsDocumentKind; issuedOn: string; subject?: string; title?: string } & Pick<
    IssuedDocument,
    'deadline' | 'seats'
  >,
): Promise<{ record: ArbitrationCaseRecord; issued: IssuedDocument }> {
  const { title, sequence } = PROCEEDINGS_DOCUMENTS[document.kind];
  const issued: IssuedDocument = {
    kind: document.kind,
    title: document.title ?? title,
    number: await nextDocumentNumber(cases, sequence, record.countyCode, document.issuedOn),
    issuedOn: document.issuedOn,
    ...(document.subject === undefined ? {} : { subject: document.subject }),
    ...(document.deadline === undefined ? {} : { deadline: document.deadline }),
    ...(document.seats === undefined ? {} : { seats: document.seats.map((seat) => ({ ...seat })) }),
  };
  return { record: { ...record, documents: [...record.documents, issued] }, issued };
}
