import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import type { ApiError, FieldViolation } from '@onewindow/gateway-api';
import { JSON_LIMITS } from './json-limits';

export class FieldViolationView implements FieldViolation {
  @ApiProperty({ example: 'content.applicant.identityNumber' }) field!: string;
  @ApiProperty({ example: '公民身份号码校验码错误' }) description!: string;
}

/** The one shape every refusal and error leaves the gateway in (ApiErrorFilter). */
export class ApiErrorView implements ApiError {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'BAD_REQUEST', description: 'BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, …' })
  error!: string;
  @ApiProperty({ description: 'one sentence a person can act on' }) message!: string;
  @ApiPropertyOptional({ type: [FieldViolationView], description: 'every bad field, by its path in the request' })
  violations?: FieldViolationView[];
}

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 423 | 429;

const MEANING: Readonly<Record<RefusalStatus, string>> = {
  400:
    'malformed request: unreadable JSON, a body that is no object or nests deeper than ' +
    `${JSON_LIMITS.maxDepth} levels, unknown or ill-typed fields and parameters (each in violations)`,
  401: 'no valid token: missing, malformed, forged or expired; the message says which',
  403: "not for the caller's posts or counties; the message names the posts needed",
  404: 'no such resource in reach of the caller',
  409: "conflicts with the resource's state or with an earlier request under the same request id",
  413: `body larger than ${JSON_LIMITS.maxBytes / 1024} KiB`,
  423: 'account locked after repeated wrong passwords; the message says until when',
  429: 'rate limit reached; Retry-After says when to try again',
};

/**
 * Documents refusals with the ApiError body, on an operation or on every operation of a controller
 * (an operation's own description of a status replaces its controller's).
 */
export const ApiRefusals = (statuses: readonly RefusalStatus[], says: Partial<Record<RefusalStatus, string>> = {}) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: says[status] ?? MEANING[status], type: ApiErrorView }),
    ),
  );

/** The validation pipe refuses fields a request body does not declare (validation.ts): the document says so. */
export function closeRequestBodySchemas(document: OpenAPIObject): OpenAPIObject {
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    if (name.endsWith('Dto') && !('$ref' in schema)) schema.additionalProperties = false;
  }
  return document;
}
