import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  COURT_ROUTES,
  MEDIATION_DOCUMENT_KINDS,
  MEDIATION_PARTIES,
  MEDIATION_STATUSES,
  MEDIATOR_KINDS,
  SESSION_ATTENDANCES,
  SIGNER_ROLES,
} from '@onewindow/gateway-api';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';
import { MatterNumberParam } from '../matters/matter-queries.dto';
import { INT32_MAX, DATE, NOT_BLANK, dateMessage } from '../http/request-fields';

// The REST shape of mediation's requests. The gateway checks types, formats and ceilings only; what a value
// means for the case (a day within the period, a schedule that sums to the total, a mediator on the roll) is
// mediation's to judge, and its field violations come back with the same paths (venue.place,
// settledClaims[1].reasonAboveClaim). int32 fields are bounded here so nothing overflows on the wire.

/** RFC 3339 with its offset, e.g. 2026-03-10T09:30:00+08:00 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A staff user id (the gateway's username), e.g. mediator.zengdu */
const USER_ID = /^[A-Za-z0-9._@-]{1,64}$/;
/** Mediation case ids: mediation's own (a referral id '<routing id>/<n>' and the like), URL-encoded (%2F). */
const CASE_ID = /^[A-Za-z0-9_:-]{1,100}(\/[A-Za-z0-9_:-]{1,40})?$/;

const instantMessage = (field: string) => ({
  message: `${field} must be an instant with its offset (RFC 3339), e.g. 2026-03-10T09:30:00+08:00`,
});
const userIdMessage = (field: string) => ({ message: `${field} must be a staff user id such as mediator.zengdu` });

const fenProperty = (description: string) =>
  ApiProperty({ description: `${description}, integer fen (分)`, minimum: 0, example: 600000 });
const Fen = () => (target: object, key: string) => {
  IsInt()(target, key);
  Min(0)(target, key);
  Max(Number.MAX_SAFE_INTEGER)(target, key);
};

// ---------- Path and query parameters ----------

export class MediationCaseIdParam {
  @ApiProperty({ description: "mediation's case id, URL-encoded (%2F)", pattern: CASE_ID.source, example: '6f1c2a/1' })
  @Matches(CASE_ID, { message: 'caseId is not a mediation case id (e.g. 2f0c…/1, URL-encoded)' })
  caseId!: string;
}

export class MediationSessionParams extends MediationCaseIdParam {
  @ApiProperty({ description: "the session's index in the case's sessions (0-based)", pattern: '^\\d{1,3}$' })
  @Matches(/^\d{1,3}$/, { message: 'index must be the number of a session of the case (0, 1, …)' })
  index!: string;
}

const kindProperty = () =>
  ApiProperty({
    enum: MEDIATION_DOCUMENT_KINDS,
    pattern: `^(${MEDIATION_DOCUMENT_KINDS.join('|')})$`,
    description: '调解建议书 recommendation, 调解协议书 agreement, 调解终止通知书 failure-notice',
    example: 'recommendation',
  });
const kindMessage = { message: `kind must be one of ${MEDIATION_DOCUMENT_KINDS.join(', ')}` };

export class MediationDocumentParams extends MediationCaseIdParam {
  @kindProperty()
  @IsIn(MEDIATION_DOCUMENT_KINDS, kindMessage)
  kind!: rest.MediationDocumentKind;
}

export class PortalMediationDocumentParams extends MatterNumberParam {
  @kindProperty()
  @IsIn(MEDIATION_DOCUMENT_KINDS, kindMessage)
  kind!: rest.MediationDocumentKind;
}

export class ListMediationCasesQuery {
  @ApiPropertyOptional({ enum: MEDIATION_STATUSES, description: 'every status when absent' })
  @IsOptional()
  @IsIn(MEDIATION_STATUSES, { message: `status must be one of ${MEDIATION_STATUSES.join(', ')}` })
  status?: rest.MediationStatus;

  @ApiPropertyOptional({
    description: "me: the caller's own cases; or a mediator's user id; everyone's when absent",
    pattern: USER_ID.source,
    example: 'me',
  })
  @IsOptional()
  @Matches(USER_ID, { message: 'assignedTo must be me or a staff user id such as mediator.zengdu' })
  assignedTo?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ description: 'nextPageToken of the page before' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pageToken?: string;
}

export class ListMediatorsQuery {
  @ApiPropertyOptional({ description: '行政区划代码; your first county when absent', pattern: '^\\d{6}$' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a six-digit county code' })
  countyCode?: string;
}

// ---------- Bodies ----------

class MediationWriteDto implements rest.MediationWrite {
  @ApiProperty({ description: 'MediationCase.version as last read; 409 when the case changed since', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(INT32_MAX)
  expectedVersion!: number;
}

export class RecordEmployerConsentDto extends MediationWriteDto implements rest.RecordEmployerConsentRequest {
  @ApiProperty({ description: 'true starts mediation; false declines it (the matter goes on to arbitration)' })
  @IsBoolean()
  consents!: boolean;

  @ApiProperty({ description: 'when the employer answered (RFC 3339)', example: '2026-03-02T10:00:00+08:00' })
  @Matches(INSTANT, instantMessage('answeredAt'))
  answeredAt!: string;

  @ApiProperty({ description: 'how the answer came: 电话, 当面, 书面', maxLength: 200, example: '电话' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'how must say how the answer came (电话, 当面, 书面)' })
  @MaxLength(200)
  how!: string;
}

export class DeclareConflictOfInterestDto extends MediationWriteDto implements rest.DeclareConflictOfInterestRequest {
  @ApiProperty({
    description: 'the mediator who has the conflict',
    pattern: USER_ID.source,
    example: 'mediator.zengdu',
  })
  @Matches(USER_ID, userIdMessage('staffUserId'))
  staffUserId!: string;

  @ApiProperty({ enum: MEDIATION_PARTIES, description: 'the party the conflict concerns' })
  @IsIn(MEDIATION_PARTIES)
  party!: rest.MediationParty;

  @ApiProperty({ maxLength: 500, example: '与用人单位负责人系亲属' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must say what the conflict of interest is' })
  @MaxLength(500)
  reason!: string;
}

export class AssignMediatorsDto extends MediationWriteDto implements rest.AssignMediatorsRequest {
  @ApiPropertyOptional({ description: 'by load: how many mediators (1, or 3 for a panel)', minimum: 1, maximum: 9 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(9)
  panelSize?: number;

  @ApiPropertyOptional({ enum: MEDIATOR_KINDS, isArray: true, description: 'by load: the kinds to draw from' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(MEDIATOR_KINDS.length)
  @IsIn(MEDIATOR_KINDS, { each: true })
  kinds?: rest.MediatorKind[];

  @ApiPropertyOptional({
    type: [String],
    description: 'by choice: the mediators named, the presiding one first (load is then not used)',
    example: ['mediator.zengdu'],
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(9)
  @Matches(USER_ID, { each: true, ...userIdMessage('staffUserIds') })
  staffUserIds?: string[];
}

export class MediationSessionVenueDto implements rest.MediationSessionVenue {
  @ApiProperty({ enum: ['ON_SITE', 'ONLINE'] })
  @IsIn(['ON_SITE', 'ONLINE'])
  mode!: 'ON_SITE' | 'ONLINE';

  @ApiPropertyOptional({ description: 'with ON_SITE: where', maxLength: 200, example: '曾都区劳动保障维权中心调解室' })
  @ValidateIf((venue: MediationSessionVenueDto) => venue.mode === 'ON_SITE' || venue.place !== undefined)
  @IsString()
  @Matches(NOT_BLANK, { message: 'place must say where an on-site session is held' })
  @MaxLength(200)
  place?: string;

  @ApiPropertyOptional({ description: 'with ONLINE: the https meeting link', maxLength: 500 })
  @ValidateIf((venue: MediationSessionVenueDto) => venue.mode === 'ONLINE' || venue.meetingLink !== undefined)
  @IsString()
  @Matches(/^https:\/\/\S+$/, { message: 'meetingLink must be an https:// link for an online session' })
  @MaxLength(500)
  meetingLink?: string;
}

export class ScheduleSessionDto extends MediationWriteDto implements rest.ScheduleSessionRequest {
  @ApiProperty({ description: 'RFC 3339, within the period and not in the past', example: '2026-03-10T09:30:00+08:00' })
  @Matches(INSTANT, instantMessage('startsAt'))
  startsAt!: string;

  @ApiProperty({ type: MediationSessionVenueDto })
  @ValidateNested()
  @IsObject()
  @Type(() => MediationSessionVenueDto)
  venue!: MediationSessionVenueDto;

  @ApiPropertyOptional({
    description: "the employer's contact mobile for the notice; sent to, never stored (only its masked form)",
    pattern: '^1[3-9]\\d{9}$',
    example: '13912345678',
  })
  @Omittable()
  @Matches(/^1[3-9]\d{9}$/, {
    message: 'employerContactPhone must be a mainland mobile number (11 digits starting 13–19) to receive the SMS',
  })
  employerContactPhone?: string;
}

export class RecordSessionDto extends MediationWriteDto implements rest.RecordSessionRequest {
  @ApiProperty({ enum: SESSION_ATTENDANCES }) @IsIn(SESSION_ATTENDANCES) workerAttendance!: rest.SessionAttendance;
  @ApiProperty({ enum: SESSION_ATTENDANCES }) @IsIn(SESSION_ATTENDANCES) employerAttendance!: rest.SessionAttendance;

  @ApiProperty({ description: '调解笔录, 10 to 4,000 characters', maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  record!: string;
}

export class ExtendPeriodDto extends MediationWriteDto implements rest.ExtendPeriodRequest {
  @ApiProperty({ description: 'YYYY-MM-DD, after the period in force', example: '2026-03-31' })
  @Matches(DATE, dateMessage('newDueOn'))
  newDueOn!: string;

  @ApiProperty({ description: 'when the worker agreed (RFC 3339)', example: '2026-03-09T10:00:00+08:00' })
  @Matches(INSTANT, instantMessage('workerAgreedAt'))
  workerAgreedAt!: string;

  @ApiProperty({ description: 'when the employer agreed (RFC 3339)', example: '2026-03-09T10:00:00+08:00' })
  @Matches(INSTANT, instantMessage('employerAgreedAt'))
  employerAgreedAt!: string;
}

export class SettledClaimDraftDto implements rest.SettledClaimDraft {
  @ApiProperty({ description: 'index into MediationCase.claims', minimum: 0, maximum: 999 })
  @IsInt()
  @Min(0)
  @Max(999)
  claimIndex!: number;

  @fenProperty('the amount agreed')
  @Fen()
  amountFen!: number;

  @ApiPropertyOptional({ description: 'required when amountFen is above the claim', maxLength: 500 })
  @Omittable()
  @IsString()
  @MaxLength(500)
  reasonAboveClaim?: string;
}

export class InstalmentDraftDto implements rest.InstalmentDraft {
  @ApiProperty({ example: '2026-03-20' }) @Matches(DATE, dateMessage('dueOn')) dueOn!: string;
  @fenProperty('the instalment') @Fen() amountFen!: number;
}

export class DraftAgreementDto extends MediationWriteDto implements rest.DraftAgreementRequest {
  @ApiProperty({ description: 'the date written on the agreement', example: '2026-03-10' })
  @Matches(DATE, dateMessage('agreedOn'))
  agreedOn!: string;

  @ApiProperty({ type: [SettledClaimDraftDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => SettledClaimDraftDto)
  settledClaims!: SettledClaimDraftDto[];

  @ApiProperty({ type: [InstalmentDraftDto], description: 'sums exactly to the settled total, none before agreedOn' })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => InstalmentDraftDto)
  instalments!: InstalmentDraftDto[];

  @ApiPropertyOptional({ description: 'other terms in words', maxLength: 2000 })
  @Omittable()
  @IsString()
  @MaxLength(2000)
  otherTerms?: string;
}

export class SignAgreementDto extends MediationWriteDto implements rest.SignAgreementRequest {
  @ApiProperty({
    enum: SIGNER_ROLES,
    description: 'WORKER or EMPLOYER: signed in person, recorded by the mediator; MEDIATOR: the caller signs',
  })
  @IsIn(SIGNER_ROLES)
  role!: rest.SignerRole;
}

export class RecordPaymentDto extends MediationWriteDto implements rest.RecordPaymentRequest {
  @ApiProperty({ description: "index into the agreement's instalments", minimum: 0, maximum: 999 })
  @IsInt()
  @Min(0)
  @Max(999)
  instalmentIndex!: number;

  @fenProperty('the amount paid') @Fen() amountFen!: number;

  @ApiProperty({ example: '2026-03-20' }) @Matches(DATE, dateMessage('paidOn')) paidOn!: string;
}

export class RequestCourtRouteDto extends MediationWriteDto implements rest.RequestCourtRouteRequest {
  @ApiProperty({ enum: COURT_ROUTES, description: '支付令 PAYMENT_ORDER (Art. 16) or 司法确认 JUDICIAL_CONFIRMATION' })
  @IsIn(COURT_ROUTES)
  route!: rest.CourtRoute;
}

export class PortalSignAgreementDto extends MediationWriteDto {}

export class EnrolMediatorDto implements rest.EnrolMediatorRequest {
  @ApiProperty({ example: '421303', pattern: '^\\d{6}$' })
  @Matches(/^\d{6}$/, { message: 'countyCode must be a six-digit county code' })
  countyCode!: string;

  @ApiProperty({ pattern: USER_ID.source, example: 'mediator.zengdu' })
  @Matches(USER_ID, userIdMessage('staffUserId'))
  staffUserId!: string;

  @ApiProperty({ maxLength: 50, example: '李调解' })
  @IsString()
  @Matches(NOT_BLANK, { message: "name must be the mediator's name" })
  @MaxLength(50)
  name!: string;

  @ApiProperty({ enum: MEDIATOR_KINDS }) @IsIn(MEDIATOR_KINDS) kind!: rest.MediatorKind;

  @ApiProperty({ description: 'false takes the mediator off the roll (open cases stay with them)' })
  @IsBoolean()
  active!: boolean;
}
