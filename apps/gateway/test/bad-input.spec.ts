import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { ApiError } from '@onewindow/gateway-api';
import { matterContentFromProto, type intake } from '@onewindow/contracts';
import { GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_ACCOUNTS } from '../src/users/demo-accounts';
import { MAX_BODY_BYTES } from '../src/bootstrap-gateway';

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

  const register = (body: unknown, options: { token?: string; rawBody?: string } = {}) =>
    gateway.request<ApiError>('POST', '/api/matters', {
      token: options.token ?? token,
      body,
      rawBody: options.rawBody,
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
    const huge = { content: { ...content(), factsAndReasons: 'x'.repeat(MAX_BODY_BYTES) }, requestId: randomUUID() };
    const response = await register(huge);
    expect(response.status).toBe(413);
    expect(response.body.error).toBe('PAYLOAD_TOO_LARGE');
    expect(await mattersSaved()).toBe(0);
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
});
