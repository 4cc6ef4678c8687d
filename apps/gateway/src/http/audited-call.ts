import { HttpException } from '@nestjs/common';
import type { Role } from '@onewindow/access';
import type { ApiError } from '@onewindow/gateway-api';
import type { AuditLog } from '../audit/audit-log';
import type { RequestOrigin } from './request-origin';

interface Actor {
  userId: string;
  roles: Role[];
  username?: string;
}

/**
 * Runs a write or a personal-data read and appends its audit entry (who, when, what, from where),
 * whether it succeeded, was refused (4xx) or failed (5xx). The entry is written before the answer goes out.
 */
export function auditedAs(audit: AuditLog, actor: Actor, origin: RequestOrigin, action: string, countyCode: string) {
  return async <T>(targetOf: (result: T) => string, work: () => Promise<T>, targetOnError = ''): Promise<T> => {
    const entry = {
      actor: actor.username ?? actor.userId,
      roles: actor.roles,
      action,
      countyCode,
      ip: origin.ip,
      userAgent: origin.userAgent,
    };
    let result: T;
    try {
      result = await work();
    } catch (error) {
      const status = error instanceof HttpException ? error.getStatus() : 500;
      await audit.record({
        ...entry,
        target: targetOnError,
        outcome: status < 500 ? 'REFUSED' : 'FAILED',
        detail: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    await audit.record({ ...entry, target: targetOf(result), outcome: 'SUCCEEDED' });
    return result;
  };
}

/** Field violations from a service name paths inside its message; the REST client sees them inside the request body. */
export async function withViolationPrefix<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (prefix && error instanceof HttpException) {
      const body = error.getResponse() as ApiError;
      if (body.violations) {
        throw new HttpException(
          { ...body, violations: body.violations.map((v) => ({ ...v, field: `${prefix}${v.field}` })) },
          error.getStatus(),
        );
      }
    }
    throw error;
  }
}
