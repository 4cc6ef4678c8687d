import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
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
  SUPERVISION_CONCLUSIONS,
  SUPERVISION_KINDS,
  SUPERVISION_STATUSES,
  SUPERVISORY_CHECK_KINDS,
} from '@onewindow/gateway-api';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';
import {
  COUNTY,
  DATE,
  dateMessage,
  DOCUMENT_NUMBER,
  Fen,
  fenProperty,
  INT32_MAX,
  Lines,
  OptionalText,
  RECORD_ID,
  REQUEST_ID,
  Text,
} from '../http/request-fields';
import { EmployerInputDto } from '../inspection/inspection.dto';

// The REST shape of labor-relations supervision's requests (劳动关系行政监管, 劳动合同法 Arts. 41–42). The gateway
// checks types, formats and ceilings only; what the figures mean (the layoff thresholds, the 30-day advance
// explanation, the county's minimum wage on the day, the 10 % dispatch cap) is the service's to judge, and its
// field violations come back with the same paths (findings.dispatchedWorkers).

const COUNT = 10_000_000;
const Count = () => (target: object, key: string) => {
  IsInt({ message: `${key} must be a whole number` })(target, key);
  Min(0, { message: `${key} must not be negative` })(target, key);
  Max(COUNT)(target, key);
};
const countProperty = (description: string, required = true) =>
  (required ? ApiProperty : ApiPropertyOptional)({ description, minimum: 0, maximum: COUNT });
const nested =
  <T>(type: () => new () => T) =>
  (target: object, key: string) => {
    ValidateNested()(target, key);
    IsObject()(target, key);
    Type(type)(target, key);
  };

// ---------- Path and query parameters ----------

export class SupervisionIdParam {
  @ApiProperty({ description: 'the supervision matter’s id, URL-encoded (%2F)', pattern: RECORD_ID.source })
  @Matches(RECORD_ID, { message: 'supervisionId is not a supervision matter id (e.g. 2f0c…/1, URL-encoded)' })
  supervisionId!: string;
}

export class SupervisionDocumentParams extends SupervisionIdParam {
  @ApiProperty({
    description: '文号 of the document, URL-encoded',
    example: '421303-劳监-2026-000001',
    pattern: DOCUMENT_NUMBER.source,
  })
  @Matches(DOCUMENT_NUMBER, { message: 'number must be the 文号 of a document of the matter' })
  number!: string;
}

export class ListSupervisionMattersQuery {
  @ApiPropertyOptional({ enum: SUPERVISION_STATUSES, description: 'every status when absent' })
  @IsOptional()
  @IsIn(SUPERVISION_STATUSES, { message: `status must be one of ${SUPERVISION_STATUSES.join(', ')}` })
  status?: rest.SupervisionStatus;

  @ApiPropertyOptional({ enum: SUPERVISION_KINDS, description: 'every kind when absent' })
  @IsOptional()
  @IsIn(SUPERVISION_KINDS, { message: `kind must be one of ${SUPERVISION_KINDS.join(', ')}` })
  kind?: rest.SupervisionKind;

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

// ---------- Bodies ----------

class SupervisionWriteDto implements rest.SupervisionWrite {
  @ApiProperty({ description: 'SupervisionMatterView.version as last read; 409 when it changed since', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(INT32_MAX)
  expectedVersion!: number;
}

class LayoffReportFields {
  @ApiProperty({ type: EmployerInputDto }) @nested(() => EmployerInputDto) employer!: EmployerInputDto;
  @countProperty('workers to be laid off') @Count() workersLaidOff!: number;
  @countProperty('企业职工总数 on the day of the report') @Count() workforce!: number;

  @ApiProperty({ description: 'the Art. 41 ground, in words', maxLength: 200, example: '生产经营发生严重困难' })
  @Text('ground', 'the Art. 41 ground (破产重整, 生产经营严重困难, 转产…, 客观经济情况发生重大变化)', 200)
  ground!: string;

  @ApiProperty({ description: 'the day the union or all workers were told (说明情况)', example: '2026-03-01' })
  @Matches(DATE, dateMessage('explainedOn'))
  explainedOn!: string;

  @ApiProperty({ description: 'the first planned layoff day', example: '2026-04-01' })
  @Matches(DATE, dateMessage('plannedOn'))
  plannedOn!: string;

  @ApiProperty({ description: "the union's or the workers' opinion was heard" })
  @IsBoolean()
  unionOpinionHeard!: boolean;
}

export class FileLayoffReportDto extends LayoffReportFields implements rest.FileLayoffReportRequest {
  @ApiProperty({ example: '421303', pattern: COUNTY.source })
  @Matches(COUNTY, { message: 'countyCode must be a six-digit county code' })
  countyCode!: string;

  @ApiProperty({
    description: 'chosen by the client (a UUID); repeating it returns the one matter',
    pattern: REQUEST_ID.source,
  })
  @Matches(REQUEST_ID, { message: 'requestId must be a UUID (8 to 100 letters, digits, - or _)' })
  requestId!: string;
}

export class RegisterLayoffReportDto extends LayoffReportFields implements rest.RegisterLayoffReportRequest {
  @ApiProperty({ description: 'SupervisionMatterView.version as last read; 409 when it changed since', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(INT32_MAX)
  expectedVersion!: number;
}

export class ReviewLayoffPlanDto extends SupervisionWriteDto implements rest.ReviewLayoffPlanRequest {
  @ApiProperty({ type: [String], description: 'workers in the plan under Art. 42, by name and ground' })
  @Lines('protectedWorkersInPlan', 200)
  protectedWorkersInPlan!: string[];

  @ApiProperty({ description: 'the plan keeps first those Art. 41 para 2 names' })
  @IsBoolean()
  retentionPriorityKept!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 }) @OptionalText('note') note?: string;
}

export class OpenOwnSupervisoryCheckDto implements rest.OpenOwnSupervisoryCheckRequest {
  @ApiProperty({ example: '421303', pattern: COUNTY.source })
  @Matches(COUNTY, { message: 'countyCode must be a six-digit county code' })
  countyCode!: string;

  @ApiProperty({
    description: 'chosen by the client (a UUID); repeating it returns the one matter',
    pattern: REQUEST_ID.source,
  })
  @Matches(REQUEST_ID, { message: 'requestId must be a UUID (8 to 100 letters, digits, - or _)' })
  requestId!: string;

  @ApiProperty({ enum: SUPERVISORY_CHECK_KINDS })
  @IsIn(SUPERVISORY_CHECK_KINDS, { message: `kind must be one of ${SUPERVISORY_CHECK_KINDS.join(', ')}` })
  kind!: rest.SupervisoryCheckKind;

  @ApiProperty({ type: EmployerInputDto }) @nested(() => EmployerInputDto) employer!: EmployerInputDto;
}

export class OpenSupervisoryCheckDto extends SupervisionWriteDto implements rest.OpenSupervisoryCheckRequest {
  @ApiProperty({ enum: SUPERVISORY_CHECK_KINDS })
  @IsIn(SUPERVISORY_CHECK_KINDS, { message: `kind must be one of ${SUPERVISORY_CHECK_KINDS.join(', ')}` })
  kind!: rest.SupervisoryCheckKind;

  @ApiProperty({ type: EmployerInputDto }) @nested(() => EmployerInputDto) employer!: EmployerInputDto;
}

export class CheckFindingsDto {
  @fenProperty('MINIMUM_WAGE: the lowest monthly wage paid', false) @Omittable() @Fen() lowestMonthlyWageFen?: number;
  @countProperty('LABOR_CONTRACTS: workers employed over a month without a written contract', false)
  @Omittable()
  @Count()
  workersWithoutWrittenContract?: number;
  @countProperty('LABOR_DISPATCH: dispatched workers', false) @Omittable() @Count() dispatchedWorkers?: number;
  @countProperty('LABOR_DISPATCH: workers on the employer’s own contracts', false)
  @Omittable()
  @Count()
  contractWorkers?: number;
  @countProperty('WORKING_HOURS: the longest overtime in a day, hours', false)
  @Omittable()
  @Count()
  maxOvertimeHoursPerDay?: number;
  @countProperty('WORKING_HOURS: the longest overtime in a month, hours', false)
  @Omittable()
  @Count()
  maxOvertimeHoursPerMonth?: number;

  @ApiPropertyOptional({ description: 'the day measured on; today when absent', example: '2026-03-10' })
  @Omittable()
  @Matches(DATE, dateMessage('findings.measuredOn'))
  measuredOn?: string;
}

export class RecordCheckFindingsDto extends SupervisionWriteDto implements rest.RecordCheckFindingsRequest {
  @ApiProperty({ type: CheckFindingsDto }) @nested(() => CheckFindingsDto) findings!: CheckFindingsDto;
}

export class ConcludeSupervisionDto extends SupervisionWriteDto implements rest.ConcludeSupervisionRequest {
  @ApiProperty({ enum: SUPERVISION_CONCLUSIONS })
  @IsIn(SUPERVISION_CONCLUSIONS, { message: `conclusion must be one of ${SUPERVISION_CONCLUSIONS.join(', ')}` })
  conclusion!: rest.SupervisionConclusion;

  @ApiPropertyOptional({ maxLength: 2000 }) @OptionalText('reason') reason?: string;

  @ApiPropertyOptional({ type: [String], description: 'GUIDANCE: what the employer should put right' })
  @ValidateIf((body: ConcludeSupervisionDto) => body.conclusion === 'GUIDANCE' || body.guidance !== undefined)
  @Lines('guidance', 30, 1)
  guidance?: string[];

  @ApiPropertyOptional({ description: 'GUIDANCE: the day to put it right by', example: '2026-04-30' })
  @ValidateIf((body: ConcludeSupervisionDto) => body.conclusion === 'GUIDANCE' || body.correctBy !== undefined)
  @Matches(DATE, dateMessage('correctBy'))
  correctBy?: string;
}
