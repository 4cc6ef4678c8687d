import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SignedInUser, TokenResponse } from '@onewindow/gateway-api';
import { ApiRefusals } from '../http/api-answers';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { signedInUserOf } from './access-token-claims';
import {
  RefreshRequestDto,
  SignedInUserView,
  SignInRequestDto,
  SignOutRequestDto,
  TokenResponseView,
} from './auth.dto';
import { CurrentCaller, type AuthenticatedCaller } from './current-caller.decorator';
import { Public } from './public.decorator';
import { PublicRateLimit, SignInRateLimit } from './rate-limits';
import { SignInService } from './sign-in.service';

@ApiTags('auth')
@ApiRefusals([400, 429])
@Controller('auth')
export class AuthController {
  constructor(private readonly sessions: SignInService) {}

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @SignInRateLimit()
  @ApiOperation({ summary: '登录: username and password for an access token and a refresh token' })
  @ApiOkResponse({ type: TokenResponseView })
  @ApiRefusals([401, 413, 423, 429], {
    401: 'wrong username or password (the same answer for both), or a disabled account',
    429: 'too many sign-in attempts from this address',
  })
  signIn(@Body() body: SignInRequestDto, @Origin() origin: RequestOrigin): Promise<TokenResponse> {
    return this.sessions.signIn(body, origin);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: 'A new access token for a refresh token, which is retired and replaced' })
  @ApiOkResponse({ type: TokenResponseView })
  @ApiRefusals([401, 413], { 401: 'unknown, expired, revoked or reused refresh token, or a disabled account' })
  refresh(@Body() body: RefreshRequestDto, @Origin() origin: RequestOrigin): Promise<TokenResponse> {
    return this.sessions.refresh(body.refreshToken, origin);
  }

  @Post('sign-out')
  @HttpCode(204)
  @Public()
  @PublicRateLimit()
  @ApiOperation({ summary: '退出: ends the sign-in the refresh token belongs to' })
  @ApiNoContentResponse({ description: 'signed out, or already signed out' })
  @ApiRefusals([413])
  signOut(@Body() body: SignOutRequestDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.sessions.signOut(body.refreshToken, origin);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, as the access token states: posts, counties, agency' })
  @ApiOkResponse({ type: SignedInUserView })
  @ApiRefusals([401])
  me(@CurrentCaller() caller: AuthenticatedCaller): SignedInUser {
    return signedInUserOf(caller);
  }
}
