import { randomUUID } from 'node:crypto';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { matterContentFromProto } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';

// The award period (仲裁期限, 劳动争议调解仲裁法 Art. 43) and the withdrawal (撤回, 办案规则 Art. 35) through the
// gateway on the whole platform: a complete wage-arrears application is accepted the day it arrives; the
// arbitrator extends the period once with the chair's written approval (a second extension is 409, 16 days
// 400 naming days), suspends the hearing and resumes it; a window clerk is refused (403); the arbitration
// clerk records the applicant's withdrawal, the case is WITHDRAWN and routing's referral CLOSED. Every write
// is on the audit log, the approver as the body named them.

const today = todayInChina(new Date());

describe('award period and withdrawal routes at the gateway', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  let matterNumber: string;
  let accepted: rest.ArbitrationCase;

  const as = (username: string) => ({ token: tokens[username]! });
  const casePath = (step: string) => `/api/cases/${encodeURIComponent(accepted.caseId)}/${step}`;
  const post = <T>(username: string, step: string, body: unknown) =>
    gateway.request<T>('POST', casePath(step), { ...as(username), body });
  const detail = async () =>
    (await gateway.request<rest.MatterDetail>('GET', `/api/matters/${matterNumber}`, as('arbitrator.zengdu'))).body;
  const auditOf = async (action: string) =>
    (await gateway.request<rest.AuditPage>('GET', `/api/audit?action=${action}`, as('auditor.zengdu'))).body.entries;

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of ['clerk.zengdu', 'arbitrator.zengdu', 'arbitration-clerk.zengdu', 'auditor.zengdu']) {
      tokens[name] = await gateway.signIn(name, DEMO_PASSWORD);
    }
    // Wage arrears (拖欠工资) is accepted the day a complete application arrives (当日受理).
    const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
      ...as('clerk.zengdu'),
      body: { content: matterContentFromProto(wageArrearsApplication()), requestId: randomUUID() },
    });
    expect(registered.status).toBe(201);
    matterNumber = registered.body.matterNumber;
    accepted = await eventually(
      async () => {
        const found = (await detail()).arbitrationCase;
        return found?.status === 'ACCEPTED' ? found : undefined;
      },
      { what: 'the accepted arbitration case', timeoutMs: 45_000 },
    );
  }, 180_000);

  afterAll(() => platform.stop(), 60_000);

  it('shows the accepted case with its award due day, 45 days on, no steps yet and nothing suspended', () => {
    expect(accepted).toMatchObject({
      acceptedOn: today,
      suspendedSince: '',
      awardPeriodSteps: [],
      withdrawalReason: '',
    });
    expect(accepted.awardDue!.dueOn >= addCalendarDays(today, 45)).toBe(true);
  });

  it('refuses a window clerk every one of these routes (403), naming the posts needed', async () => {
    const extension = await post<rest.ApiError>('clerk.zengdu', 'award-period/extension', {
      days: 5,
      reason: '案情复杂',
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    });
    expect(extension.status).toBe(403);
    expect(extension.body.message).toContain('ARBITRATOR');
    const withdrawal = await post<rest.ApiError>('clerk.zengdu', 'withdrawal', {
      withdrawnOn: today,
      reason: '双方已自行和解',
      settled: true,
    });
    expect(withdrawal.status).toBe(403);
    expect(withdrawal.body.message).toContain('ARBITRATION_CLERK');
    // The arbitration clerk records withdrawals, but the period is the tribunal's.
    const byClerk = await post<rest.ApiError>('arbitration-clerk.zengdu', 'suspension', {
      ground: 'FORCE_MAJEURE',
      details: '洪水',
      suspendedOn: today,
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    });
    expect(byClerk.status).toBe(403);
  });

  it('answers bad input with 400 naming the fields, from the gateway and from arbitration, and changes nothing', async () => {
    const sixteen = await post<rest.ApiError>('arbitrator.zengdu', 'award-period/extension', {
      days: 16,
      reason: '案情复杂',
      approvedBy: 'chair.zengdu',
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    });
    expect(sixteen.status).toBe(400);
    expect(sixteen.body.violations?.map((v) => v.field)).toEqual(['days']);
    const malformed = await post<rest.ApiError>('arbitrator.zengdu', 'suspension', {
      ground: 'BORED',
      details: ' ',
      suspendedOn: 'tomorrow',
      approverPost: 'MAYOR',
      approvedOn: today,
    });
    expect(malformed.status).toBe(400);
    expect([...new Set(malformed.body.violations?.map((v) => v.field))].sort()).toEqual([
      'approverPost',
      'details',
      'ground',
      'suspendedOn',
    ]);
    // Well formed, but against arbitration's rules: its fields come back under the REST body's names.
    const shortReason = await post<rest.ApiError>('arbitrator.zengdu', 'award-period/extension', {
      days: 5,
      reason: '复',
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    });
    expect(shortReason.status).toBe(400);
    expect(shortReason.body.violations?.map((v) => v.field)).toEqual(['reason']);
    const approvedLater = await post<rest.ApiError>('arbitrator.zengdu', 'suspension', {
      ground: 'AWAITING_DETERMINATION',
      details: '等待劳动能力鉴定结论',
      suspendedOn: today,
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: addCalendarDays(today, 1),
    });
    expect(approvedLater.status).toBe(400);
    expect(approvedLater.body.violations?.map((v) => v.field)).toEqual(['approvedOn']);
    expect((await detail()).arbitrationCase).toEqual(accepted);
  });

  let extended: rest.ArbitrationCase;

  it('extends the period once with the chair’s approval (200); a second extension is 409', async () => {
    const answer = await post<rest.ArbitrationCase>('arbitrator.zengdu', 'award-period/extension', {
      days: 15,
      reason: '案情复杂，需要调取社保缴费记录',
      approvedBy: 'chair.zengdu',
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    } satisfies rest.ExtendAwardPeriodRequest);
    expect(answer.status).toBe(200);
    extended = answer.body;
    expect(extended.status).toBe('ACCEPTED');
    expect(extended.awardDue!.dueOn > accepted.awardDue!.dueOn).toBe(true);
    expect(extended.awardDue!.dueOn >= addCalendarDays(today, 60)).toBe(true);
    expect(extended.awardPeriodSteps).toEqual([expect.stringContaining('延长 15 日')]);

    const again = await post<rest.ApiError>('arbitrator.zengdu', 'award-period/extension', {
      days: 1,
      reason: '再次延期',
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('办案规则第四十五条');
    expect((await detail()).arbitrationCase).toEqual(extended);
  });

  it('suspends the hearing (no award due while suspended) and resumes it with the days that were left', async () => {
    const suspended = await post<rest.ArbitrationCase>('arbitrator.zengdu', 'suspension', {
      ground: 'AWAITING_DETERMINATION',
      details: '等待劳动能力鉴定结论',
      suspendedOn: today,
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    } satisfies rest.SuspendProceedingsRequest);
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'ACCEPTED', suspendedSince: today });
    expect(suspended.body.awardDue).toBeUndefined();
    expect(suspended.body.awardPeriodSteps).toHaveLength(2);
    expect(suspended.body.awardPeriodSteps![1]).toContain('工伤认定');

    const twice = await post<rest.ApiError>('arbitrator.zengdu', 'suspension', {
      ground: 'FORCE_MAJEURE',
      details: '洪水',
      suspendedOn: today,
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    });
    expect(twice.status).toBe(409);

    const resumed = await post<rest.ArbitrationCase>('arbitrator.zengdu', 'resumption', {
      resumedOn: today,
      reason: '鉴定结论已送达',
    } satisfies rest.ResumeProceedingsRequest);
    expect(resumed.status).toBe(200);
    expect(resumed.body.suspendedSince).toBe('');
    // Suspended and resumed the same day: the days left are all the days there were.
    expect(resumed.body.awardDue!.dueOn).toBe(extended.awardDue!.dueOn);
    expect(resumed.body.awardPeriodSteps![1]).toContain(`${today} 恢复`);
    const notSuspended = await post<rest.ApiError>('arbitrator.zengdu', 'resumption', {
      resumedOn: today,
      reason: '再次恢复',
    });
    expect(notSuspended.status).toBe(409);
  });

  it('records the withdrawal at the arbitration window: the case is WITHDRAWN and routing’s referral CLOSED', async () => {
    const arbitrationReferral = (await detail()).referrals.find((r) => r.referralId === accepted.referralId);
    expect(arbitrationReferral?.status).not.toBe('CLOSED');
    const withdrawn = await post<rest.ArbitrationCase>('arbitration-clerk.zengdu', 'withdrawal', {
      withdrawnOn: today,
      reason: '双方已自行和解',
      settled: true,
    } satisfies rest.WithdrawApplicationRequest);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    expect(withdrawn.body.withdrawalReason).toContain('撤回仲裁申请');
    expect(withdrawn.body.withdrawalReason).toContain('自行和解');
    expect(withdrawn.body.awardDue).toBeUndefined();

    const closed = await eventually(
      async () => {
        const referral = (await detail()).referrals.find((r) => r.referralId === accepted.referralId);
        return referral?.status === 'CLOSED' ? referral : undefined;
      },
      { what: "routing's referral closed", timeoutMs: 45_000 },
    );
    expect(closed.statusReason).toContain('撤回仲裁申请');
    expect((await detail()).arbitrationCase?.status).toBe('WITHDRAWN');

    const afterwards = await post<rest.ApiError>('arbitrator.zengdu', 'award-period/extension', {
      days: 5,
      reason: '撤回后延期',
      approverPost: 'COMMITTEE_CHAIR',
      approvedOn: today,
    });
    expect(afterwards.status).toBe(409);
    const again = await post<rest.ApiError>('arbitrator.zengdu', 'withdrawal', {
      withdrawnOn: today,
      reason: '再次撤回',
      settled: false,
    });
    expect(again.status).toBe(409);
  });

  it('holds every write on the audit log, the approver as the body named them or else the arbitrator', async () => {
    const extensions = await auditOf('arbitration.award-period.extension');
    expect(extensions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 'arbitrator.zengdu',
          target: matterNumber,
          countyCode: '421303',
          outcome: 'SUCCEEDED',
          detail: expect.stringContaining('15 days, approved by chair.zengdu (COMMITTEE_CHAIR)'),
        }),
        expect.objectContaining({ actor: 'arbitrator.zengdu', target: accepted.caseId, outcome: 'REFUSED' }),
      ]),
    );
    expect(extensions.filter((entry) => entry.outcome === 'SUCCEEDED')).toHaveLength(1);
    const suspensions = await auditOf('arbitration.suspension');
    expect(suspensions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          target: matterNumber,
          outcome: 'SUCCEEDED',
          // The body named no approver: the arbitrator who recorded it stands as the approver.
          detail: expect.stringContaining('approved by arbitrator.zengdu (COMMITTEE_CHAIR)'),
        }),
      ]),
    );
    expect(await auditOf('arbitration.resumption')).toEqual(
      expect.arrayContaining([expect.objectContaining({ target: matterNumber, outcome: 'SUCCEEDED' })]),
    );
    expect(await auditOf('arbitration.withdrawal')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 'arbitration-clerk.zengdu',
          target: matterNumber,
          countyCode: '421303',
          outcome: 'SUCCEEDED',
          detail: expect.stringContaining('settled'),
        }),
        expect.objectContaining({ actor: 'arbitrator.zengdu', outcome: 'REFUSED' }),
      ]),
    );
  });
});
