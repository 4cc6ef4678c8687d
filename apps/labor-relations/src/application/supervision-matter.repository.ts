import type { common } from '@onewindow/contracts';
import type { CheckFindings, LayoffReportState, SupervisionConclusion, SupervisionKind } from '../domain';

export type SupervisionStatus = 'RECEIVED' | 'UNDER_REVIEW' | 'CONCLUDED';
export const SUPERVISION_STATUSES: readonly SupervisionStatus[] = ['RECEIVED', 'UNDER_REVIEW', 'CONCLUDED'];
export const OPEN_STATUSES: readonly SupervisionStatus[] = ['RECEIVED', 'UNDER_REVIEW'];

export const SUPERVISION_DOCUMENT_KINDS = ['LAYOFF_REPORT_RECEIPT', 'GUIDANCE', 'INSPECTION_REFERRAL'] as const;
export type SupervisionDocumentKind = (typeof SUPERVISION_DOCUMENT_KINDS)[number];

/** A document as issued (发文登记). */
export interface IssuedSupervisionDocument {
  kind: SupervisionDocumentKind;
  /** 裁员报告登记回执, 劳动关系监管指导意见书 or 移送劳动保障监察函 */
  title: string;
  number: string;
  issuedOn: string;
}

export interface EmployerRecord {
  name: string;
  unifiedSocialCreditCode: string;
  address: string;
  legalRepresentative: string;
}

/** A supervision matter (劳动关系监管事项): one per LABOR_RELATIONS_SUPERVISION referral, or the office's own. */
export interface SupervisionMatterRecord {
  /** the referral's id, or one made from the county and request id for the office's own */
  supervisionId: string;
  /** empty for the office's own (no referral, no matter) */
  referralId: string;
  matterId: string;
  matterNumber: string;
  /** the office's own: the request id it was opened under (idempotent) */
  requestId: string;
  countyCode: string;
  kind?: SupervisionKind;
  status: SupervisionStatus;
  /** 监管编号, e.g. 421303-劳监-2026-000001 */
  number: string;
  employer: EmployerRecord;
  openedOn: string;
  layoff?: LayoffReportState;
  findings?: CheckFindings;
  conclusion?: SupervisionConclusion;
  conclusionReason: string;
  guidance: string[];
  correctBy: string;
  inspectionCaseId: string;
  concludedOn: string;
  documents: IssuedSupervisionDocument[];
  version: number;
}

/** What changed, announced with the matter in one write (topic onewindow.labor_relations.supervision.v1). */
export interface SupervisionEventRecord {
  /** e.g. 裁员报告已登记, 专项检查, 指导意见书, 移送劳动保障监察, 无需报告 */
  kind: string;
  summary: string;
  deadlines?: common.Deadline[];
  documentNumber?: string;
  /** the office contract's answer to routing this change makes, if any (only for referred matters) */
  officeAnswer?: 'TAKEN' | 'CONCLUDED';
  /** an own-initiative referral to inspection: InspectionRequested */
  inspectionRequested?: boolean;
}

export type NumberSequence = 'supervision' | 'layoff-receipt' | 'guidance' | 'inspection-referral';

export interface SupervisionListing {
  countyCodes: readonly string[];
  statuses: readonly SupervisionStatus[];
  kind?: SupervisionKind;
  after?: { openedOn: string; supervisionId: string };
  limit: number;
}

export interface SupervisionMatterRepository {
  nextNumber(sequence: NumberSequence, countyCode: string, year: number): Promise<number>;
  /** 'already-recorded' when the matter exists (a redelivered referral, a repeated request id). */
  saveAndAnnounce(
    record: SupervisionMatterRecord,
    events: SupervisionEventRecord[],
  ): Promise<'saved' | 'already-recorded'>;
  /** ConcurrencyConflictError when the matter changed since `expectedVersion`. */
  saveChanges(
    record: SupervisionMatterRecord,
    expectedVersion: number,
    events: SupervisionEventRecord[],
  ): Promise<void>;
  findById(supervisionId: string): Promise<SupervisionMatterRecord | undefined>;
  findLatestByMatter(matterId: string): Promise<SupervisionMatterRecord | undefined>;
  list(listing: SupervisionListing): Promise<SupervisionMatterRecord[]>;
}

export const SUPERVISION_MATTER_REPOSITORY = Symbol('SupervisionMatterRepository');
