import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CLAIM_CATEGORIES } from '@onewindow/matter';
import {
  ABSENCE_KINDS,
  ARBITRATION_PARTIES,
  ARBITRATOR_SEATS,
  AWARD_SCOPES,
  CHALLENGE_DECIDERS,
  CHALLENGE_DECISIONS,
  CHALLENGE_GROUNDS,
  CHALLENGE_STAGES,
  CLAIM_OUTCOMES,
  HEARING_NOTICE_WORKING_DAYS,
  SERVICE_METHODS,
  TRIBUNAL_FORMS,
} from '@onewindow/gateway-api';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { DATE, NOT_BLANK, dateMessage } from '../http/request-fields';

// The REST shape of the proceedings after acceptance (劳动争议调解仲裁法 Arts. 30–50): arbitration's requests in
// camelCase, the case, hearing and challenge in the path. The gateway checks types, formats and ceilings;
// whether a day is in order, an amount within its claim or a step allowed in the case's state is arbitration's
// to judge (400 naming the same field, or 409).

/** RFC 3339 with its offset, e.g. 2026-12-08T09:00:00+08:00 (arbitration's instants). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Arbitration's ids: an arbitrator on the roll, a hearing room, a hearing (letters, digits and . _ : @ -). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
/** Reasons and findings in words (arbitration keeps at most 2,000 characters). */
const TEXT = 2000;
/** 庭审笔录, 10 to 20,000 characters (劳动争议调解仲裁法 Art. 40). */
const RECORD = 20_000;
/** A claim's position in the application's claims (仲裁请求). */
const MAX_CLAIM_INDEX = 99;

const instantMessage = (field: string) => ({
  message: `${field} must be an instant with its offset (RFC 3339), e.g. 2026-12-08T09:00:00+08:00`,
});
const idMessage = (field: string) => ({ message: `${field} must be an id of letters, digits and . _ : @ -` });
const blankMessage = (field: string) => ({ message: `${field} must not be empty` });
const oneOf = (field: string, values: readonly string[]) => ({
  message: `${field} must be one of ${values.join(', ')}`,
});

const dateProperty = (description: string, example = '2026-12-01') =>
  ApiProperty({ description: `YYYY-MM-DD, ${description}`, pattern: DATE.source, example });
const textProperty = (description: string, example: string, maxLength = TEXT) =>
  ApiProperty({ description, maxLength, example });

/** A reason or finding in words: not blank, at most `max` characters. */
const Text =
  (field: string, max = TEXT) =>
  (target: object, key: string) => {
    IsString()(target, key);
    Matches(NOT_BLANK, blankMessage(field))(target, key);
    MaxLength(max)(target, key);
  };
const Fen = (field: string) => (target: object, key: string) => {
  IsInt({ message: `${field} must be a whole number of fen (分)` })(target, key);
  Min(0, { message: `${field} must not be negative` })(target, key);
  Max(Number.MAX_SAFE_INTEGER)(target, key);
};
const ClaimIndex = (field: string) => (target: object, key: string) => {
  IsInt({ message: `${field} must be the index of a claim of the application (0, 1, …)` })(target, key);
  Min(0)(target, key);
  Max(MAX_CLAIM_INDEX)(target, key);
};
const claimIndexProperty = () =>
  ApiProperty({ description: "index into the application's claims (仲裁请求), 0-based", minimum: 0, maximum: 99 });
const fenProperty = (description: string) =>
  ApiProperty({ description: `${description}, integer fen (分)`, minimum: 0, example: 1_200_000 });
const partyProperty = (description: string) =>
  ApiProperty({ enum: ARBITRATION_PARTIES, description: `${description}: APPLICANT 申请人 or RESPONDENT 被申请人` });

// ---------- Path and query parameters ----------

export class HearingParams extends CaseIdParam {
  @ApiProperty({
    description: "the hearing's id, as the case's hearings give it",
    pattern: ID.source,
    example: '6f1c2a:1:hearing-1',
  })
  @Matches(ID, { message: 'hearingId is not a hearing id (e.g. 6f1c2a:1:hearing-1)' })
  hearingId!: string;
}

export class ChallengeParams extends CaseIdParam {
  @ApiProperty({ description: "index into the case's challenges (0-based)", pattern: '^\\d{1,3}$', example: '0' })
  @Matches(/^\d{1,3}$/, { message: 'challengeIndex must be the number of a challenge of the case (0, 1, …)' })
  challengeIndex!: string;
}

export class RoomIdParam {
  @ApiProperty({ description: 'a hearing room of the county', pattern: ID.source, example: 'zengdu-hearing-room-1' })
  @Matches(ID, { message: 'roomId is not a hearing room id (e.g. zengdu-hearing-room-1)' })
  roomId!: string;
}

export class CountyQuery {
  @ApiProperty({ description: '行政区划代码, one of your counties', pattern: '^\\d{6}$', example: '421303' })
  @Matches(/^\d{6}$/, { message: 'county must be a six-digit county code' })
  county!: string;
}

export class RoomWeekQuery extends CountyQuery {
  @dateProperty('the first of the 7 days', '2026-12-07')
  @Matches(DATE, dateMessage('weekStart'))
  weekStart!: string;
}

// ---------- 送达 and 答辩 (Art. 30) ----------

export class RecordApplicationCopyServiceDto implements rest.RecordApplicationCopyServiceRequest {
  @ApiProperty({ enum: SERVICE_METHODS, description: 'POST 邮寄 (挂号信/EMS) or IN_PERSON 直接送达' })
  @IsIn(SERVICE_METHODS, oneOf('method', SERVICE_METHODS))
  method!: rest.ServiceMethod;

  @ApiPropertyOptional({ description: 'by post: the tracking number', maxLength: 64, example: 'EMS1234567890CN' })
  @Omittable()
  @IsString()
  @MaxLength(64)
  trackingNumber?: string;

  @dateProperty('the day the respondent received it (the receipt’s date)')
  @Matches(DATE, dateMessage('receivedOn'))
  receivedOn!: string;

  @ApiPropertyOptional({ description: 'in person: who signed the receipt for the employer', maxLength: 100 })
  @Omittable()
  @IsString()
  @MaxLength(100)
  signedBy?: string;
}

export class RecordDefenceDto implements rest.RecordDefenceRequest {
  @dateProperty('the day the defence (答辩书) came')
  @Matches(DATE, dateMessage('submittedOn'))
  submittedOn!: string;
}

// ---------- 组庭 and 回避 (Arts. 31–33) ----------

export class ArbitratorSeatDto implements rest.ArbitratorSeat {
  @ApiProperty({
    description: 'the arbitrator on the roll (仲裁员名册)',
    pattern: ID.source,
    example: 'arbitrator.zengdu',
  })
  @Matches(ID, idMessage('arbitratorId'))
  arbitratorId!: string;

  @textProperty('the name as printed on the 组庭通知书', '陈仲裁', 50)
  @Text('name', 50)
  name!: string;

  @ApiProperty({ enum: ARBITRATOR_SEATS, description: 'PRESIDING 首席仲裁员, MEMBER 仲裁员 or SOLE 独任仲裁员' })
  @IsIn(ARBITRATOR_SEATS, oneOf('role', ARBITRATOR_SEATS))
  role!: rest.ArbitratorSeatRole;
}

export class ComposeTribunalDto implements rest.ComposeTribunalRequest {
  @ApiProperty({ enum: TRIBUNAL_FORMS, description: 'three arbitrators, or a sole one under the simple procedure' })
  @IsIn(TRIBUNAL_FORMS, oneOf('form', TRIBUNAL_FORMS))
  form!: rest.TribunalForm;

  @ApiProperty({ type: [ArbitratorSeatDto], description: 'PRESIDING then two MEMBERs, or one SOLE' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => ArbitratorSeatDto)
  arbitrators!: ArbitratorSeatDto[];

  @dateProperty('the day the tribunal was composed')
  @Matches(DATE, dateMessage('composedOn'))
  composedOn!: string;

  @ApiPropertyOptional({ description: 'simple procedure: 事实清楚、权利义务关系明确、争议不大' })
  @Omittable()
  @IsBoolean()
  factsClear?: boolean;

  @ApiPropertyOptional({ description: 'simple procedure: both parties agreed to it' })
  @Omittable()
  @IsBoolean()
  bothPartiesAgree?: boolean;

  @ApiPropertyOptional({
    description: 'YYYY-MM-DD the parties were told in writing (within 5 days of acceptance, Art. 32)',
  })
  @Omittable()
  @Matches(DATE, dateMessage('notifiedOn'))
  notifiedOn?: string;
}

export class ChallengeArbitratorDto implements rest.ChallengeArbitratorRequest {
  @ApiProperty({ description: 'the arbitrator of the tribunal challenged', pattern: ID.source, example: 'a2' })
  @Matches(ID, idMessage('arbitratorId'))
  arbitratorId!: string;

  @partyProperty('who asks')
  @IsIn(ARBITRATION_PARTIES, oneOf('party', ARBITRATION_PARTIES))
  party!: rest.ArbitrationParty;

  @ApiProperty({ enum: CHALLENGE_GROUNDS, description: 'the ground of Art. 33 items 1–4' })
  @IsIn(CHALLENGE_GROUNDS, oneOf('ground', CHALLENGE_GROUNDS))
  ground!: rest.ChallengeGround;

  @textProperty('the facts the party gives (说明理由)', '该仲裁员系被申请人法定代表人之兄')
  @Text('reason')
  reason!: string;

  @dateProperty('the day the party asked')
  @Matches(DATE, dateMessage('filedOn'))
  filedOn!: string;

  @ApiProperty({ enum: CHALLENGE_STAGES, description: 'before the hearing, during it, or after the debate closed' })
  @IsIn(CHALLENGE_STAGES, oneOf('stage', CHALLENGE_STAGES))
  stage!: rest.ChallengeStage;

  @ApiPropertyOptional({ description: 'DURING_HEARING: the ground became known only after the hearing began' })
  @Omittable()
  @IsBoolean()
  groundLearnedAfterHearingBegan?: boolean;

  @ApiPropertyOptional({ description: "the arbitrator challenged is the commission's chair: the commission decides" })
  @Omittable()
  @IsBoolean()
  challengedIsCommissionChair?: boolean;
}

export class DecideChallengeDto implements rest.DecideChallengeRequest {
  @ApiProperty({ enum: CHALLENGE_DECISIONS, description: 'GRANTED: another arbitrator takes the seat' })
  @IsIn(CHALLENGE_DECISIONS, oneOf('decision', CHALLENGE_DECISIONS))
  decision!: rest.ChallengeDecision;

  @ApiProperty({ enum: CHALLENGE_DECIDERS, description: '仲裁委员会主任, 受委托的仲裁院负责人, or 仲裁委员会' })
  @IsIn(CHALLENGE_DECIDERS, oneOf('decidedBy', CHALLENGE_DECIDERS))
  decidedBy!: rest.ChallengeDecider;

  @dateProperty('within 3 days of the request (办案规则 Art. 12)')
  @Matches(DATE, dateMessage('decidedOn'))
  decidedOn!: string;

  @textProperty('why', '申请人所述回避事由属实')
  @Text('reason')
  reason!: string;

  @ApiPropertyOptional({ description: 'GRANTED: the arbitrator who takes the seat', pattern: ID.source, example: 'a4' })
  @Omittable()
  @Matches(ID, idMessage('replacementArbitratorId'))
  replacementArbitratorId?: string;

  @ApiPropertyOptional({ description: 'GRANTED: their name as printed', maxLength: 50, example: '王仲裁' })
  @Omittable()
  @Text('replacementName', 50)
  replacementName?: string;
}

// ---------- 开庭 (Arts. 35–36, 40) ----------

export class ScheduleHearingDto implements rest.ScheduleHearingRequest {
  @ApiProperty({
    description: `RFC 3339; at least ${HEARING_NOTICE_WORKING_DAYS} working days after noticeServedOn (Art. 35)`,
    pattern: INSTANT.source,
    example: '2026-12-08T09:00:00+08:00',
  })
  @Matches(INSTANT, instantMessage('startsAt'))
  startsAt!: string;

  @ApiProperty({
    description: 'RFC 3339, after startsAt',
    pattern: INSTANT.source,
    example: '2026-12-08T11:00:00+08:00',
  })
  @Matches(INSTANT, instantMessage('endsAt'))
  endsAt!: string;

  @ApiPropertyOptional({
    description: 'on site: one of GET /api/hearing-rooms (a clash is refused, naming the other hearing)',
    pattern: ID.source,
    example: 'zengdu-hearing-room-1',
  })
  @Omittable()
  @Matches(ID, idMessage('roomId'))
  roomId?: string;

  @ApiPropertyOptional({ description: 'on site: the place as printed on the notice', maxLength: 200 })
  @Omittable()
  @Text('place', 200)
  place?: string;

  @ApiPropertyOptional({ description: 'online (在线庭审): an https link', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(500)
  @Matches(/^https:\/\//, { message: 'meetingLink must be an https:// link' })
  meetingLink?: string;

  @dateProperty('the day the written notice (开庭通知书) is served on the parties')
  @Matches(DATE, dateMessage('noticeServedOn'))
  noticeServedOn!: string;
}

export class PostponeHearingDto implements rest.PostponeHearingRequest {
  @partyProperty('who asks')
  @IsIn(ARBITRATION_PARTIES, oneOf('party', ARBITRATION_PARTIES))
  party!: rest.ArbitrationParty;

  @dateProperty('at the latest 3 working days before the hearing (开庭三日前, Art. 35)')
  @Matches(DATE, dateMessage('requestedOn'))
  requestedOn!: string;

  @textProperty("the party's good reason", '申请人住院治疗，提交了诊断证明')
  @Text('reason')
  reason!: string;

  @ApiProperty({ description: "the commission's decision (是否延期，由劳动争议仲裁委员会决定)" })
  @IsBoolean()
  granted!: boolean;

  @dateProperty('the day of the decision')
  @Matches(DATE, dateMessage('decidedOn'))
  decidedOn!: string;

  @textProperty('why', '理由正当，准予延期')
  @Text('decisionReason')
  decisionReason!: string;
}

export class HearingAbsenceDto implements rest.HearingAbsence {
  @partyProperty('who was absent')
  @IsIn(ARBITRATION_PARTIES, oneOf('party', ARBITRATION_PARTIES))
  party!: rest.ArbitrationParty;

  @ApiProperty({ enum: ABSENCE_KINDS, description: 'did not come, or left without leave (Art. 36)' })
  @IsIn(ABSENCE_KINDS, oneOf('kind', ABSENCE_KINDS))
  kind!: rest.AbsenceKind;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD the party received the written notice; omitted when none was' })
  @Omittable()
  @Matches(DATE, dateMessage('writtenNoticeReceivedOn'))
  writtenNoticeReceivedOn?: string;

  @ApiPropertyOptional({ description: 'the reason the party gave, if any', maxLength: TEXT })
  @Omittable()
  @Text('reason')
  reason?: string;

  @ApiPropertyOptional({ description: 'the tribunal accepts it as good reason (正当理由): the hearing is postponed' })
  @Omittable()
  @IsBoolean()
  reasonAccepted?: boolean;
}

export class RecordHearingDto implements rest.RecordHearingRequest {
  @textProperty('庭审笔录, 10 to 20,000 characters', '申请人到庭，被申请人到庭。仲裁庭询问了双方当事人……', RECORD)
  @Text('recordText', RECORD)
  recordText!: string;

  @ApiPropertyOptional({ type: [HearingAbsenceDto], description: 'who was absent; none when both came' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => HearingAbsenceDto)
  absences?: HearingAbsenceDto[];
}

// ---------- 仲裁调解书 (Art. 42) ----------

export class SettledClaimInputDto implements rest.SettledClaimInput {
  @claimIndexProperty()
  @ClaimIndex('claimIndex')
  claimIndex!: number;

  @fenProperty('the amount settled')
  @Fen('amountFen')
  amountFen!: number;

  @ApiPropertyOptional({ description: 'required when the settlement is above the claim', maxLength: TEXT })
  @Omittable()
  @Text('reasonAboveClaim')
  reasonAboveClaim?: string;
}

export class IssueMediationStatementDto implements rest.IssueMediationStatementRequest {
  @dateProperty('the date written on the 调解书')
  @Matches(DATE, dateMessage('issuedOn'))
  issuedOn!: string;

  @ApiProperty({ type: [SettledClaimInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CLAIM_INDEX + 1)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => SettledClaimInputDto)
  settledClaims!: SettledClaimInputDto[];

  @ApiPropertyOptional({ description: 'other terms in words (how and when to pay, …)', maxLength: TEXT })
  @Omittable()
  @IsString()
  @MaxLength(TEXT)
  otherTerms?: string;
}

export class SignForMediationStatementDto implements rest.SignForMediationStatementRequest {
  @partyProperty('who signs for it (签收)')
  @IsIn(ARBITRATION_PARTIES, oneOf('party', ARBITRATION_PARTIES))
  party!: rest.ArbitrationParty;

  @ApiPropertyOptional({ description: 'RFC 3339; now when omitted', pattern: INSTANT.source })
  @Omittable()
  @Matches(INSTANT, instantMessage('signedAt'))
  signedAt?: string;
}

export class RetractMediationStatementDto implements rest.RetractMediationStatementRequest {
  @partyProperty('who goes back on it (反悔)')
  @IsIn(ARBITRATION_PARTIES, oneOf('party', ARBITRATION_PARTIES))
  party!: rest.ArbitrationParty;

  @textProperty('why, as the party said', '被申请人表示无力一次性支付')
  @Text('reason')
  reason!: string;
}

// ---------- 裁决 (Arts. 43–47) and 先予执行 (Art. 44) ----------

export class ClaimDecisionInputDto implements rest.ClaimDecisionInput {
  @claimIndexProperty()
  @ClaimIndex('claimIndex')
  claimIndex!: number;

  @ApiProperty({ enum: CLAIM_OUTCOMES, description: 'GRANTED 支持, PARTLY_GRANTED 部分支持 or REFUSED 驳回' })
  @IsIn(CLAIM_OUTCOMES, oneOf('outcome', CLAIM_OUTCOMES))
  outcome!: rest.ClaimOutcome;

  @fenProperty('the claim for GRANTED, less for PARTLY_GRANTED, 0 for REFUSED; never above the claim')
  @Fen('amountFen')
  amountFen!: number;

  @textProperty('裁决理由', '被申请人拖欠申请人2026年1月至3月工资，有工资条及银行流水为证')
  @Text('reasons')
  reasons!: string;
}

export class IssueAwardDto implements rest.IssueAwardRequest {
  @dateProperty('the date written on the award')
  @Matches(DATE, dateMessage('awardedOn'))
  awardedOn!: string;

  @ApiProperty({
    enum: AWARD_SCOPES,
    description: 'WHOLE ends the case; PARTIAL (先行裁决) decides the clear part first',
  })
  @IsIn(AWARD_SCOPES, oneOf('scope', AWARD_SCOPES))
  scope!: rest.AwardScope;

  @ApiProperty({ type: [ClaimDecisionInputDto], description: 'one per claim decided' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CLAIM_INDEX + 1)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => ClaimDecisionInputDto)
  decisions!: ClaimDecisionInputDto[];

  @ApiPropertyOptional({ description: 'PARTIAL: which part of the facts is clear and why first', maxLength: TEXT })
  @Omittable()
  @Text('partialBasis')
  partialBasis?: string;
}

export class PreviewAwardDto extends IssueAwardDto {}

export class AdvanceEnforcementItemDto implements rest.AdvanceEnforcementItem {
  @claimIndexProperty()
  @ClaimIndex('claimIndex')
  claimIndex!: number;

  @fenProperty('the amount to be paid in advance')
  @Fen('amountFen')
  amountFen!: number;

  @ApiPropertyOptional({ enum: CLAIM_CATEGORIES, description: "the claim's category; the claim's own when omitted" })
  @Omittable()
  @IsIn(CLAIM_CATEGORIES, oneOf('category', CLAIM_CATEGORIES))
  category?: string;
}

export class DecideAdvanceEnforcementDto implements rest.DecideAdvanceEnforcementRequest {
  @dateProperty("the day of the applicant's request")
  @Matches(DATE, dateMessage('appliedOn'))
  appliedOn!: string;

  @dateProperty('the day of the decision')
  @Matches(DATE, dateMessage('decidedOn'))
  decidedOn!: string;

  @ApiProperty({ type: [AdvanceEnforcementItemDto], description: 'pay, work-injury medical costs, severance, damages' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CLAIM_INDEX + 1)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => AdvanceEnforcementItemDto)
  items!: AdvanceEnforcementItemDto[];

  @ApiProperty({ description: 'the finding: 当事人之间权利义务关系明确' })
  @IsBoolean()
  rightsAndObligationsClear!: boolean;

  @ApiProperty({ description: 'the finding: 不先予执行将严重影响申请人的生活' })
  @IsBoolean()
  livelihoodSeriouslyAffected!: boolean;
}
