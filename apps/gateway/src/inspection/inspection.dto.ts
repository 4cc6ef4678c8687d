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
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CLAIM_CATEGORIES, type ClaimCategory } from '@onewindow/matter';
import { ACCEPTANCE_DECISIONS, CONTRACTOR_ROLES, INSPECTION_STATUSES } from '@onewindow/gateway-api';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';
import {
  INT32_MAX,
  DATE,
  INSTANT,
  RECORD_ID,
  DOCUMENT_NUMBER,
  COUNTY,
  REQUEST_ID,
  dateMessage,
  Fen,
  fenProperty,
  Text,
  OptionalText,
  Lines,
} from '../http/request-fields';

// The REST shape of inspection's requests (劳动保障监察). The gateway checks types, formats and ceilings only; what
// a value means for the case (the 2-year window, 条例 Art. 20; a step the case is not at; an approver for the one
// extension, Art. 17) is inspection's to judge, and its field violations come back with the same paths
// (violations[0].beganOn, project.contractors[1].engagedBy). int32 fields are bounded so nothing overflows.

// ---------- Path and query parameters ----------

export class InspectionCaseIdParam {
  @ApiProperty({
    description: "inspection's case id, URL-encoded (%2F)",
    pattern: RECORD_ID.source,
    example: '6f1c2a/1',
  })
  @Matches(RECORD_ID, { message: 'caseId is not an inspection case id (e.g. 2f0c…/1, URL-encoded)' })
  caseId!: string;
}

export class InspectionDocumentParams extends InspectionCaseIdParam {
  @ApiProperty({
    description: '文号 of the document, URL-encoded',
    example: '421303-监立-2026-000001',
    pattern: DOCUMENT_NUMBER.source,
  })
  @Matches(DOCUMENT_NUMBER, {
    message: 'number must be the 文号 of a document of the case (e.g. 421303-监改-2026-000001)',
  })
  number!: string;
}

export class MatterIdParam {
  @ApiProperty({ description: "the matter's id (Matter.matterId)", pattern: RECORD_ID.source })
  @Matches(RECORD_ID, { message: 'matterId is not a matter id' })
  matterId!: string;
}

export class ListInspectionCasesQuery {
  @ApiPropertyOptional({ enum: INSPECTION_STATUSES, description: 'every status when absent' })
  @IsOptional()
  @IsIn(INSPECTION_STATUSES, { message: `status must be one of ${INSPECTION_STATUSES.join(', ')}` })
  status?: rest.InspectionStatus;

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

// ---------- Parts of bodies ----------

export class EmployerInputDto implements rest.EmployerInput {
  @ApiProperty({ maxLength: 200, example: '随州市某建筑劳务有限公司' })
  @Text('employer.name', "the employer's name", 200)
  name!: string;

  @ApiPropertyOptional({ description: '统一社会信用代码 (18 characters), when known', example: '91421300MA4XXXXX0X' })
  @Omittable()
  @Matches(/^([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})?$/, {
    message: 'employer.unifiedSocialCreditCode must be 18 characters (GB 32100-2015), or left out',
  })
  unifiedSocialCreditCode?: string;

  @ApiPropertyOptional({ maxLength: 300 }) @OptionalText('employer.address', 300) address?: string;
  @ApiPropertyOptional({ maxLength: 50 })
  @OptionalText('employer.legalRepresentative', 50)
  legalRepresentative?: string;
}

export class InspectionViolationDto implements rest.InspectionViolationInput {
  @ApiProperty({ enum: CLAIM_CATEGORIES, example: 'WAGES' })
  @IsIn(CLAIM_CATEGORIES, { message: `category must be one of ${CLAIM_CATEGORIES.join(', ')}` })
  category!: ClaimCategory;

  @ApiProperty({ maxLength: 1000, example: '拖欠12名农民工2026年3月至5月工资' })
  @Text('description', 'what the violation is', 1000)
  description!: string;

  @ApiProperty({ description: "the act's first day", example: '2026-03-01' })
  @Matches(DATE, dateMessage('beganOn'))
  beganOn!: string;

  @ApiPropertyOptional({ description: "a continuing act's last day; left out while it goes on", example: '2026-05-31' })
  @ValidateIf((_v: object, value: unknown) => value !== undefined && value !== '')
  @Matches(DATE, dateMessage('endedOn'))
  endedOn?: string;

  @ApiProperty({ description: '连续或者继续状态 (条例 Art. 20: the 2 years run from its end)' })
  @IsBoolean()
  continuing!: boolean;

  @fenProperty('wages owed, when the violation is wage arrears', false)
  @Omittable()
  @Fen()
  amountOwedFen?: number;
}

const ViolationList =
  (max = 20, min = 0) =>
  (target: object, key: string) => {
    IsArray()(target, key);
    ArrayMinSize(min, { message: `${key} must name at least ${min} violation` })(target, key);
    ArrayMaxSize(max)(target, key);
    ValidateNested({ each: true })(target, key);
    IsObject({ each: true })(target, key);
    Type(() => InspectionViolationDto)(target, key);
  };

const nested =
  <T>(type: () => new () => T) =>
  (target: object, key: string) => {
    ValidateNested()(target, key);
    IsObject()(target, key);
    Type(type)(target, key);
  };

// ---------- Bodies ----------

class InspectionWriteDto implements rest.InspectionWrite {
  @ApiProperty({ description: 'InspectionCaseView.version as last read; 409 when the case changed since', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(INT32_MAX)
  expectedVersion!: number;
}

export class OpenInspectionCaseDto implements rest.OpenInspectionCaseRequest {
  @ApiProperty({ example: '421303', pattern: COUNTY.source })
  @Matches(COUNTY, { message: 'countyCode must be a six-digit county code' })
  countyCode!: string;

  @ApiProperty({
    description: 'chosen by the client (a UUID); repeating it returns the one case',
    pattern: REQUEST_ID.source,
  })
  @Matches(REQUEST_ID, { message: 'requestId must be a UUID (8 to 100 letters, digits, - or _)' })
  requestId!: string;

  @ApiProperty({ type: EmployerInputDto }) @nested(() => EmployerInputDto) employer!: EmployerInputDto;

  @ApiProperty({ type: [InspectionViolationDto] })
  @ViolationList(20, 1)
  violations!: InspectionViolationDto[];

  @ApiProperty({ maxLength: 4000 }) @Text('facts', 'what was found', 4000) facts!: string;

  @ApiProperty({ minimum: 0, maximum: 1_000_000 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  workerCount!: number;

  @ApiProperty({ description: '农民工: the migrant-worker wage rules apply' }) @IsBoolean() migrantWorker!: boolean;

  @ApiPropertyOptional({ maxLength: 200, example: '日常巡视检查' }) @OptionalText('origin', 200) origin?: string;
}

export class DecideInspectionAcceptanceDto
  extends InspectionWriteDto
  implements rest.DecideInspectionAcceptanceRequest
{
  @ApiProperty({ enum: ACCEPTANCE_DECISIONS })
  @IsIn(ACCEPTANCE_DECISIONS, { message: `decision must be one of ${ACCEPTANCE_DECISIONS.join(', ')}` })
  decision!: rest.AcceptanceDecision;

  @ApiPropertyOptional({
    type: [InspectionViolationDto],
    description: "as the inspector found them; the case's when absent",
  })
  @Omittable()
  @ViolationList()
  violations?: InspectionViolationDto[];

  @ApiPropertyOptional({ maxLength: 2000 }) @OptionalText('reason') reason?: string;

  @ApiPropertyOptional({
    description: 'REDIRECTED: the competent department; DISPUTE_PROCEDURE: MEDIATION or ARBITRATION',
    maxLength: 200,
  })
  @ValidateIf(
    (body: DecideInspectionAcceptanceDto) =>
      body.decision === 'REDIRECTED' || body.decision === 'DISPUTE_PROCEDURE' || body.redirectedTo !== undefined,
  )
  @Text('redirectedTo', 'where the complaint is redirected', 200)
  redirectedTo?: string;

  @ApiPropertyOptional({ type: [String], description: 'MATERIAL_REQUESTED: what is missing' })
  @ValidateIf(
    (body: DecideInspectionAcceptanceDto) =>
      body.decision === 'MATERIAL_REQUESTED' || body.missingMaterial !== undefined,
  )
  @Lines('missingMaterial', 20)
  missingMaterial?: string[];
}

export class RecordSuppliedMaterialDto extends InspectionWriteDto implements rest.RecordSuppliedMaterialRequest {
  @ApiProperty({ type: EmployerInputDto }) @nested(() => EmployerInputDto) employer!: EmployerInputDto;
  @ApiPropertyOptional({ maxLength: 2000 }) @OptionalText('note') note?: string;
}

export class ContractorDto implements rest.ContractorInput {
  @ApiProperty({ enum: CONTRACTOR_ROLES })
  @IsIn(CONTRACTOR_ROLES, { message: `role must be one of ${CONTRACTOR_ROLES.join(', ')}` })
  role!: rest.ContractorRole;

  @ApiProperty({ maxLength: 200 }) @Text('name', "the contractor's name", 200) name!: string;

  @ApiPropertyOptional({ maxLength: 18 }) @OptionalText('unifiedSocialCreditCode', 18) unifiedSocialCreditCode?: string;

  @ApiPropertyOptional({ description: 'for a subcontractor: whom it took the work from', maxLength: 200 })
  @OptionalText('engagedBy', 200)
  engagedBy?: string;

  @ApiPropertyOptional({ description: 'an individual or a unit without the qualification (Art. 36)' })
  @Omittable()
  @IsBoolean()
  unqualified?: boolean;

  @fenProperty('for the developer: project funds due and unpaid (Art. 29)', false)
  @Omittable()
  @Fen()
  unpaidProjectFundsFen?: number;
}

export class ConstructionProjectDto {
  @ApiProperty({ maxLength: 200 }) @Text('project.name', "the project's name", 200) name!: string;
  @ApiPropertyOptional({ maxLength: 100 }) @OptionalText('project.permitNumber', 100) permitNumber?: string;

  @ApiProperty({ type: [ContractorDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'contractors must name at least the developer or the general contractor' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => ContractorDto)
  contractors!: ContractorDto[];

  @ApiProperty({ description: 'whose workers are owed (a contractor’s name)', maxLength: 200 })
  @Text('project.employingContractor', 'whose workers are owed', 200)
  employingContractor!: string;
}

export class RecordConstructionProjectDto extends InspectionWriteDto implements rest.RecordConstructionProjectRequest {
  @ApiProperty({ type: ConstructionProjectDto }) @nested(() => ConstructionProjectDto) project!: ConstructionProjectDto;
}

export class IssueInquiryNoticeDto extends InspectionWriteDto implements rest.IssueInquiryNoticeRequest {
  @ApiProperty({ description: 'when to appear (RFC 3339)', example: '2026-03-10T09:30:00+08:00' })
  @Matches(INSTANT, {
    message: 'appearAt must be an instant with its offset (RFC 3339), e.g. 2026-03-10T09:30:00+08:00',
  })
  appearAt!: string;

  @ApiProperty({ maxLength: 200 }) @Text('place', 'where the employer is to appear', 200) place!: string;

  @ApiPropertyOptional({ type: [String], description: 'what to bring' })
  @Omittable()
  @Lines('materials', 30)
  materials?: string[];
}

export class RecordEvidenceDto extends InspectionWriteDto implements rest.RecordEvidenceRequest {
  @ApiProperty({ maxLength: 100, example: '工资表' }) @Text('kind', 'what kind of evidence it is', 100) kind!: string;
  @ApiProperty({ maxLength: 200, example: '用人单位提供' }) @Text('source', 'where it came from', 200) source!: string;
  @ApiProperty({ maxLength: 2000 }) @Text('summary', 'what it shows', 2000) summary!: string;
}

export class ExtendInvestigationDto extends InspectionWriteDto implements rest.ExtendInvestigationRequest {
  @ApiProperty({ maxLength: 100 }) @Text('approvedBy', 'who approved the extension', 100) approvedBy!: string;
  @ApiProperty({ maxLength: 1000 }) @Text('reason', 'why the investigation needs longer', 1000) reason!: string;
}

export class RecordEmployerHeardDto extends InspectionWriteDto implements rest.RecordEmployerHeardRequest {
  @ApiProperty({ example: '2026-03-10' }) @Matches(DATE, dateMessage('heardOn')) heardOn!: string;

  @ApiPropertyOptional({ description: "the employer's statement and defence; required unless waived", maxLength: 4000 })
  @ValidateIf((body: RecordEmployerHeardDto) => !body.waived || (body.statement !== undefined && body.statement !== ''))
  @Text('statement', "the employer's statement and defence (陈述、申辩), unless waived", 4000)
  statement?: string;

  @ApiProperty({ description: 'the employer waived its hearing after notice' }) @IsBoolean() waived!: boolean;
}

export class IssueCorrectionOrderDto extends InspectionWriteDto implements rest.IssueCorrectionOrderRequest {
  @ApiProperty({ type: [String], description: 'what the employer must do' })
  @Lines('corrections', 20, 1)
  corrections!: string[];

  @ApiProperty({ example: '2026-03-31' }) @Matches(DATE, dateMessage('correctBy')) correctBy!: string;

  @fenProperty('wages ordered paid (责令支付); 0 when the order is about something else', false)
  @Omittable()
  @Fen()
  wagesOrderedFen?: number;
}

export class RecordComplianceCheckDto extends InspectionWriteDto implements rest.RecordComplianceCheckRequest {
  @ApiProperty() @IsBoolean() complied!: boolean;
  @ApiPropertyOptional({ maxLength: 2000 }) @OptionalText('note') note?: string;
}

export class IssuePenaltyDecisionDto extends InspectionWriteDto implements rest.IssuePenaltyDecisionRequest {
  @ApiProperty({ maxLength: 300, example: '《劳动保障监察条例》第二十六条' })
  @Text('violationBasis', 'the provision violated', 300)
  violationBasis!: string;

  @ApiProperty({ maxLength: 300, example: '《劳动保障监察条例》第二十六条' })
  @Text('penaltyBasis', 'the provision the penalty rests on (处罚依据)', 300)
  penaltyBasis!: string;

  @fenProperty('the fine') @Fen() fineFen!: number;

  @ApiProperty({ maxLength: 4000 }) @Text('facts', 'the facts found', 4000) facts!: string;
}

export class WithdrawFilingDto extends InspectionWriteDto implements rest.WithdrawFilingRequest {
  @ApiProperty() @IsBoolean() minor!: boolean;
  @ApiProperty() @IsBoolean() alreadyCorrected!: boolean;
  @ApiProperty({ maxLength: 2000 }) @Text('reason', 'why the filing is withdrawn', 2000) reason!: string;
}

export class ReasonDto extends InspectionWriteDto implements rest.EndInvestigationRequest {
  @ApiProperty({ maxLength: 2000 }) @Text('reason', 'the reason', 2000) reason!: string;
}

export class ProposeArrearsListingDto extends InspectionWriteDto implements rest.ProposeArrearsListingRequest {
  @ApiProperty({ maxLength: 2000 }) @Text('grounds', 'the grounds for listing', 2000) grounds!: string;
  @ApiPropertyOptional() @Omittable() @IsBoolean() seriousSocialImpact?: boolean;
}

export class DecideArrearsListingDto extends InspectionWriteDto implements rest.DecideArrearsListingRequest {
  @ApiProperty({ description: 'true lists the employer; false does not' }) @IsBoolean() list!: boolean;
  @ApiPropertyOptional({ maxLength: 4000 }) @OptionalText('employerStatement', 4000) employerStatement?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @OptionalText('reason') reason?: string;
}
