import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '@onewindow/gateway-api';

/**
 * What a JSON body may be. A matter with every list at its limit is well under the size and 6 levels
 * deep; anything beyond is refused before validation, whose recursion a deep body would exhaust.
 */
export const JSON_LIMITS = { maxBytes: 256 * 1024, maxDepth: 32 } as const;

export const TOO_LARGE_MESSAGE = `the request body is larger than ${JSON_LIMITS.maxBytes / 1024} KiB, the most the gateway accepts`;

/** True when objects and arrays nest deeper than `limit`; walks with a stack of its own, never recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}

const refusal = (message: string): ApiError => ({ statusCode: 400, error: 'BAD_REQUEST', message });

/** After the JSON parser: every body the API takes is one object, at most JSON_LIMITS.maxDepth deep. */
export function jsonShapeLimits(request: Request, response: Response, next: NextFunction) {
  const body: unknown = request.body;
  if (body === undefined) return next();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    response.status(400).json(refusal('the request body must be a JSON object'));
    return;
  }
  if (nestedDeeperThan(body, JSON_LIMITS.maxDepth)) {
    response.status(400).json(refusal(`JSON nested deeper than ${JSON_LIMITS.maxDepth} levels`));
    return;
  }
  next();
}
