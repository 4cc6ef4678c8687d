import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';
import { MATTER_NUMBER_PATTERN } from '../matters/matter-queries.dto';

const MATTER_NUMBER_MESSAGE = 'matterNumber must look like 421303-2026-000042';

export class TrackingCodeDto implements rest.TrackingCodeRequest {
  @ApiProperty({ example: '421303-2026-000042', pattern: MATTER_NUMBER_PATTERN.source })
  @Matches(MATTER_NUMBER_PATTERN, { message: MATTER_NUMBER_MESSAGE })
  matterNumber!: string;
}

export class TrackingSessionDto implements rest.TrackingSessionRequest {
  @ApiProperty({ example: '421303-2026-000042', pattern: MATTER_NUMBER_PATTERN.source })
  @Matches(MATTER_NUMBER_PATTERN, { message: MATTER_NUMBER_MESSAGE })
  matterNumber!: string;

  @ApiProperty({ example: '123456', pattern: '^\\d{6}$' })
  @Matches(/^\d{6}$/, { message: 'code must be the six digits sent to the phone on record' })
  code!: string;
}

export class SatisfactionDto implements rest.SatisfactionRequest {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) score!: number;
  @ApiPropertyOptional({ maxLength: 500 }) @Omittable() @IsString() @MaxLength(500) comment?: string;
}
