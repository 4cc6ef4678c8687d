import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AGENCY_TARGETS } from '@onewindow/access';
import type * as rest from '@onewindow/gateway-api';

const COUNTY = /^\d{6}$/;

export class IssueAgencyCredentialDto implements rest.IssueAgencyCredentialRequest {
  @ApiProperty({ enum: AGENCY_TARGETS, description: 'the referral target the agency answers for' })
  @IsIn(AGENCY_TARGETS, { message: `agency must be one of ${AGENCY_TARGETS.join(', ')}` })
  agency!: rest.IssueAgencyCredentialRequest['agency'];

  @ApiProperty({ type: [String], example: ['421303'], description: '行政区划代码 of the counties it reaches' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(COUNTY, { each: true, message: 'countyCodes must be six-digit county codes' })
  countyCodes!: string[];

  @ApiProperty({ example: '曾都区总工会 案件系统', description: 'who holds it' })
  @IsString()
  @MaxLength(100)
  label!: string;
}

export class CredentialIdParam {
  @ApiProperty({ pattern: '^[0-9a-f]{32}$', example: 'fc3601a64169efa7e43ef00cf86ffb4b' })
  @Matches(/^[0-9a-f]{32}$/, { message: 'credentialId must be 32 hexadecimal characters' })
  credentialId!: string;
}

export class AgencyCredentialsQuery {
  @ApiPropertyOptional({ description: '行政区划代码; all of yours when absent' })
  @IsOptional()
  @Matches(COUNTY, { message: 'county must be a six-digit county code' })
  county?: string;
}
