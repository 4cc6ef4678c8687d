import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MATTER_KINDS } from '@onewindow/matter';

/** 421303-2026-000042: county, year, sequence. */
export const MATTER_NUMBER_PATTERN = /^\d{6}-\d{4}-\d{6}$/;

export class MatterNumberParam {
  @ApiProperty({
    description: 'county-year-sequence',
    pattern: MATTER_NUMBER_PATTERN.source,
    example: '421303-2026-000042',
  })
  @Matches(MATTER_NUMBER_PATTERN, { message: 'matterNumber must look like 421303-2026-000042' })
  matterNumber!: string;
}

export class ListMattersQuery {
  @ApiPropertyOptional({ description: '行政区划代码; all of yours when absent', pattern: '^\\d{6}$' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'county must be a six-digit county code' })
  county?: string;

  @ApiPropertyOptional({ description: 'e.g. REFERRED, ACCEPTED, RESOLVED', pattern: '^[A-Z_]{1,40}$' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,40}$/, { message: 'stage must be a stage name such as ACCEPTED' })
  stage?: string;

  @ApiPropertyOptional({ enum: MATTER_KINDS })
  @IsOptional()
  @IsIn(MATTER_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'matter-number prefix, or part of the applicant or employer name' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  q?: string;

  @ApiPropertyOptional({ description: 'exact identity number: the same worker’s matters' })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  identityNumber?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pageToken?: string;
}
