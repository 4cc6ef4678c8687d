import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type * as rest from '@onewindow/gateway-api';

/** A link's token: the case's county code, a hyphen, 32 base64url characters (arbitration makes it). */
export const SERVICE_TOKEN = /^\d{6}-[A-Za-z0-9_-]{32}$/;

export class ElectronicServiceConsentDto implements rest.ElectronicServiceConsentRequest {
  @ApiProperty({
    description: 'ISO 8601 instant the respondent signed its agreement (电子送达确认书); not in the future',
  })
  @IsString()
  @MaxLength(40)
  agreedAt!: string;

  @ApiProperty({ description: 'the mainland mobile number the agreement names', example: '13812345678' })
  @IsString()
  @MaxLength(20)
  mobile!: string;
}

export class ServiceTokenParam {
  @ApiProperty({ description: 'the token of the SMS link', pattern: SERVICE_TOKEN.source })
  @Matches(SERVICE_TOKEN, { message: 'token is not the token of an electronic service link' })
  token!: string;
}

export class ElectronicServiceReceiptDto implements rest.ElectronicServiceReceiptRequest {
  @ApiProperty({ description: 'the six-digit code from the SMS', example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be the six digits the SMS gave' })
  code!: string;
}
