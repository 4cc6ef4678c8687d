// One wage case in 曾都区 (421303) taken through its proceedings for the document specs: accepted on review
// (2026-03-10, a Tuesday), then served, defended, a tribunal composed and a hearing noticed through the
// real use cases, and the award, 调解书 and 先予执行 made through the domain rules and issueCaseDocument as
// the award and mediation steps do. Kept in memory; documents are numbered from 1 per kind.
import type { Caller } from '@onewindow/access';
import {
  type AdvanceEnforcementInput,
  type AwardInput,
  decideAdvanceEnforcement,
  draftAward,
  issueMediationStatement,
  type MediationStatement,
  type MediationStatementInput,
  recordHearing,
  type RoomBooking,
} from '../../../domain';
import type { ClaimedItem } from '../../../domain/proceedings-input.validation';
import { claimOf, completeApplication } from '../../../domain/testing/complete-application.fixture';
import { threeArbitratorsInput } from '../../../domain/testing/proceedings.fixture';
import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  HearingRoomCalendar,
  IssuedDocument,
} from '../../arbitration-case.repository';
import { HearingUseCase } from '../../hearing.use-case';
import { ReviewApplicationUseCase } from '../../review-application.use-case';
import { ServiceAndDefenceUseCase } from '../../service-and-defence.use-case';
import { TribunalUseCase } from '../../tribunal.use-case';
import { issueCaseDocument } from '../issue-case-document';

export const CLERK: Caller = { userId: 'clerk', roles: ['ARBITRATION_CLERK'], counties: ['421303'] };
export const ARBITRATOR: Caller = { userId: 'arbitrator', roles: ['ARBITRATOR'], counties: ['421303'] };

/** WAGES within 12 × the minimum wage (final), SEVERANCE above it (not final), a labour relationship (not final). */
export const CLAIMS = [
  claimOf('WAGES', 1_860_000, '支付2025年11月至2026年1月拖欠的工资18600元'),
  claimOf('SEVERANCE', 3_000_000, '支付解除劳动合同的经济补偿30000元'),
  claimOf('CONFIRM_LABOR_RELATIONSHIP', 0, '确认申请人与被申请人自2023年3月1日起存在劳动关系'),
];

/** A clock at 18:00 China time on `day`. */
export const eveningOf = (day: string) => new Date(`${day}T18:00:00+08:00`);

/** Keeps cases in memory: one write per step, against the version read, with the events it announced. */
export class InMemoryCases
  implements Pick<ArbitrationCaseRepository, 'exists' | 'nextNumber' | 'saveAndAnnounce' | 'saveChanges' | 'findById'>
{
  readonly cases = new Map<string, ArbitrationCaseRecord>();
  readonly writes: { caseId: string; events: ArbitrationEvent[] }[] = [];
  private readonly sequences = new Map<string, number>();
  async exists(caseId: string) {
    return this.cases.has(caseId);
  }
  async nextNumber(kind: string, countyCode: string, year: number) {
    const key = `${kind}:${countyCode}:${year}`;
    this.sequences.set(key, (this.sequences.get(key) ?? 0) + 1);
    return this.sequences.get(key)!;
  }
  async saveAndAnnounce(record: ArbitrationCaseRecord, events: ArbitrationEvent[]) {
    this.cases.set(record.caseId, record);
    this.writes.push({ caseId: record.caseId, events });
    return 'saved' as const;
  }
  async saveChanges(record: ArbitrationCaseRecord, expectedVersion: number, events: ArbitrationEvent[]) {
    const stored = this.cases.get(record.caseId)!;
    if (stored.version !== expectedVersion) throw new Error(`version ${stored.version}, not ${expectedVersion}`);
    this.cases.set(record.caseId, { ...record, version: expectedVersion + 1 });
    this.writes.push({ caseId: record.caseId, events });
  }
  async findById(caseId: string) {
    return this.cases.get(caseId);
  }
}

/** A room calendar that checks each booking against the others of its room and day, in memory (booking only). */
export class InMemoryRooms implements Pick<HearingRoomCalendar, 'book'> {
  private readonly bookings = new Map<string, RoomBooking[]>();
  async book(countyCode: string, booking: RoomBooking, day: string, check: (others: readonly RoomBooking[]) => void) {
    const key = `${countyCode}:${booking.roomId}:${day}`;
    const others = (this.bookings.get(key) ?? []).filter((b) => b.hearingId !== booking.hearingId);
    check(others);
    this.bookings.set(key, [...others, booking]);
  }
}

/** The case and the steps on it, each through its use case (or, for the award, the rules and issueCaseDocument). */
export class ProceedingsCase {
  readonly cases = new InMemoryCases();
  private readonly repository = this.cases as unknown as ArbitrationCaseRepository;
  readonly service = new ServiceAndDefenceUseCase(this.repository);
  readonly tribunal = new TribunalUseCase(this.repository);
  readonly hearings = new HearingUseCase(this.repository, new InMemoryRooms() as unknown as HearingRoomCalendar);
  readonly caseId = 'wage-arrears/1';

  get record(): ArbitrationCaseRecord {
    return this.cases.cases.get(this.caseId)!;
  }
  get repositoryPort(): ArbitrationCaseRepository {
    return this.repository;
  }

  /** The documents of a kind issued on the case, in the order issued. */
  issued(kind: IssuedDocument['kind']): IssuedDocument[] {
    return this.record.documents.filter((document) => document.kind === kind);
  }

  /** Received and accepted the same day (wage arrears), 2026-03-10. */
  async accept(claims = CLAIMS): Promise<this> {
    await new ReviewApplicationUseCase(this.repository).execute({
      referralId: this.caseId,
      matterId: 'matter-1',
      matterNumber: '421303-2026-000001',
      content: completeApplication({ claims }),
      issuedAt: '2026-03-10T02:00:00Z',
    });
    if (this.record.status !== 'ACCEPTED') throw new Error(`the case is ${this.record.status}`);
    return this;
  }

  async serveByPost(receivedOn = '2026-03-12'): Promise<this> {
    await this.service.recordService(
      CLERK,
      this.caseId,
      { method: 'POST', trackingNumber: 'EMS1234567890CN', receivedOn, signedBy: '' },
      eveningOf(receivedOn),
    );
    return this;
  }

  async defend(submittedOn: string): Promise<this> {
    await this.service.recordDefence(CLERK, this.caseId, { submittedOn }, eveningOf(submittedOn));
    return this;
  }

  async composeThree(notifiedOn = '2026-03-13'): Promise<this> {
    const { arbitrators } = threeArbitratorsInput();
    await this.tribunal.compose(ARBITRATOR, this.caseId, {
      form: 'THREE_ARBITRATORS',
      arbitrators: [...arbitrators],
      composedOn: '2026-03-12',
      factsClear: false,
      bothPartiesAgree: false,
      notifiedOn,
    });
    return this;
  }

  /** A hearing noticed on `noticeServedOn`, on site in room-1 unless a meeting link is given. */
  async scheduleHearing(day: string, noticeServedOn: string, meetingLink = ''): Promise<this> {
    await this.hearings.schedule(
      ARBITRATOR,
      this.caseId,
      {
        startsAt: `${day}T09:00:00+08:00`,
        endsAt: `${day}T11:30:00+08:00`,
        roomId: meetingLink ? '' : 'room-1',
        place: '',
        meetingLink,
        noticeServedOn,
      },
      eveningOf(noticeServedOn),
    );
    return this;
  }

  /** The last hearing held, its 庭审笔录 kept (the record's own change, as RecordHearing makes it). */
  async holdLastHearing(): Promise<this> {
    const hearings = this.record.hearings ?? [];
    const last = hearings.at(-1)!;
    const held = recordHearing(
      last,
      { text: '庭审笔录：双方到庭，进行了质证和辩论。', clerkId: 'clerk' },
      new Date(last.endsAt),
    );
    await this.write({ ...this.record, hearings: [...hearings.slice(0, -1), held] });
    return this;
  }

  /** An award as IssueAward makes it: drafted by the rules, one numbered document per finality. */
  async award(input: Omit<AwardInput, 'countyCode'>): Promise<this> {
    const record = this.record;
    const award = draftAward(
      { countyCode: record.countyCode, ...input },
      {
        countyCode: record.countyCode,
        filedOn: record.receivedOn,
        acceptedOn: record.acceptedOn,
        claims: this.claims(),
        caseState: 'OPEN',
        mediationStage: 'NO_AGREEMENT',
        decidedClaimIndexes: (record.awards ?? []).flatMap((a) => a.decisions.map((d) => d.claimIndex)),
      },
    );
    const awardIndex = record.awards?.length ?? 0;
    let issuing = record;
    const numbers: string[] = [];
    for (const [documentIndex, document] of award.documents.entries()) {
      const issued = await issueCaseDocument(this.repository, issuing, {
        kind: 'AWARD',
        issuedOn: award.awardedOn,
        title: document.title,
        subject: `${awardIndex}:${documentIndex}`,
      });
      issuing = issued.record;
      numbers.push(issued.issued.number);
    }
    const made = { ...award, numbers, inAbsence: !!record.decidedInAbsence };
    await this.write({ ...issuing, awards: [...(record.awards ?? []), made] });
    return this;
  }

  /** A 调解书 as IssueMediationStatement makes it, signed by the tribunal's arbitrators. */
  async mediate(input: Pick<MediationStatementInput, 'issuedOn' | 'settledClaims' | 'otherTerms'>): Promise<this> {
    const record = this.record;
    const statement = issueMediationStatement({
      countyCode: record.countyCode,
      worker: { partyId: 'WORKER', name: record.parties.applicantName },
      employer: { partyId: 'EMPLOYER', name: record.parties.respondentName },
      arbitratorIds: record.tribunal!.arbitrators.map((seat) => seat.arbitratorId),
      claims: this.claims(),
      ...input,
    });
    const issued = await issueCaseDocument(this.repository, record, {
      kind: 'MEDIATION_STATEMENT',
      issuedOn: statement.issuedOn,
    });
    await this.write({ ...issued.record, mediationStatement: { ...statement, number: issued.issued.number } });
    return this;
  }

  /** A change to the 调解书 on the record (a signature, a retraction), as the signing steps make it. */
  async changeStatement(change: (statement: MediationStatement) => MediationStatement): Promise<this> {
    const current = this.record.mediationStatement!;
    await this.write({ ...this.record, mediationStatement: { ...change(current), number: current.number } });
    return this;
  }

  /** A 先予执行 decision as DecideAdvanceEnforcement makes it, its 裁决书 numbered. */
  async advanceEnforce(
    input: Pick<AdvanceEnforcementInput, 'appliedOn' | 'decidedOn' | 'items'> &
      Partial<Pick<AdvanceEnforcementInput, 'rightsAndObligationsClear' | 'livelihoodSeriouslyAffected'>>,
  ): Promise<this> {
    const record = this.record;
    const decision = decideAdvanceEnforcement(
      {
        countyCode: record.countyCode,
        applicant: 'WORKER',
        rightsAndObligationsClear: true,
        livelihoodSeriouslyAffected: true,
        ...input,
      },
      { countyCode: record.countyCode, claims: this.claims(), caseState: 'OPEN' },
    );
    const index = record.advanceEnforcement?.length ?? 0;
    const issued = await issueCaseDocument(this.repository, record, {
      kind: 'ADVANCE_ENFORCEMENT',
      issuedOn: decision.decidedOn,
      subject: String(index),
    });
    await this.write({
      ...issued.record,
      advanceEnforcement: [
        ...(record.advanceEnforcement ?? []),
        { ...decision, number: issued.issued.number, appliedOn: input.appliedOn },
      ],
    });
    return this;
  }

  private claims(): ClaimedItem[] {
    return (this.record.application?.claims ?? []).map(({ category, amountFen }) => ({ category, amountFen }));
  }

  private async write(record: ArbitrationCaseRecord): Promise<void> {
    await this.cases.saveChanges(record, this.record.version, []);
  }
}

/** Reasons of the award below, per claim. */
export const AWARD_REASONS = [
  '申请人提交的工资条及银行流水证明被申请人拖欠其2025年11月至2026年1月工资18600元，被申请人未提交反驳证据',
  '被申请人未依法支付经济补偿，按申请人在被申请人处的工作年限及离职前十二个月平均工资计算，经济补偿应为28000元',
  '双方之间存在劳动关系的事实清楚，有考勤记录、工资发放记录等证据证明',
];

/**
 * The case to its award: served, defended, a tribunal of three told, a hearing held on site and one noticed
 * online, advance enforcement of the wages, a 调解书 the employer went back on, then a MIXED award — the
 * wages final (18600 yuan is within 12 × 2130), the severance (28000 of 30000) and the relationship not.
 */
export async function caseToItsAward(): Promise<ProceedingsCase> {
  const c = await new ProceedingsCase().accept();
  await c.serveByPost('2026-03-12');
  await c.defend('2026-03-20');
  await c.composeThree('2026-03-13');
  await c.scheduleHearing('2026-03-24', '2026-03-13');
  await c.holdLastHearing();
  await c.scheduleHearing('2026-04-07', '2026-03-25', 'https://meeting.example.cn/r/123456');
  await c.advanceEnforce({
    appliedOn: '2026-03-24',
    decidedOn: '2026-03-25',
    items: [{ claimIndex: 0, amountFen: 1_860_000 }],
  });
  await c.mediate({
    issuedOn: '2026-03-26',
    settledClaims: [
      { claimIndex: 0, amountFen: 1_500_000 },
      { claimIndex: 1, amountFen: 1_000_050 },
    ],
    otherTerms: '被申请人于2026年3月31日前一次性支付上述款项，并为申请人出具解除劳动合同的证明。',
  });
  return c;
}

export const MIXED_AWARD: Omit<AwardInput, 'countyCode'> = {
  awardedOn: '2026-04-10',
  scope: 'WHOLE',
  decisions: [
    { claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: AWARD_REASONS[0]! },
    { claimIndex: 1, outcome: 'PARTLY_GRANTED', amountFen: 2_800_000, reasons: AWARD_REASONS[1]! },
    { claimIndex: 2, outcome: 'GRANTED', amountFen: 0, reasons: AWARD_REASONS[2]! },
  ],
};
