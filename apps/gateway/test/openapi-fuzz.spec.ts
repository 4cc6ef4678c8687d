import { randomUUID } from 'node:crypto';
import type { ApiError } from '@onewindow/gateway-api';
import { matterContentFromProto } from '@onewindow/contracts';
import { GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { JSON_LIMITS } from '../src/http/json-limits';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';
import {
  bodySchemaOf,
  operationsOf,
  resolved,
  type DocumentedOperation,
  type OpenApiDocument,
  type Schema,
} from './openapi';

// Fuzzing from the served OpenAPI document, on the whole platform: for every operation, requests
// generated from its schemas (a valid example, then missing fields, wrong types, boundary and oversized
// values, bad path parameters, junk query parameters), anonymous and as several posts. No answer may
// be a server error, and every status must be one the document gives for that operation. Bounded in
// requests and in time.

const POSTS = ['clerk.zengdu', 'supervisor.zengdu', 'auditor.zengdu', 'multi.zengdu', 'union.zengdu'];
// With the arbitration proceedings' and electronic service's operations the document had 77. 40 requests each
// planned 11,820, of which a busy 2-core machine sent 3,400 to 7,100 in 50 s. 12 plan about 5,060: each operation
// gets its valid request, then bad path parameters, junk queries and a stride through its body mutations as far as
// 12 go (an operation with two path parameters gets no body mutation any more). Alone they take about 35 s; beside
// the other jest worker about 52 s, so the budget is 90 s and the test still fails if the plan is not all sent.
// Inspection and labor relations brought the document to 110 operations; the undeployed offices' get one each.
const PER_OPERATION_AND_CALLER = 12;
const TIME_BUDGET_MS = 90_000;
const CONCURRENCY = 8;

interface FuzzRequest {
  method: string;
  path: string;
  query?: string;
  body?: unknown;
  rawBody?: string;
  what: string;
}

type Json = Record<string, unknown>;

/** The smallest value the schema describes: its example, default or first enum value, else one of its type. */
function exampleOf(document: OpenApiDocument, schema: Schema, depth = 0): unknown {
  const s = resolved(document, schema);
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (s.enum) return s.enum[0];
  if (s.format === 'uuid') return randomUUID();
  if (s.type === 'array') return s.items && depth < 6 ? [exampleOf(document, s.items, depth + 1)] : [];
  if (s.type === 'integer' || s.type === 'number') return s.minimum ?? 1;
  if (s.type === 'boolean') return true;
  if (s.type === 'string') return 'x';
  return Object.fromEntries(
    Object.entries(s.properties ?? {}).map(([name, property]) => [name, exampleOf(document, property, depth + 1)]),
  );
}

/** Values of the wrong kind or at and past the schema's bounds. */
function wrongValuesFor(document: OpenApiDocument, schema: Schema): unknown[] {
  const s = resolved(document, schema);
  if (s.type === 'integer' || s.type === 'number') {
    return ['12', 1.5, -1, 2 ** 53, (s.maximum ?? 1e6) + 1, (s.minimum ?? 0) - 1, null];
  }
  if (s.type === 'boolean') return ['true', 0, null];
  if (s.type === 'array') return [{}, 'x', [null], Array.from({ length: 600 }, () => ({}))];
  if (s.type === 'string' || s.enum)
    return [42, null, ['x'], {}, '', 'x', 'x'.repeat((s.maxLength ?? 20_000) + 1), '\u0000\ud800'];
  return [[], 'x', 7, null, { unknown: true }];
}

/** Every field of a body down to `maxDepth`, with its schema: where mutations go. */
function fieldsOf(
  document: OpenApiDocument,
  schema: Schema,
  prefix: string[] = [],
  maxDepth = 2,
): [string[], Schema, boolean][] {
  const s = resolved(document, schema);
  return Object.entries(s.properties ?? {}).flatMap(([name, property]) => {
    const path = [...prefix, name];
    const own: [string[], Schema, boolean][] = [[path, property, (s.required ?? []).includes(name)]];
    const inner = resolved(document, property);
    return inner.properties && path.length < maxDepth ? [...own, ...fieldsOf(document, inner, path, maxDepth)] : own;
  });
}

/** Marks a field to leave out of the body. */
const REMOVE = Symbol('remove');

function withField(body: unknown, path: string[], value: unknown | typeof REMOVE): unknown {
  const copy = structuredClone(body) as Json;
  let at: Json = copy;
  for (const step of path.slice(0, -1)) {
    if (typeof at[step] !== 'object' || at[step] === null) return copy;
    at = at[step] as Json;
  }
  const last = path[path.length - 1]!;
  if (value === REMOVE) delete at[last];
  else at[last] = value;
  return copy;
}

/** The requests for one operation: a valid one first, then broken ones, at most `limit`. */
function requestsFor(
  document: OpenApiDocument,
  { method, path, operation }: DocumentedOperation,
  valid: { pathValues: Record<string, string>; body?: unknown },
  limit: number,
): FuzzRequest[] {
  const parameters = operation.parameters ?? [];
  const pathWith = (values: Record<string, string>) =>
    path.replace(
      /\{(\w+)\}/g,
      (_, name: string) =>
        values[name] ??
        encodeURIComponent(String(exampleOf(document, parameters.find((p) => p.name === name)!.schema))),
    );
  const validPath = pathWith(valid.pathValues);
  const schema = bodySchemaOf(document, operation);
  const body = schema ? (valid.body ?? exampleOf(document, schema)) : undefined;
  const requests: FuzzRequest[] = [{ method, path: validPath, body, what: 'valid example' }];

  for (const parameter of parameters.filter((p) => p.in === 'path')) {
    for (const junk of ['x', '%00', '%E0%A4%A', '..%2F..%2Faudit', '9'.repeat(300), '%F0%9F%92%A9', "'%20OR%201=1"]) {
      requests.push({
        method,
        path: pathWith({ ...valid.pathValues, [parameter.name]: junk }),
        body,
        what: `path ${parameter.name}=${junk.slice(0, 20)}`,
      });
    }
  }
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    const wrong = wrongValuesFor(document, parameter.schema).filter((v) => v !== null && typeof v !== 'object');
    requests.push({
      method,
      path: validPath,
      query: `${parameter.name}=${encodeURIComponent(String(exampleOf(document, parameter.schema)))}`,
      what: `query ${parameter.name} example`,
    });
    for (const value of wrong.slice(0, 3)) {
      requests.push({
        method,
        path: validPath,
        query: `${parameter.name}=${encodeURIComponent(String(value).slice(0, 3000))}`,
        what: `query ${parameter.name} wrong`,
      });
    }
    requests.push({
      method,
      path: validPath,
      query: `${parameter.name}=a&${parameter.name}=b`,
      what: `query ${parameter.name} twice`,
    });
    requests.push({
      method,
      path: validPath,
      query: `${parameter.name}[$ne]=1`,
      what: `query ${parameter.name} as object`,
    });
  }
  requests.push({ method, path: validPath, query: 'junk=1&__proto__[x]=1', body, what: 'unknown query parameters' });

  if (schema) {
    const mutations: FuzzRequest[] = [
      { method, path: validPath, rawBody: '{"a":', what: 'unreadable JSON' },
      { method, path: validPath, rawBody: '[]', what: 'array body' },
      {
        method,
        path: validPath,
        rawBody: JSON.stringify({ x: 'x'.repeat(JSON_LIMITS.maxBytes) }),
        what: 'oversized body',
      },
      { method, path: validPath, rawBody: `${'['.repeat(3000)}${']'.repeat(3000)}`, what: 'deep JSON' },
      {
        method,
        path: validPath,
        rawBody: JSON.stringify(body).replace(/^\{/, '{"__proto__":{"admin":true},"constructor":{"prototype":1},'),
        what: 'prototype keys',
      },
    ];
    for (const [field, fieldSchema, required] of fieldsOf(document, schema)) {
      const name = field.join('.');
      if (required)
        mutations.push({ method, path: validPath, body: withField(body, field, REMOVE), what: `missing ${name}` });
      for (const value of wrongValuesFor(document, fieldSchema)) {
        mutations.push({ method, path: validPath, body: withField(body, field, value), what: `wrong ${name}` });
      }
    }
    mutations.push({ method, path: validPath, body: withField(body, ['unknownField'], 1), what: 'unknown field' });
    // Spread the budget over every kind of mutation rather than exhaust it on the first fields.
    const room = Math.max(0, limit - requests.length);
    const step = Math.max(1, mutations.length / room);
    for (let i = 0; i < mutations.length && requests.length < limit; i += step)
      requests.push(mutations[Math.floor(i)]!);
  }
  return requests.slice(0, limit);
}

describe('OpenAPI-driven fuzzing of the gateway', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  let document: OpenApiDocument;
  const callers: [string, string | undefined][] = [['anonymous', undefined]];
  let matterNumber: string;

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    document = (await gateway.request<OpenApiDocument>('GET', '/api/docs-json')).body;
    for (const username of POSTS) callers.push([username, await gateway.signIn(username, DEMO_PASSWORD)]);
    const registered = await gateway.request<{ matterNumber: string }>('POST', '/api/matters', {
      token: callers[1]![1],
      body: { content: matterContentFromProto(wageArrearsApplication()), requestId: randomUUID() },
    });
    expect(registered.status).toBe(201);
    matterNumber = registered.body.matterNumber;
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  it(
    'answers every generated request without a 5xx and with a status the document gives',
    async () => {
      const started = Date.now();
      const content = matterContentFromProto(wageArrearsApplication());
      const validBody = (path: string) =>
        ({
          '/api/public/applications': { content: { ...content, channel: 'ONLINE' }, requestId: randomUUID() },
          '/api/matters': { content, requestId: randomUUID() },
          '/api/matters/evaluate': { content },
        })[path];
      const operations = operationsOf(document);
      const work = operations.flatMap((documented) =>
        callers.flatMap(([caller, token]) =>
          requestsFor(
            document,
            documented,
            { pathValues: { matterNumber }, body: validBody(documented.path) },
            // The offices a county may not deploy (mediation, inspection, labor relations) are not on this
            // platform: their routes answer 503 before reading the request, so one request says all.
            documented.operation.responses['503'] ? 1 : PER_OPERATION_AND_CALLER,
          ).map((request) => ({ documented, caller, token, request })),
        ),
      );
      const serverErrors: string[] = [];
      const undocumented: string[] = [];
      const badBodies: string[] = [];
      const statuses = new Map<number, number>();
      let sent = 0;
      let next = 0;
      const worker = async () => {
        while (next < work.length && Date.now() - started < TIME_BUDGET_MS) {
          const { documented, caller, token, request } = work[next++]!;
          const url = `${request.path}${request.query ? `?${request.query}` : ''}`;
          const answer = await gateway.request<ApiError>(request.method, url, {
            token,
            body: request.rawBody === undefined ? request.body : undefined,
            rawBody: request.rawBody,
          });
          sent += 1;
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const where = `${caller} ${request.method} ${url.slice(0, 120)} (${request.what}) → ${answer.status}`;
          // The offices a county may not deploy are not on this platform: their routes answer the 503 they document.
          const notDeployed = answer.status === 503 && documented.operation.responses['503'] !== undefined;
          if (answer.status >= 500 && !notDeployed) {
            serverErrors.push(`${where}: ${JSON.stringify(answer.body).slice(0, 200)}`);
          } else if (!documented.operation.responses[String(answer.status)]) undocumented.push(where);
          const documentedBody = documented.operation.responses[String(answer.status)]?.content?.['application/json'];
          const required = documentedBody ? (resolved(document, documentedBody.schema).required ?? []) : [];
          const missing = required.filter(
            (field) => typeof answer.body !== 'object' || !(field in (answer.body as object)),
          );
          if (missing.length > 0) badBodies.push(`${where}: lacks ${missing.join(', ')}`);
          if (answer.status >= 400) {
            const body = answer.body;
            const shaped =
              typeof body === 'object' &&
              body !== null &&
              body.statusCode === answer.status &&
              typeof body.error === 'string' &&
              typeof body.message === 'string';
            if (!shaped) badBodies.push(`${where}: ${JSON.stringify(body).slice(0, 120)}`);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        [
          `openapi fuzz: ${operations.length} operations, ${callers.length} callers, ${sent} of ${work.length} requests in ${seconds} s`,
          `statuses: ${[...statuses]
            .sort(([a], [b]) => a - b)
            .map(([status, n]) => `${status}×${n}`)
            .join(' ')}`,
          `5xx: ${serverErrors.length}, undocumented statuses: ${undocumented.length}, answers not in their documented shape: ${badBodies.length}`,
          ...[...serverErrors, ...undocumented, ...badBodies].slice(0, 30),
        ].join('\n'),
      );
      expect(serverErrors).toEqual([]);
      expect(undocumented).toEqual([]);
      expect(badBodies).toEqual([]);
      expect(sent).toBe(work.length);
    },
    TIME_BUDGET_MS + 30_000,
  );
});
