import type {
  AbsenceConsequence,
  AdvanceEnforcementDecision,
  ApplicationCopyService,
  Award,
  AwardPeriod,
  Defence,
  ElectronicServiceConsent,
  Hearing,
  MatterContent,
  MediationStatement,
  RoomBooking,
  MissingItem,
  Supplement,
  Tribunal,
} from '../domain';

export type CaseStatus =
  | 'AWAITING_SUPPLEMENT'
  | 'AWAITING_ACCEPTANCE_DECISION'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'WITHDRAWN'
  /** 调解结案: the 仲裁调解书 is in force */
  | 'MEDIATED'
  /** 已裁决: the award on every claim was made */
  | 'AWARDED';

export interface CaseDeadline {
  id: string;
  label: string;
  dueOn: string;
  provisional: boolean;
  citation: string;
}

/** The documents (文书) a case can have, each issued once, but a 补正通知书 once per supplement round. */
export const CASE_DOCUMENT_KINDS = [
  'RECEIPT',
  'ACCEPTANCE_NOTICE',
  'NON_ACCEPTANCE_NOTICE',
  'SUPPLEMENT_NOTICE',
  /** 仲裁申请书副本送达 (应诉通知书, Art. 30) */
  'APPLICATION_COPY_NOTICE',
  /** 答辩通知 to the applicant with the defence (Art. 30) */
  'DEFENCE_NOTICE',
  /** 组庭通知书 (Art. 32) */
  'TRIBUNAL_NOTICE',
  /** 开庭通知书 (Art. 35), one per hearing */
  'HEARING_NOTICE',
  /** 仲裁调解书 (Art. 42) */
  'MEDIATION_STATEMENT',
  /** 仲裁裁决书: two for a MIXED award (办案规则 Art. 50) */
  'AWARD',
  /** 先予执行裁决书 (Art. 44) */
  'ADVANCE_ENFORCEMENT',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/** A document as issued (发文登记): what it is, its number and day, and the deadline it announced then. */
export interface IssuedDocument {
  kind: CaseDocumentKind;
  /** 收件回执, 受理通知书, 不予受理通知书 (书面说明 for lack of jurisdiction) or 补正通知书 */
  title: string;
  number: string;
  issuedOn: string;
  /** Kept as issued: the case's own deadlines move on (a receipt's decision due gives way to the award's). */
  deadline?: CaseDeadline;
  /** A 补正通知书: what it asked for (each notice keeps its own list; absent on one stored before). */
  missingItems?: Omit<MissingItem, 'citation'>[];
  /** The day the application material first arrived, as the document prints it. */
  applicationReceivedOn?: string;
  /** The day the supplement material it answers arrived (a receipt or further notice after a 补正). */
  supplementReceivedOn?: string;
  /** What it is about where a kind repeats (documents/issue-case-document.ts): a hearing, an award's document. */
  subject?: string;
  /** A 组庭通知书: the seats it named, kept as issued (a granted challenge moves the tribunal's seats on). */
  seats?: Tribunal['arbitrators'];
}

/** A supplement as submitted (补正材料), kept de-identified: the history, and how a repeat is recognised. */
export interface SupplementRecord {
  requestId: string;
  submittedOn: string;
  /** who brought it in: the clerk's user id, or portal:<matter number> */
  submittedBy: string;
  /** 文号 of the notice it answered */
  noticeNumber: string;
  /** the notice's items it supplied, as the notice named them */
  supplied: Omit<MissingItem, 'citation'>[];
  /** what was supplied, values trimmed and personal data masked (deidentifiedSupplement) */
  content: Supplement;
}

/** What the notices say of the parties and the claims, copied from the application when it arrives. */
export interface CaseParties {
  /** 申请人: the name only; identity and phone numbers stay sealed in intake (docs/security.md). */
  applicantName: string;
  /** 被申请人: the employer's name */
  respondentName: string;
  /** 仲裁请求, in the order applied for */
  claims: { description: string; amountFen: number }[];
}

/** An application for arbitration (仲裁申请) from the day it reached the commission. */
export interface ArbitrationCaseRecord {
  /** One case per referral: a redelivered referral lands on the same case. */
  caseId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  referralId: string;
  status: CaseStatus;
  receivedOn: string;
  missingItems: Omit<MissingItem, 'citation'>[];
  receiptNumber: string;
  acceptanceNoticeNumber: string;
  acceptedOn: string;
  nonAcceptanceReasonCode: string;
  nonAcceptanceReason: string;
  remedy: string;
  deadlines: CaseDeadline[];
  notes: string[];
  parties: CaseParties;
  documents: IssuedDocument[];
  /**
   * The application (仲裁申请) as it stands: as referred, with every supplement applied; de-identified as
   * routing's copy is. Absent on cases stored before it was kept (those cannot take a supplement).
   */
  application?: MatterContent;
  /** Every supplement submitted, oldest first. */
  supplements: SupplementRecord[];
  /**
   * The award period (仲裁期限) once a step changed it: an extension, a suspension or resumption. Absent
   * until then (the 45 days from acceptance, as the acceptance notice printed them).
   */
  awardPeriod?: AwardPeriod;
  /** The subject the award deadline is watched under now: the case id, then a new one per change. */
  awardDeadlineSubject?: string;
  /** Why the case ended, when the applicant withdrew (撤回). */
  withdrawalReason?: string;
  /** 送达: the application copy as served on the respondent (Art. 30). */
  applicationCopyService?: ApplicationCopyService;
  /** 电子送达: the respondent's agreement and the link last sent (application/electronic-service.use-case.ts). */
  electronicService?: ElectronicServiceRecord;
  /** The respondent's defence (答辩书) as received. */
  defence?: Defence;
  /** 仲裁庭 as composed (its seats after any challenge). */
  tribunal?: Tribunal;
  /** 开庭: the hearings scheduled, oldest first. */
  hearings?: Hearing[];
  /** 仲裁调解书 once issued, under its 文号. */
  mediationStatement?: MediationStatement & { number: string };
  /** 仲裁调解书 retracted before a new one was issued, oldest first: each issued document still reads as issued. */
  retractedMediationStatements?: (MediationStatement & { number: string })[];
  /**
   * 裁决书 made, oldest first (a partial award, then the whole one): `numbers` one per document of the award,
   * `inAbsence` when the respondent was decided in absence (缺席裁决).
   */
  awards?: (Award & { numbers: string[]; inAbsence: boolean })[];
  /** 先予执行 decisions, oldest first, each under its 文号. */
  advanceEnforcement?: (AdvanceEnforcementDecision & { number: string; appliedOn: string })[];
  /** The respondent decided in absence (缺席裁决, Art. 36), as the hearing's record found it. */
  decidedInAbsence?: Extract<AbsenceConsequence, { consequence: 'DECIDED_IN_ABSENCE' }>;
  /** Optimistic concurrency: every change states the version it read. */
  version: number;
}

/**
 * 电子送达 on a case: the respondent's agreement (with the whole mobile it gave, personal data of the respondent's
 * contact, docs/security.md) and the link last sent. Only SHA-256 hashes of the link's token and of the one-time
 * code are kept (the code's keyed by the token), so the stored case can serve nobody.
 */
export interface ElectronicServiceRecord {
  consent: ElectronicServiceConsent;
  /** the last send: found by `tokenHash` through its index */
  tokenHash?: string;
  codeHash?: string;
  sentAt?: string;
  expiresAt?: string;
  /** the link as the SMS carried it, its token masked */
  link?: string;
  /** wrong codes entered at this link (5 lock it until a new send) */
  wrongCodes?: number;
}

/** One numbering sequence per kind of document, county and year. */
export type NumberSequence =
  | 'receipt'
  | 'acceptance-notice'
  | 'non-acceptance-notice'
  | 'supplement-notice'
  | 'application-copy-notice'
  | 'defence-notice'
  | 'tribunal-notice'
  | 'hearing-notice'
  | 'mediation-statement'
  | 'award'
  | 'advance-enforcement';

/** What the review announced, in order, published with the case in one write. */
export type ArbitrationEvent =
  | {
      type: 'SupplementRequested';
      supplementBy: CaseDeadline;
      noticeNumber: string;
      /** 1 for the notice on receipt, then one more for each supplement that left something missing */
      round: number;
    }
  | {
      type: 'SupplementSubmitted';
      submittedOn: string;
      noticeNumber: string;
      supplied: Omit<MissingItem, 'citation'>[];
    }
  | { type: 'ApplicationReceived'; decisionDue?: CaseDeadline }
  | {
      type: 'ApplicationAccepted';
      awardDue: CaseDeadline;
      /** 当日受理 applied (wage arrears, work injury, major collective dispute): accepted on review. */
      sameDayRequired: boolean;
    }
  | { type: 'ApplicationNotAccepted' }
  | {
      /** A step after acceptance, for the timeline (the award period's steps, withdrawal, service, defence). */
      type: 'ProceedingsStep';
      kind: ProceedingsStepKind;
      summary: string;
      /** the deadlines it shows on the timeline (e.g. the award's last day in force) */
      shows: CaseDeadline[];
      /** what it does to the watched deadlines, in order */
      deadlineMoves: WatchedDeadlineMove[];
    };

export type ProceedingsStepKind =
  | 'AWARD_PERIOD_EXTENDED'
  | 'PROCEEDINGS_SUSPENDED'
  | 'PROCEEDINGS_RESUMED'
  | 'APPLICATION_WITHDRAWN'
  | 'APPLICATION_COPY_SERVED'
  /** 电子送达确认书 recorded: the respondent agreed to electronic service */
  | 'ELECTRONIC_SERVICE_AGREED'
  /** the SMS with the link and the one-time code sent to the respondent */
  | 'APPLICATION_COPY_SENT_ELECTRONICALLY'
  | 'DEFENCE_FILED'
  | 'TRIBUNAL_COMPOSED'
  | 'HEARING_SCHEDULED'
  | 'ARBITRATOR_CHALLENGED'
  | 'CHALLENGE_DECIDED'
  | 'HEARING_POSTPONED'
  /** 延期开庭申请 refused: the hearing goes ahead as noticed */
  | 'POSTPONEMENT_REFUSED'
  | 'HEARING_HELD'
  /** Art. 36: the applicant absent without good reason after written notice */
  | 'APPLICATION_TREATED_AS_WITHDRAWN'
  | 'MEDIATION_STATEMENT_ISSUED'
  | 'MEDIATION_STATEMENT_SIGNED'
  | 'MEDIATION_STATEMENT_IN_FORCE'
  | 'MEDIATION_STATEMENT_RETRACTED'
  | 'PARTIAL_AWARD_MADE'
  | 'AWARD_MADE'
  | 'ADVANCE_ENFORCEMENT_DECIDED';

/** A change a step makes to one watched deadline (kind and subject as libs/deadlines registers them). */
export type WatchedDeadlineMove =
  | { action: 'cancel' | 'meet'; kind: string; subjectId: string; reason: string }
  | { action: 'register'; kind: string; subjectId: string; due: CaseDeadline };

/** Where a listing stopped: cases are listed by the day received, then case id. */
export interface CasePosition {
  receivedOn: string;
  caseId: string;
}

export interface CaseListing {
  countyCodes: readonly string[];
  status?: CaseStatus;
  /** Only cases after this one. */
  after?: CasePosition;
  limit: number;
}

export interface ArbitrationCaseRepository {
  exists(caseId: string): Promise<boolean>;
  nextNumber(kind: NumberSequence, countyCode: string, year: number): Promise<number>;
  /** 'already-recorded' when the case exists (a redelivered referral). */
  saveAndAnnounce(record: ArbitrationCaseRecord, events: ArbitrationEvent[]): Promise<'saved' | 'already-recorded'>;
  /** Saves a change made from `expectedVersion`; ConcurrencyConflictError when someone changed it since. */
  saveChanges(record: ArbitrationCaseRecord, expectedVersion: number, events: ArbitrationEvent[]): Promise<void>;
  findById(caseId: string): Promise<ArbitrationCaseRecord | undefined>;
  /** The newest case of the matter (a matter re-referred to arbitration has several). */
  findLatestByMatter(matterId: string): Promise<ArbitrationCaseRecord | undefined>;
  /** Cases in the order received (received on, then case id), at most `limit`. */
  list(listing: CaseListing): Promise<ArbitrationCaseRecord[]>;
}

export const ARBITRATION_CASE_REPOSITORY = Symbol('ArbitrationCaseRepository');

/** A booking as the room calendar keeps it: with the case it is for (absent on bookings stored before). */
export type BookedHearing = RoomBooking & { readonly caseId?: string };

/** A hearing room's calendar (one document per room and day): the hearings booked in it. */
export interface HearingRoomCalendar {
  /**
   * Books the hearing in its room after `check` has seen the room's other bookings of that day, the check
   * and the booking taken in turn with any other booking of the room and day; booking the same hearing
   * again replaces it.
   */
  book(
    countyCode: string,
    booking: RoomBooking & { readonly caseId: string },
    day: string,
    check: (others: readonly RoomBooking[]) => void,
  ): Promise<void>;
  /** Frees the room of that hearing on that day (a postponement); nothing changes when it is not booked. */
  release(countyCode: string, roomId: string, day: string, hearingId: string): Promise<void>;
  /** The room's bookings on those days, read by each day's key (never a scan). */
  bookingsOn(countyCode: string, roomId: string, days: readonly string[]): Promise<BookedHearing[]>;
}

export const HEARING_ROOM_CALENDAR = Symbol('HearingRoomCalendar');
