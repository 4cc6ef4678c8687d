import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { PublicRateLimit } from '../auth/rate-limits';
import { TrackingTokenGuard } from '../auth/tracking-token.guard';
import { ApiRefusals } from '../http/api-answers';

/**
 * A portal controller under `public/matters/:matterNumber/…`, for the worker holding the tracking token of
 * that matter (网上办事): no staff sign-in, the public rate limit, and the token checked before any handler.
 */
export function TrackedMatterController(path: string) {
  return applyDecorators(
    ApiTags('public portal'),
    Public(),
    PublicRateLimit(),
    UseGuards(TrackingTokenGuard),
    ApiBearerAuth(),
    ApiRefusals([400, 404, 429], { 429: 'too many requests from this address' }),
    ApiRefusals([401], { 401: 'no tracking token, or one for another matter or expired' }),
    Controller(`public/matters/:matterNumber/${path}`),
  );
}
