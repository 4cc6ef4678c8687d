import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { AuditEntry, AuditPage } from '@onewindow/gateway-api';
import { AUDIT_PAGE_SIZE, type AuditSearchQuery } from './audit-search';

export class AuditSearchQueryDto implements AuditSearchQuery {
  @ApiPropertyOptional({ description: 'username, or portal:<matter number>', example: 'clerk.zengdu' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;

  @ApiPropertyOptional({
    description: 'an action and its sub-actions: auth.sign-in also finds auth.sign-in.failed',
    example: 'matter.personal-data.read',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({
    description: 'what it was done to: a matter number or a username',
    example: '421303-2026-000001',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  target?: string;

  @ApiPropertyOptional({
    description: 'from (inclusive): RFC 3339, or YYYY-MM-DD in China time',
    example: '2026-03-01',
  })
  @IsOptional()
  @IsString()
  from?: string;

  @ApiPropertyOptional({
    description: 'to (inclusive): RFC 3339, or YYYY-MM-DD for the whole day',
    example: '2026-03-31',
  })
  @IsOptional()
  @IsString()
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_SIZE.max, default: AUDIT_PAGE_SIZE.default })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_SIZE.max)
  pageSize?: number;

  @ApiPropertyOptional({ description: 'nextPageToken of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pageToken?: string;
}

export class AuditEntryView implements AuditEntry {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-03-02T01:30:00.000Z' }) at!: string;
  @ApiProperty({ example: 'clerk.zengdu' }) actor!: string;
  @ApiProperty({ type: [String], example: ['WINDOW_CLERK'] }) roles!: AuditEntry['roles'];
  @ApiProperty({ example: 'auth.sign-in' }) action!: string;
  @ApiProperty({ example: 'clerk.zengdu' }) target!: string;
  @ApiProperty({ example: '421303' }) countyCode!: string;
  @ApiProperty({ example: '127.0.0.1' }) ip!: string;
  @ApiProperty() userAgent!: string;
  @ApiProperty({ enum: ['SUCCEEDED', 'REFUSED', 'FAILED'] }) outcome!: AuditEntry['outcome'];
  @ApiProperty() detail!: string;
  @ApiProperty({
    minimum: 1,
    example: 1,
    description:
      'how many times: refusals are counted per caller, route and minute (the first at once, the rest in one more entry)',
  })
  count!: number;
}

export class AuditPageView implements AuditPage {
  @ApiProperty({ type: [AuditEntryView] }) entries!: AuditEntryView[];
  @ApiProperty({ description: 'empty on the last page' }) nextPageToken!: string;
}
