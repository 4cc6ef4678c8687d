import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import type * as rest from '@onewindow/gateway-api';
import { Omittable } from '../http/validation';
import { ClaimDto, EvidenceItemDto } from '../matters/matter-content.dto';

// The REST shape of a supplement (补正). The gateway checks types and ceilings only; whether each item is
// one the notice asked for, and what its value means (dates, identity numbers), is arbitration's to judge,
// and its field violations come back with the same paths (items[0].value, claims[1].amountFen).

/** A path in the application as the supplement notice names it: employer.address, evidence[0].source. */
const FIELD = /^[A-Za-z]{1,40}(\[\d{1,3}\])?(\.[A-Za-z]{1,40})?$/;
const TEXT = 20_000;

export class SuppliedItemDto implements rest.SuppliedItem {
  @ApiProperty({
    description: "the supplement notice's MissingItem.field",
    pattern: FIELD.source,
    example: 'employer.address',
  })
  @IsString()
  @Matches(FIELD, { message: 'field must be a field the supplement notice names, e.g. employer.address' })
  field!: string;

  @ApiProperty({
    description: 'as text: applicant.sex MALE or FEMALE, applicant.age whole years, employment.endDate YYYY-MM-DD',
    maxLength: TEXT,
    example: '湖北省随州市曾都区交通大道100号',
  })
  @IsString()
  @MaxLength(TEXT)
  value!: string;
}

export class SubmitSupplementDto implements rest.SubmitSupplementRequest {
  @ApiProperty({ description: 'chosen by the client; repeating the request answers the case as it is', format: 'uuid' })
  @IsUUID()
  requestId!: string;

  @ApiProperty({ type: [SuppliedItemDto], description: "the notice's text items, each at most once" })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => SuppliedItemDto)
  items!: SuppliedItemDto[];

  @ApiPropertyOptional({ type: [ClaimDto], description: '仲裁请求, only when the notice asks for claims' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => ClaimDto)
  claims?: ClaimDto[];

  @ApiPropertyOptional({
    type: [EvidenceItemDto],
    description: '证据及证据来源, only when the notice asks for evidence',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => EvidenceItemDto)
  evidence?: EvidenceItemDto[];
}
