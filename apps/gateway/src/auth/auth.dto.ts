import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES, type StaffRole } from '@onewindow/access';
import type {
  RefreshRequest,
  SignedInUser,
  SignInRequest,
  SignOutRequest,
  TokenResponse,
} from '@onewindow/gateway-api';
import { PASSWORD_LENGTH } from '../users/user-account';

export class SignInRequestDto implements SignInRequest {
  @ApiProperty({ example: 'clerk.zengdu', minLength: 1, maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'Demo-2026!', minLength: 1, maxLength: PASSWORD_LENGTH.max, format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_LENGTH.max)
  password!: string;
}

// A refresh token is 32 bytes in base64url: 43 characters. Anything far longer is not one.
class RefreshTokenBody {
  @ApiProperty({ description: 'the refreshToken of the last TokenResponse', minLength: 1, maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  refreshToken!: string;
}

export class RefreshRequestDto extends RefreshTokenBody implements RefreshRequest {}

export class SignOutRequestDto extends RefreshTokenBody implements SignOutRequest {}

export class SignedInUserView implements SignedInUser {
  @ApiProperty({ example: 'multi.zengdu' }) username!: string;
  @ApiProperty({ example: '张三岗' }) displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['MEDIATOR', 'INSPECTOR', 'ARBITRATOR'] }) roles!: StaffRole[];
  @ApiProperty({ type: [String], example: ['421303'] }) counties!: string[];
  @ApiPropertyOptional({ example: 'TRADE_UNION', description: 'for AGENCY users: the referral target they answer for' })
  agency?: string;
}

export class TokenResponseView implements TokenResponse {
  @ApiProperty({ description: 'Authorization: Bearer …; short-lived' }) accessToken!: string;
  @ApiProperty({ example: 900, description: 'seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ description: 'single use: each refresh returns a new one and retires the old' }) refreshToken!: string;
  @ApiProperty({ type: SignedInUserView }) user!: SignedInUserView;
}
