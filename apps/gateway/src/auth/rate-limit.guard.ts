import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { ApiError } from '@onewindow/gateway-api';
import { Authenticator } from './authenticator';
import { RateLimitClass } from './rate-limits';

/** @nestjs/throttler with the gateway's limits: staff counted per user, the rest per address; 429 as ApiError. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== RateLimitClass.user) return super.handleRequest(request);
    return super.handleRequest({ ...request, getTracker: (req) => this.userOrAddress(req as Request) });
  }

  private async userOrAddress(request: Request): Promise<string> {
    try {
      return `user:${(await this.authenticator.callerOf(request)).username}`;
    } catch {
      return `address:${await this.getTracker(request)}`;
    }
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail) {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', seconds);
    const body: ApiError = {
      statusCode: HttpStatus.TOO_MANY_REQUESTS,
      error: 'TOO_MANY_REQUESTS',
      message: `请求过于频繁，请 ${seconds} 秒后再试。Too many requests (${detail.limit} a minute); try again in ${seconds} s.`,
    };
    throw new HttpException(body, HttpStatus.TOO_MANY_REQUESTS);
  }
}
