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

/** What an audited call acted on, when only the service's answer tells (e.g. a referral's matter and county). */
export interface AuditSubject {
  target: string;
  countyCode: string;
  detail?: string;
}

/**
 * Runs a write or a personal-data read and appends its audit entry (who, when, what, from where),
 * whether it succeeded, was refused (4xx) or failed (5xx). The entry is written before the answer goes out.
 * `countyCode` is the county the request names ('' when it names none); `subjectOf` may replace it with
 * the one the answer reveals.
 */
export function auditedAs(audit: AuditLog, actor: Actor, origin: RequestOrigin, action: string, countyCode: string) {
  return async <T>(
    subjectOf: (result: T) => string | AuditSubject,
    work: () => Promise<T>,
    targetOnError = '',
  ): Promise<T> => {
    const entry = {
      actor: actor.username ?? actor.userId,
      roles: actor.roles,
      action,
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
        countyCode,
        outcome: status < 500 ? 'REFUSED' : 'FAILED',
        detail: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    const subject = subjectOf(result);
    await audit.record({
      ...entry,
      ...(typeof subject === 'string' ? { target: subject, countyCode } : subject),
      outcome: 'SUCCEEDED',
    });
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
          {
            ...body,
            // A service may already name the field from the request's top (routing's county check: content.countyCode).
            violations: body.violations.map((v) => ({
              ...v,
              field: v.field.startsWith(prefix) ? v.field : `${prefix}${v.field}`,
            })),
          },
          error.getStatus(),
        );
      }
    }
    throw error;
  }
}

/**
 * The audit subject of a write a service answers with the case it changed (an arbitration or mediation
 * case): the case's matter and county, and what was done to it.
 */
export const changedCaseSubject =
  (caseId: string, detail: string) =>
  ({ case: written }: { case?: { matterNumber: string; countyCode: string } | undefined }): AuditSubject => ({
    target: written!.matterNumber,
    countyCode: written!.countyCode,
    detail: `case ${caseId}: ${detail}`,
  });
