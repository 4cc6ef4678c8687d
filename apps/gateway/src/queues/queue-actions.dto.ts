import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  CONSULTATION_ANSWER_MAX_LENGTH,
  CONSULTATION_BASIS_MAX_LENGTH,
  REFERRAL_OUTCOMES,
  TRANSFER_DESTINATIONS,
} from '@onewindow/gateway-api';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';

/** Referral and case ids are '<matter's routing id>/<n>' (the n-th of the matter); URL-encoded in paths (%2F). */
const ID = /^[A-Za-z0-9_-]{1,64}\/\d{1,4}$/;

export class ReferralIdParam {
  @ApiProperty({ description: "'<routing id>/<n>', URL-encoded (%2F)", pattern: ID.source, example: '6f1c2a/1' })
  @Matches(ID, { message: 'referralId is not a referral id (e.g. 2f0c…/1, URL-encoded)' })
  referralId!: string;
}

export class CaseIdParam {
  @ApiProperty({ description: "'<routing id>/<n>', URL-encoded (%2F)", pattern: ID.source, example: '6f1c2a/1' })
  @Matches(ID, { message: 'caseId is not a case id (e.g. 2f0c…/1, URL-encoded)' })
  caseId!: string;
}

export class AcknowledgeReferralDto implements rest.AcknowledgeReferralRequest {
  @ApiProperty({ description: 'true to accept (签收), false to decline (退回)' }) @IsBoolean() accept!: boolean;
  @ApiPropertyOptional({ description: 'required when declining' })
  @Omittable()
  @IsString()
  @MaxLength(500)
  declineReason?: string;
}

export class ReportOutcomeDto implements rest.ReportOutcomeRequest {
  @ApiProperty({ enum: REFERRAL_OUTCOMES, description: 'CLOSED: ended without settling it (e.g. withdrawn)' })
  @IsIn(REFERRAL_OUTCOMES)
  outcome!: rest.ReportOutcomeRequest['outcome'];
  @ApiPropertyOptional({ description: 'required for FAILED, TRANSFERRED and CLOSED' })
  @Omittable()
  @IsString()
  @MaxLength(500)
  reason?: string;
  @ApiPropertyOptional({ enum: TRANSFER_DESTINATIONS, description: 'required for TRANSFERRED: the office it goes to' })
  @Omittable()
  @IsIn(TRANSFER_DESTINATIONS)
  transferTo?: rest.ReportOutcomeRequest['transferTo'];
}

export class AnswerConsultationDto implements rest.AnswerConsultationRequest {
  @ApiProperty({ maxLength: CONSULTATION_ANSWER_MAX_LENGTH, description: 'the answer given to the worker' })
  @IsString()
  @Matches(/\S/, { message: 'answer must not be empty' })
  @MaxLength(CONSULTATION_ANSWER_MAX_LENGTH)
  answer!: string;
  @ApiProperty({
    maxLength: CONSULTATION_BASIS_MAX_LENGTH,
    description: '依据: the law and article, or the policy, the answer rests on',
    example: '《中华人民共和国劳动法》第五十条',
  })
  @IsString()
  @Matches(/\S/, { message: 'basis must name the law and article or the policy the answer rests on' })
  @MaxLength(CONSULTATION_BASIS_MAX_LENGTH)
  basis!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'repeating the request returns the recorded answer' })
  @Omittable()
  @IsUUID()
  requestId?: string;
}

export class DecideAcceptanceDto implements rest.DecideAcceptanceRequest {
  @ApiProperty({ enum: ['ACCEPT', 'REFUSE'] }) @IsIn(['ACCEPT', 'REFUSE']) decision!: 'ACCEPT' | 'REFUSE';
  @ApiPropertyOptional({ description: 'required when refusing; printed on the 不予受理通知书' })
  @Omittable()
  @IsString()
  @MaxLength(2000)
  refusalReason?: string;
}

export class DashboardQuery {
  @ApiPropertyOptional({ description: '行政区划代码; all of yours when absent', pattern: '^\\d{6}$' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'county must be a six-digit county code' })
  county?: string;
}
