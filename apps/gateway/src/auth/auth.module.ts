import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { apiValidationPipe } from '../http/validation';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { Authenticator } from './authenticator';
import { Clock } from './clock';
import { PASSWORD_IDENTITY_PROVIDER } from './identity-provider';
import { LocalPasswordIdentityProvider } from './local-password.identity-provider';
import { NoStoreInterceptor } from './no-store.interceptor';
import { RateLimitGuard } from './rate-limit.guard';
import { rateLimitOptions } from './rate-limits';
import { RefreshTokenStore } from './refresh-token.store';
import { RolesGuard } from './roles.guard';
import { SignInService } from './sign-in.service';
import { TokenService } from './token.service';
import { TrackingTokenGuard } from './tracking-token.guard';

/**
 * Sign-in, tokens and the global request checks, in this order: rate limit, authentication
 * (unless @Public()), then @RequireRoles. Global, so feature modules use TokenService and
 * TrackingTokenGuard without importing it.
 */
@Global()
@Module({
  imports: [
    UsersModule,
    ThrottlerModule.forRootAsync({
      inject: [GATEWAY_CONFIG],
      useFactory: (config: GatewayConfig) => rateLimitOptions(config),
    }),
  ],
  controllers: [AuthController],
  providers: [
    Clock,
    TokenService,
    Authenticator,
    RefreshTokenStore,
    SignInService,
    TrackingTokenGuard,
    { provide: PASSWORD_IDENTITY_PROVIDER, useClass: LocalPasswordIdentityProvider },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_PIPE, useFactory: apiValidationPipe },
    { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor },
  ],
  exports: [TokenService, TrackingTokenGuard, Clock],
})
export class AuthModule {}
