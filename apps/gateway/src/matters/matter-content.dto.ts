import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Max,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CHANNELS,
  CLAIM_CATEGORIES,
  HANDLING_OFFICES,
  HANDLING_STATUSES,
  MATTER_KINDS,
  REQUESTED_REMEDIES,
  SEXES,
  type Applicant,
  type Claim,
  type Employer,
  type Employment,
  type EvidenceItem,
  type Layoff,
  type MatterContent,
  type PriorHandling,
  type Witness,
} from '@onewindow/matter';
import type { EvaluateMatterRequest, RegisterMatterRequest } from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';

// The REST shape of a matter (docs/matter-shape.md). The gateway checks types only, so the JSON can
// travel as protobuf without silent coercion; what the content means (identity-number checksum, dates,
// amounts, county) is intake's to judge, and its field violations come back under `content.`.
// Bounds on strings and lists here are generous ceilings against abuse, above intake's own limits.
const TEXT = 20_000;
const COUNTY_CODE = /^\d{6}$/;
const LIST = 500;

class ApplicantDto implements Applicant {
  @ApiProperty({ example: '李四' }) @IsString() @MaxLength(TEXT) name!: string;
  @ApiProperty({ enum: SEXES }) @IsIn(SEXES) sex!: Applicant['sex'];
  @ApiProperty({ example: '1988-04-12' }) @IsString() @MaxLength(TEXT) birthDate!: string;
  @ApiProperty({ description: '公民身份号码 (GB 11643)' }) @IsString() @MaxLength(TEXT) identityNumber!: string;
  @ApiProperty({ example: '13812345678' }) @IsString() @MaxLength(TEXT) phone!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) domicile!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) occupation!: string;
  // What intake answers with carries it; a client may send a matter back as it got it.
  @ApiPropertyOptional({ description: 'Whole years on the day of registration: set by intake, ignored here' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(200)
  age?: number;
}

class EmployerDto implements Employer {
  @ApiProperty() @IsString() @MaxLength(TEXT) name!: string;
  @ApiProperty({ description: '统一社会信用代码 (GB 32100); empty when unknown' })
  @IsString()
  @MaxLength(TEXT)
  unifiedSocialCreditCode!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) address!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) legalRepresentative!: string;
}

class EmploymentDto implements Employment {
  @ApiProperty({ example: '2024-03-01' }) @IsString() @MaxLength(TEXT) startDate!: string;
  @ApiPropertyOptional() @Omittable() @IsString() @MaxLength(TEXT) endDate?: string;
  @ApiProperty() @IsBoolean() stillEmployed!: boolean;
}

export class ClaimDto implements Claim {
  @ApiProperty({ enum: CLAIM_CATEGORIES }) @IsIn(CLAIM_CATEGORIES) category!: Claim['category'];
  @ApiProperty({ description: 'integer fen (分)', example: 1234500 }) @IsInt() amountFen!: number;
  @ApiProperty() @IsString() @MaxLength(TEXT) description!: string;
}

export class EvidenceItemDto implements EvidenceItem {
  @ApiProperty() @IsString() @MaxLength(TEXT) description!: string;
  @ApiProperty({ description: '证据来源' }) @IsString() @MaxLength(TEXT) source!: string;
}

class WitnessDto implements Witness {
  @ApiProperty() @IsString() @MaxLength(TEXT) name!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) contact!: string;
  @ApiProperty() @IsString() @MaxLength(TEXT) statement!: string;
}

class PriorHandlingDto implements PriorHandling {
  @ApiProperty({ enum: HANDLING_OFFICES }) @IsIn(HANDLING_OFFICES) office!: PriorHandling['office'];
  @ApiProperty({ enum: HANDLING_STATUSES }) @IsIn(HANDLING_STATUSES) status!: PriorHandling['status'];
  @ApiProperty() @IsBoolean() conclusionDisputed!: boolean;
}

class LayoffDto implements Layoff {
  @ApiProperty() @IsInt() workersLaidOff!: number;
  @ApiProperty() @IsInt() workforce!: number;
}

export class MatterContentDto implements MatterContent {
  // The county's shape is checked here: the portal calls the services as a caller of this county.
  @ApiProperty({ example: '421303', description: '行政区划代码', pattern: COUNTY_CODE.source })
  @Matches(COUNTY_CODE, { message: 'countyCode must be a six-digit county code' })
  countyCode!: string;
  @ApiProperty({ enum: MATTER_KINDS }) @IsIn(MATTER_KINDS) kind!: MatterContent['kind'];
  @ApiProperty({ type: ApplicantDto }) @IsObject() @ValidateNested() @Type(() => ApplicantDto) applicant!: ApplicantDto;
  @ApiProperty({ type: EmployerDto }) @IsObject() @ValidateNested() @Type(() => EmployerDto) employer!: EmployerDto;
  @ApiProperty({ type: EmploymentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => EmploymentDto)
  employment!: EmploymentDto;
  @ApiProperty({ type: [ClaimDto] })
  @IsArray()
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  @Type(() => ClaimDto)
  claims!: ClaimDto[];
  @ApiProperty() @IsString() @MaxLength(TEXT) factsAndReasons!: string;
  @ApiProperty({ type: [EvidenceItemDto] })
  @IsArray()
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  @Type(() => EvidenceItemDto)
  evidence!: EvidenceItemDto[];
  @ApiProperty({ type: [WitnessDto] })
  @IsArray()
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  @Type(() => WitnessDto)
  witnesses!: WitnessDto[];
  @ApiProperty() @IsInt() workerCount!: number;
  @ApiProperty({ description: '集体争议' }) @IsBoolean() commonClaim!: boolean;
  @ApiProperty({ description: '同意先行调解' }) @IsBoolean() consentToMediationFirst!: boolean;
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel!: MatterContent['channel'];
  @ApiProperty({ description: '农民工' }) @IsBoolean() migrantWorker!: boolean;
  @ApiProperty({ description: '申报经济困难' }) @IsBoolean() declaresFinancialHardship!: boolean;
  @ApiProperty({ type: [PriorHandlingDto] })
  @IsArray()
  @ArrayMaxSize(LIST)
  @ValidateNested({ each: true })
  @Type(() => PriorHandlingDto)
  priorHandling!: PriorHandlingDto[];
  @ApiPropertyOptional({ enum: REQUESTED_REMEDIES })
  @Omittable()
  @IsIn(REQUESTED_REMEDIES)
  requestedRemedy?: MatterContent['requestedRemedy'];
  @ApiPropertyOptional({ type: LayoffDto })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => LayoffDto)
  layoff?: LayoffDto;
}

export class EvaluateMatterDto implements EvaluateMatterRequest {
  @ApiProperty({ type: MatterContentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MatterContentDto)
  content!: MatterContentDto;
}

export class RegisterMatterDto extends EvaluateMatterDto implements RegisterMatterRequest {
  @ApiProperty({ description: 'chosen by the client; repeating the request returns the first matter', format: 'uuid' })
  @IsUUID()
  requestId!: string;
}
