import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { hasAnyRole, type StaffRole } from '@onewindow/access';
import { AuditLog } from '../audit/audit-log';
import { requestOriginOf } from '../http/request-origin';
import type { AuthenticatedCaller, AuthenticatedRequest } from './current-caller.decorator';
import { REQUIRED_ROLES } from './require-roles.decorator';
import { describePosts } from './role-names';

/** @RequireRoles(...): 403 naming the posts needed; each refusal goes on the audit log. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<StaffRole[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { caller } = request;
    if (!required || !caller || hasAnyRole(caller, required)) return true;
    return refuseAccess(this.audit, request, caller, required);
  }
}

/**
 * 403 naming the posts needed and held, in Chinese and English, after recording the refusal; `what`
 * names the part of the request that needs them when it is not the whole endpoint (content.channel).
 */
export async function refuseAccess(
  audit: AuditLog,
  request: Request,
  caller: AuthenticatedCaller,
  required: readonly StaffRole[],
  what = '',
): Promise<never> {
  const message =
    `${what ? `${what}：` : ''}需要以下岗位之一：${describePosts(required)}；当前账号的岗位：${describePosts(caller.roles)}。` +
    ` ${what ? `${what} needs` : 'This needs'} one of the posts ${required.join(', ')}; you hold ${caller.roles.join(', ')}.`;
  const { ip, userAgent } = requestOriginOf(request);
  await audit.record({
    actor: caller.username,
    roles: caller.roles,
    action: 'access.refused',
    // The route, not the URL: a query string may carry an identity number.
    target: `${request.method} ${request.path}`,
    countyCode: caller.counties[0]!,
    ip,
    userAgent,
    outcome: 'REFUSED',
    detail: `${what ? `${what} ` : ''}needs one of ${required.join(', ')}`,
  });
  throw new ForbiddenException({ statusCode: 403, error: 'FORBIDDEN', message });
}
