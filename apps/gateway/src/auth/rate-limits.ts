import { ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { GatewayConfig } from '../gateway.config';

/**
 * Three limits, one per kind of route (限流), each over one minute:
 * - sign-in: per client address, to slow password guessing across accounts (lockout guards each account);
 * - public: per client address, for the portal and token refresh, which anyone can call;
 * - user: per signed-in user (by address when the token is missing or bad) for everything else.
 */
export const RateLimitClass = { signIn: 'sign-in', public: 'public', user: 'user' } as const;
type RateLimitName = (typeof RateLimitClass)[keyof typeof RateLimitClass];

const RATE_LIMIT = 'onewindow:rate-limit';
const WINDOW_MS = 60_000;

export const SignInRateLimit = () => SetMetadata(RATE_LIMIT, RateLimitClass.signIn);

export const PublicRateLimit = () => SetMetadata(RATE_LIMIT, RateLimitClass.public);

/** The limit a route falls under; undecorated routes count against their user. */
export function rateLimitOf(context: ExecutionContext): RateLimitName {
  const named = (target: object) => Reflect.getMetadata(RATE_LIMIT, target) as RateLimitName | undefined;
  return named(context.getHandler()) ?? named(context.getClass()) ?? RateLimitClass.user;
}

export function rateLimitOptions(config: GatewayConfig): ThrottlerModuleOptions {
  const only = (name: RateLimitName) => (context: ExecutionContext) => rateLimitOf(context) !== name;
  const throttler = (name: RateLimitName, limit: number) => ({ name, limit, ttl: WINDOW_MS, skipIf: only(name) });
  return {
    throttlers: [
      throttler(RateLimitClass.signIn, config.signInRateLimit),
      throttler(RateLimitClass.public, config.publicRateLimit),
      throttler(RateLimitClass.user, config.userRateLimit),
    ],
    // One budget per limit and tracker across all its routes, not one per route.
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  };
}
