import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { ApiError } from '@onewindow/gateway-api';
import { matterContentFromProto, type intake } from '@onewindow/contracts';
import { GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_ACCOUNTS } from '../src/users/demo-accounts';
import { JSON_LIMITS } from '../src/http/json-limits';

// Bad input at the REST API: every refusal names what is wrong, and nothing is saved.

const clerk = DEMO_ACCOUNTS.find((a) => a.roles.includes('WINDOW_CLERK') && a.counties.includes('421303'))!;
const content = () => matterContentFromProto(wageArrearsApplication());

describe('bad input at the gateway', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  let token: string;

  const mattersSaved = async () => {
    const { matters } = await platform
      .client('intake')
      .call<intake.ListMattersResponse>('listMatters', { countyCode: '421303', pageSize: 100 });
    return matters.length;
  };

  const register = (
    body: unknown,
    options: { token?: string; rawBody?: string; headers?: Record<string, string> } = {},
  ) =>
    gateway.request<ApiError>('POST', '/api/matters', {
      token: options.token ?? token,
      body,
      rawBody: options.rawBody,
      headers: options.headers,
    });

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    token = await gateway.signIn(clerk.username, clerk.password);
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  it('refuses a body without content or request id, naming both', async () => {
    const response = await register({});
    expect(response.status).toBe(400);
    expect(response.body.violations?.map((v) => v.field)).toEqual(expect.arrayContaining(['content', 'requestId']));
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses malformed fields by their path in the body', async () => {
    const malformed = content() as unknown as Record<string, unknown>;
    malformed['claims'] = [{ category: 'WAGES', amountFen: '三万六', description: '工资' }];
    malformed['workerCount'] = 1.5;
    const response = await register({ content: malformed, requestId: randomUUID() });
    expect(response.status).toBe(400);
    expect(response.body.violations?.map((v) => v.field)).toEqual(
      expect.arrayContaining(['content.claims[0].amountFen', 'content.workerCount']),
    );
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses an identity number whose check digit is wrong, with intake’s reason on that field', async () => {
    const bad = content();
    bad.applicant.identityNumber = '421303199005171234';
    const response = await register({ content: bad, requestId: randomUUID() });
    expect(response.status).toBe(400);
    const violation = response.body.violations?.find((v) => v.field === 'content.applicant.identityNumber');
    expect(violation?.description).toBeTruthy();
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses an unknown county', async () => {
    const response = await register({ content: { ...content(), countyCode: '110101' }, requestId: randomUUID() });
    expect(response.status).toBe(400);
    expect(response.body.violations?.map((v) => v.field)).toContain('content.countyCode');
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const huge = {
      content: { ...content(), factsAndReasons: 'x'.repeat(JSON_LIMITS.maxBytes) },
      requestId: randomUUID(),
    };
    const response = await register(huge);
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('larger than 256 KiB'),
    });
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses JSON nested 5,000 deep with 400 naming the depth limit, before validation', async () => {
    const deep = `{"content": ${'['.repeat(5000)}${']'.repeat(5000)}, "requestId": "${randomUUID()}"}`;
    const response = await register(undefined, { rawBody: deep });
    expect(response).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'BAD_REQUEST', message: 'JSON nested deeper than 32 levels' },
    });
    const objects = `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`;
    expect((await register(undefined, { rawBody: objects })).body.message).toBe('JSON nested deeper than 32 levels');
  });

  it('refuses a body that is not one JSON object', async () => {
    for (const rawBody of ['[]', `[{"requestId": "${randomUUID()}"}]`, '"content"']) {
      const response = await register(undefined, { rawBody });
      expect([rawBody, response.status]).toEqual([rawBody, 400]);
      expect(response.body.message).toMatch(/JSON/);
    }
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses arrays, strings and numbers where objects are expected, naming each field', async () => {
    const wrong = { ...content(), applicant: [], employer: 'ACME', employment: 42, claims: {}, layoff: [] };
    const response = await register({ content: wrong, requestId: randomUUID() });
    expect(response.status).toBe(400);
    expect([...new Set(response.body.violations?.map((v) => v.field))]).toEqual(
      expect.arrayContaining([
        'content.applicant',
        'content.employer',
        'content.employment',
        'content.claims',
        'content.layoff',
      ]),
    );
    const top = await register({ content: [content()], requestId: randomUUID() });
    expect(top.body.violations?.map((v) => v.field)).toContain('content');
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses a body in another content type as a request without one', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data']) {
      const response = await gateway.request<ApiError>('POST', '/api/matters', {
        token,
        rawBody: JSON.stringify({ content: content(), requestId: randomUUID() }),
        headers: { 'content-type': type },
      });
      expect([type, response.status]).toEqual([type, 400]);
      expect(response.body.violations?.map((v) => v.field)).toEqual(expect.arrayContaining(['content', 'requestId']));
    }
    const charset = await register(undefined, {
      rawBody: '{}',
      headers: { 'content-type': 'application/json; charset=ebcdic' },
    });
    expect(charset.status).toBe(415);
    expect(charset.body.error).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await mattersSaved()).toBe(0);
  });

  it('refuses huge strings in fields and parameters by their limits', async () => {
    const signIn = await gateway.request<ApiError>('POST', '/api/auth/sign-in', {
      body: { username: 'x'.repeat(100_000), password: 'y'.repeat(100_000) },
    });
    expect(signIn.status).toBe(400);
    expect(signIn.body.violations?.map((v) => v.field)).toEqual(['username', 'password']);
    const search = await gateway.request<ApiError>('GET', `/api/matters?q=${'字'.repeat(1000)}`, { token });
    expect(search.status).toBe(400);
    expect(search.body.violations?.map((v) => v.field)).toEqual(['q']);
  });

  it('refuses path parameters that are not matter numbers or ids, whatever their bytes', async () => {
    // 张三岗 holds the posts of all three routes, so the parameter is what gets refused.
    const multi = await gateway.signIn('multi.zengdu', clerk.password);
    const paths = [
      '/api/matters/%E0%A4%A',
      '/api/matters/..%2F..%2Faudit',
      '/api/matters/421303-2026-00000%00',
      `/api/matters/${'9'.repeat(5000)}`,
      '/api/referrals/%ZZ/outcome',
      '/api/referrals/abc%2F1%2F2/outcome',
      '/api/arbitration-cases/%F0%9F%92%A9/acceptance-decision',
    ];
    for (const path of paths) {
      const method = path.startsWith('/api/matters') ? 'GET' : 'POST';
      const response = await gateway.request<ApiError>(method, path, {
        token: multi,
        ...(method === 'POST' ? { body: { outcome: 'RESOLVED' } } : {}),
      });
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.body.error).toBe('BAD_REQUEST');
    }
  });

  it('refuses bad query parameters, each named', async () => {
    const queries: [string, string][] = [
      ['pageSize=abc', 'pageSize'],
      ['pageSize=1e309', 'pageSize'],
      ['pageSize=-1', 'pageSize'],
      ['county=421303&county=421321', 'county'],
      ['kind[]=WAGE_ARREARS', 'kind[]'],
      ['identityNumber=4213031990051712355', 'identityNumber'],
      ['sort=%24where', 'sort'],
    ];
    for (const [query, field] of queries) {
      const response = await gateway.request<ApiError>('GET', `/api/matters?${query}`, { token });
      expect([query, response.status]).toEqual([query, 400]);
      expect([query, new Set(response.body.violations?.map((v) => v.field))]).toEqual([query, new Set([field])]);
    }
  });

  it('refuses a body that is not JSON', async () => {
    const response = await register(undefined, { rawBody: '{"content": ' });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/JSON/);
  });

  it('refuses a forged token and an expired one, saying which', async () => {
    const body = { content: content(), requestId: randomUUID() };
    const [header, payload] = token.split('.');
    const forged = await register(body, { token: `${header}.${payload}.${'A'.repeat(43)}` });
    expect(forged.status).toBe(401);
    // The clerk's own token, signed again with the gateway's key but with its lifetime in the past.
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    const now = Math.floor(Date.now() / 1000);
    const expiredToken = await new SignJWT({ ...decode(payload!), iat: now - 3600, exp: now - 1800 })
      .setProtectedHeader(decode(header!))
      .sign(Buffer.from(platform.tokenSecret, 'base64'));
    const expired = await register(body, { token: expiredToken });
    expect(expired.status).toBe(401);
    expect(forged.body.message).toMatch(/forged|signature/i);
    expect(expired.body.message).toMatch(/expired/i);
    const missing = await gateway.request<ApiError>('POST', '/api/matters', { body });
    expect(missing.status).toBe(401);
    expect(await mattersSaved()).toBe(0);
  });

  it('still registers the same content once it is right', async () => {
    const response = await register({ content: content(), requestId: randomUUID() });
    expect(response.status).toBe(201);
    expect(await mattersSaved()).toBe(1);
  });

  it('answers a request id used before with other content with 409 naming it, and saves nothing', async () => {
    const requestId = randomUUID();
    expect((await register({ content: content(), requestId })).status).toBe(201);
    const before = await mattersSaved();
    const other = await register({
      content: { ...content(), factsAndReasons: '另一件事：未支付加班费，经催要未果。' },
      requestId,
    });
    expect(other.status).toBe(409);
    expect(other.body.message).toContain(requestId);
    expect(await mattersSaved()).toBe(before);
  });

  // Last: the junk that is accepted is saved, and the tests above count what is saved.
  it('answers unicode junk in text without a server error: accepted or refused, never a 5xx', async () => {
    // JSON escapes as a client may send them: NUL, a right-to-left override, BOM, lone and reversed surrogates.
    const junk = [
      '\\u0000\\u202e\\ufeff',
      '\\ud800',
      '\\udfff\\ud800',
      '\\ud83d\\udca9'.repeat(100),
      'A\\u0301\\u0301',
    ];
    for (const text of junk) {
      const matter = JSON.stringify({ content: content(), requestId: randomUUID() })
        .replace('"factsAndReasons":"', `"factsAndReasons":"${text}`)
        .replace('"name":"', `"name":"${text}`);
      const response = await register(undefined, { rawBody: matter });
      expect([text, [201, 400].includes(response.status)]).toEqual([text, true]);
    }
    const signIn = await gateway.request<ApiError>('POST', '/api/auth/sign-in', {
      rawBody: '{"username": "\\ud800\\u0000", "password": "\\udfff"}',
    });
    expect(signIn.status).toBe(401);
  });
});
