import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import type { ApiError, FieldViolation } from '@onewindow/gateway-api';

/** content.applicant.name, content.claims[1].amountFen: the same paths the services use. */
function pathOf(parent: string, property: string): string {
  if (parent === '') return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

/** Every violation in the tree, one per broken rule, each with the dotted path of its field. */
export function fieldViolationsOf(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = pathOf(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((description) => ({ field, description }));
    return [...own, ...fieldViolationsOf(error.children ?? [], field)];
  });
}

export function validationError(errors: ValidationError[]): BadRequestException {
  const violations = fieldViolationsOf(errors);
  const fields = [...new Set(violations.map((violation) => violation.field))];
  const body: ApiError = {
    statusCode: 400,
    error: 'BAD_REQUEST',
    message: `请求有 ${fields.length} 处字段错误。The request has invalid fields: ${fields.join(', ')}`,
    violations,
  };
  return new BadRequestException(body);
}

/**
 * Every body, query and route parameter is checked against its DTO class before a handler runs:
 * unknown fields are refused (not silently dropped), and the answer lists every problem at once.
 */
export function apiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationError,
  });
}

/**
 * An optional body field may be left out but not sent as null, which is no value of its type (and
 * not what the OpenAPI document allows); class-validator's IsOptional would let null through.
 */
export const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
