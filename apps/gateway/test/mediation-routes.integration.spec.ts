import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as rest from '@onewindow/gateway-api';
import { common, matterContentFromProto } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';
import { AuthTestGateway } from './auth-harness';

// Mediation (调解) through the gateway on the whole platform with the mediation service: a small wage claim the
// worker agreed to mediate goes to mediation first; the mediator takes it from their queue, records the
// employer's consent, is assigned and schedules a session, and the 调解会议通知 goes by SMS with the numbers
// masked everywhere but the sender. Bad input is 400 with the fields named; a window clerk is refused; where a
// county does not deploy mediation its routes answer 503.

const WORKER_PHONE = '13872345678'; // wageArrearsApplication's applicant
const EMPLOYER_PHONE = '13912344321';

describe('mediation routes at the gateway', () => {
  const platform = new Platform({ mediation: true, gateway: {} });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  let matterNumber: string;
  let caseId: string;
  let mediationCase: rest.MediationCase;

  const as = (username: string) => ({ token: tokens[username]! });
  const casePath = () => `/api/mediation-cases/${encodeURIComponent(caseId)}`;

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of ['clerk.zengdu', 'mediator.zengdu', 'supervisor.zengdu', 'auditor.zengdu']) {
      tokens[name] = await gateway.signIn(name, DEMO_PASSWORD);
    }
    // A small claim (under twelve months of the minimum wage) with consent goes to mediation first (调解优先).
    const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
      ...as('clerk.zengdu'),
      body: {
        content: matterContentFromProto(
          wageArrearsApplication({
            consentToMediationFirst: true,
            claims: [
              { category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen: 1_500_000, description: '工资15000元' },
            ],
          }),
        ),
        requestId: randomUUID(),
      },
    });
    expect(registered.status).toBe(201);
    matterNumber = registered.body.matterNumber;
    mediationCase = await eventually(
      async () => {
        const found = await gateway.request<rest.MediationCase>(
          'GET',
          `/api/matters/${matterNumber}/mediation`,
          as('mediator.zengdu'),
        );
        return found.status === 200 ? found.body : undefined;
      },
      { what: "the matter's mediation case", timeoutMs: 30_000 },
    );
    caseId = mediationCase.caseId;
    const enrolled = await gateway.request<rest.Mediator>('POST', '/api/mediators', {
      ...as('supervisor.zengdu'),
      body: {
        countyCode: '421303',
        staffUserId: 'mediator.zengdu',
        name: '李调解',
        kind: 'HRSS_MEDIATOR',
        active: true,
      } satisfies rest.EnrolMediatorRequest,
    });
    expect(enrolled.status).toBe(200);
  }, 180_000);

  afterAll(() => platform.stop(), 60_000);

  it("puts the case in the mediator's queue, awaiting the employer's consent", async () => {
    expect(mediationCase).toMatchObject({ matterNumber, countyCode: '421303', status: 'AWAITING_CONSENT' });
    const { body } = await gateway.request<rest.WorkQueues>('GET', '/api/queues', as('mediator.zengdu'));
    const queue = body.queues.find((q) => q.id === 'MEDIATION_CASES');
    expect(queue?.role).toBe('MEDIATOR');
    expect(body.queues.map((q) => q.id)).not.toContain('REFERRALS_TO_ACKNOWLEDGE');
    expect(queue?.items.find((item) => item.caseId === caseId)).toMatchObject({
      matterNumber,
      mediationStatus: 'AWAITING_CONSENT',
      assignedToMe: false,
    });
  });

  it('refuses a window clerk the mediator’s routes (403)', async () => {
    const listed = await gateway.request<rest.ApiError>('GET', '/api/mediation-cases', as('clerk.zengdu'));
    expect(listed.status).toBe(403);
    const consent = await gateway.request<rest.ApiError>('POST', `${casePath()}/employer-consent`, {
      ...as('clerk.zengdu'),
      body: {
        expectedVersion: mediationCase.version,
        consents: true,
        answeredAt: new Date().toISOString(),
        how: '电话',
      },
    });
    expect(consent.status).toBe(403);
    expect(consent.body.message).toContain('MEDIATOR');
  });

  it('records the consent and the assignment, each against the version last read', async () => {
    const consent = await gateway.request<rest.MediationCase>('POST', `${casePath()}/employer-consent`, {
      ...as('mediator.zengdu'),
      body: {
        expectedVersion: mediationCase.version,
        consents: true,
        answeredAt: new Date().toISOString(),
        how: '电话',
      } satisfies rest.RecordEmployerConsentRequest,
    });
    expect(consent.status).toBe(200);
    expect(consent.body).toMatchObject({ status: 'IN_MEDIATION', employerConsented: true });
    // The same version again: the case changed since (409), nothing changes.
    const stale = await gateway.request<rest.ApiError>('POST', `${casePath()}/mediators`, {
      ...as('mediator.zengdu'),
      body: { expectedVersion: mediationCase.version, staffUserIds: ['mediator.zengdu'] },
    });
    expect(stale.status).toBe(409);
    const assigned = await gateway.request<rest.MediationCase>('POST', `${casePath()}/mediators`, {
      ...as('mediator.zengdu'),
      body: {
        expectedVersion: consent.body.version,
        staffUserIds: ['mediator.zengdu'],
      } satisfies rest.AssignMediatorsRequest,
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.mediators.map((m) => m.staffUserId)).toEqual(['mediator.zengdu']);
    mediationCase = assigned.body;
  });

  it('answers bad input with 400 naming the fields, from the gateway and from mediation, and changes nothing', async () => {
    const malformed = await gateway.request<rest.ApiError>('POST', `${casePath()}/sessions`, {
      ...as('mediator.zengdu'),
      body: { expectedVersion: mediationCase.version, startsAt: 'tomorrow', venue: { mode: 'ON_SITE' } },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.violations?.map((v) => v.field)).toEqual(expect.arrayContaining(['startsAt', 'venue.place']));
    // Well formed, but in the past: mediation's own rule, its field named.
    const past = await gateway.request<rest.ApiError>('POST', `${casePath()}/sessions`, {
      ...as('mediator.zengdu'),
      body: {
        expectedVersion: mediationCase.version,
        startsAt: '2020-01-06T09:30:00+08:00',
        venue: { mode: 'ON_SITE', place: '曾都区劳动保障维权中心调解室' },
      },
    });
    expect(past.status).toBe(400);
    expect(past.body.violations?.map((v) => v.field)).toContain('startsAt');
    const unchanged = await gateway.request<rest.MediationCase>('GET', casePath(), as('mediator.zengdu'));
    expect(unchanged.body).toMatchObject({ version: mediationCase.version, sessions: [] });
  });

  it('schedules a session and sends the 调解会议通知 by SMS, the phones masked everywhere but the sender', async () => {
    const startsAt = new Date(Date.now() + 24 * 60 * 60_000).toISOString();
    const scheduled = await gateway.request<rest.MediationCase>('POST', `${casePath()}/sessions`, {
      ...as('mediator.zengdu'),
      body: {
        expectedVersion: mediationCase.version,
        startsAt,
        venue: { mode: 'ON_SITE', place: '曾都区劳动保障维权中心调解室' },
        employerContactPhone: EMPLOYER_PHONE,
      } satisfies rest.ScheduleSessionRequest,
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.sessions).toHaveLength(1);
    expect(scheduled.body.sessions[0]!.notices).toEqual(['劳动者 短信 138****5678', '用人单位 短信 139****4321']);

    const outbox = readFileSync(platform.smsOutbox, 'utf8');
    const notices = outbox
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; text: string })
      .filter((sms) => sms.text.includes('劳动争议调解') && sms.text.includes(matterNumber));
    expect(notices.map((sms) => sms.to)).toEqual(['138****5678', '139****4321']);
    expect(notices[0]!.text).toMatch(
      new RegExp(
        `^【随州市劳动保障维权中心】您的劳动争议调解（事项 ${matterNumber}）定于 \\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2} 在曾都区劳动保障维权中心调解室进行，请准时参加。$`,
      ),
    );
    expect(outbox).not.toContain(WORKER_PHONE);
    expect(outbox).not.toContain(EMPLOYER_PHONE);
    expect(JSON.stringify(scheduled.body)).not.toContain(EMPLOYER_PHONE);

    // The worker's number was revealed for the notice, as the mediator, and the look is on the audit log.
    const audit = await gateway.request<rest.AuditPage>(
      'GET',
      `/api/audit?action=matter.personal-data.read&target=${matterNumber}`,
      as('auditor.zengdu'),
    );
    expect(audit.body.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 'mediator.zengdu',
          outcome: 'SUCCEEDED',
          detail: expect.stringContaining('调解会议通知'),
        }),
      ]),
    );
  });

  it("shows the worker the session through the portal, without the staff's notes", async () => {
    await gateway.request('POST', '/api/public/tracking-codes', { body: { matterNumber } });
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the tracking code' });
    const session = await gateway.request<rest.TrackingSession>('POST', '/api/public/tracking-sessions', {
      body: { matterNumber, code },
    });
    expect(session.status).toBe(201);
    const view = await gateway.request<rest.PublicMediationView>(
      'GET',
      `/api/public/matters/${matterNumber}/mediation`,
      {
        token: session.body.trackingToken,
      },
    );
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ matterNumber, status: 'IN_MEDIATION', workerMaySign: false });
    expect(view.body.sessions).toEqual([
      { startsAt: expect.any(String), venue: { mode: 'ON_SITE', place: '曾都区劳动保障维权中心调解室' } },
    ]);
    expect(JSON.stringify(view.body)).not.toContain('短信');
    expect(JSON.stringify(view.body)).not.toContain('mediator.zengdu');
  });

  it('drafts the agreement; the employer signs in person, the mediator as themself, the worker online seals it', async () => {
    const current = (await gateway.request<rest.MediationCase>('GET', casePath(), as('mediator.zengdu'))).body;
    const today = new Date(Date.now() + 8 * 60 * 60_000).toISOString().slice(0, 10);
    const drafted = await gateway.request<rest.MediationCase>('POST', `${casePath()}/agreement`, {
      ...as('mediator.zengdu'),
      body: {
        expectedVersion: current.version,
        agreedOn: today,
        settledClaims: [{ claimIndex: 0, amountFen: 1_200_000 }],
        instalments: [{ dueOn: today, amountFen: 1_200_000 }],
      } satisfies rest.DraftAgreementRequest,
    });
    expect(drafted.status).toBe(200);
    expect(drafted.body.agreement).toMatchObject({ status: 'DRAFT', totalFen: 1_200_000 });
    let version = drafted.body.version;
    for (const role of ['EMPLOYER', 'MEDIATOR'] as const) {
      const signed = await gateway.request<rest.MediationCase>('POST', `${casePath()}/agreement/signatures`, {
        ...as('mediator.zengdu'),
        body: { expectedVersion: version, role } satisfies rest.SignAgreementRequest,
      });
      expect([role, signed.status]).toEqual([role, 200]);
      version = signed.body.version;
    }

    await gateway.request('POST', '/api/public/tracking-codes', { body: { matterNumber } });
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'a new tracking code' });
    const { body: session } = await gateway.request<rest.TrackingSession>('POST', '/api/public/tracking-sessions', {
      body: { matterNumber, code },
    });
    const portal = { token: session.trackingToken };
    const before = await gateway.request<rest.PublicMediationView>(
      'GET',
      `/api/public/matters/${matterNumber}/mediation`,
      portal,
    );
    expect(before.body).toMatchObject({ workerMaySign: true, agreement: { totalFen: 1_200_000, status: 'SIGNING' } });
    const signed = await gateway.request<rest.PublicMediationView>(
      'POST',
      `/api/public/matters/${matterNumber}/mediation/signature`,
      { ...portal, body: { expectedVersion: before.body.version } satisfies rest.PortalSignAgreementRequest },
    );
    expect(signed.status).toBe(200);
    expect(signed.body.agreement).toMatchObject({ status: 'SEALED', number: expect.stringMatching(/^421303-调协-/) });
    expect(signed.body.agreement!.signatures.map((s) => [s.role, s.method])).toContainEqual([
      'WORKER',
      'ONLINE_ONE_TIME_CODE',
    ]);

    // The sealed agreement is a numbered document, as PDF for staff and for the worker.
    const kinds = signed.body.documents.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['recommendation', 'agreement']));
    for (const [path, token] of [
      [`${casePath()}/documents/agreement`, tokens['mediator.zengdu']!],
      [`/api/public/matters/${matterNumber}/mediation/documents/agreement`, session.trackingToken],
    ] as const) {
      const pdf = await fetch(`${platform.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect([path, pdf.status, pdf.headers.get('content-type')]).toEqual([path, 200, 'application/pdf']);
      expect(pdf.headers.get('content-disposition')).toMatch(
        /^attachment; filename="mediation-agreement-.+\.pdf"; filename\*=UTF-8''/,
      );
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }
  });

  it("gives the supervisor's dashboard mediation's figures", async () => {
    const { body } = await gateway.request<rest.Dashboard>('GET', '/api/dashboard', as('supervisor.zengdu'));
    expect(body.mediation?.open).toBeGreaterThanOrEqual(1);
    expect(body.mediation?.successRate).toBeGreaterThanOrEqual(0);
    expect(body.mediation?.successRate).toBeLessThanOrEqual(1);
  });
});

// The gateway of a county that does not deploy mediation (no MEDIATION_GRPC_ADDRESS): it starts, and every
// mediation route answers 503 once sign-in and posts are checked. The gateway in this process needs no service.
describe('mediation routes where mediation is not deployed', () => {
  const bare = new AuthTestGateway();

  beforeAll(() => bare.start(), 60_000);
  afterAll(() => bare.stop());

  it('answers 503 saying mediation is not deployed here', async () => {
    const { accessToken } = await bare.tokensOf('mediator.zengdu');
    const { accessToken: supervisor } = await bare.tokensOf('supervisor.zengdu');
    for (const [method, path, token, body] of [
      ['GET', '/api/mediation-cases', accessToken, undefined],
      ['GET', '/api/matters/421303-2026-000001/mediation', accessToken, undefined],
      ['POST', '/api/mediation-cases/r-1%2F1/employer-consent', accessToken, { expectedVersion: 1 }],
      ['GET', '/api/mediators', supervisor, undefined],
    ] as const) {
      const answer = await bare.client.request<rest.ApiError>(method, path, { token, body });
      expect([path, answer.status]).toEqual([path, 503]);
      expect(answer.body.message).toContain('本地未部署调解服务');
    }
    // Posts are still checked first: a window clerk gets 403, not 503.
    const { accessToken: clerk } = await bare.tokensOf('clerk.zengdu');
    expect((await bare.client.request('GET', '/api/mediation-cases', { token: clerk })).status).toBe(403);
  });
});
