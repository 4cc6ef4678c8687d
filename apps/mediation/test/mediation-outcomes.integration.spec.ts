import { status, type ServiceError } from '@grpc/grpc-js';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { arbitration, common, intake, mediation, routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import {
  enrolZengduMediators,
  eventually,
  GrpcClient,
  mediate,
  openMediation,
  Platform,
  sealAgreement,
  smallWageClaim,
  ZENGDU,
  ZENGDU_MEDIATOR as asMediator,
  ZENGDU_SUPERVISOR as asSupervisor,
} from '@onewindow/testing';

// The mediation service among the others, on the real broker and store: each outcome a mediation can
// have, and where the matter goes next. The clock is the service's own review, asked for a given day
// (ReviewMediationCases as_of), so "day 15" and "the instalment's day" need no waiting.

const { CourtRoute, SignerRole, SignatureMethod } = mediation;

describe('mediation outcomes on the real stack: agreement, refusal, day 15, non-performance, payment order', () => {
  const platform = new Platform({ mediation: true });
  let intakeClient: GrpcClient;
  let routingClient: GrpcClient;
  let arbitrationClient: GrpcClient;
  let mediationClient: GrpcClient;

  beforeAll(async () => {
    await platform.start();
    intakeClient = platform.client('intake');
    routingClient = platform.client('routing');
    arbitrationClient = platform.client('arbitration');
    mediationClient = platform.client('mediation');
    await enrolZengduMediators(mediationClient);
  }, 180_000);

  afterAll(() => platform.stop(), 60_000);

  async function mediationOf(content: common.MatterContent) {
    const { matter, opened } = await openMediation(intakeClient, mediationClient, content);
    return { matter, mediationCase: opened };
  }

  const call = (method: string, request: object, metadata = asMediator) =>
    mediate(mediationClient, method, request, metadata);

  const refusal = (method: string, request: object, metadata = asMediator) =>
    mediationClient.call(method, request, metadata).then(
      () => undefined,
      (error: ServiceError) => error,
    );

  const arbitrationCaseOf = (matterId: string) =>
    eventually(
      () =>
        arbitrationClient.call<arbitration.GetCaseByMatterResponse>('getCaseByMatter', { matterId }).then(
          (r) => r.case,
          () => undefined,
        ),
      { timeoutMs: 45_000, what: `an arbitration case for matter ${matterId}` },
    );

  const referralsOf = async (matterId: string) =>
    (await routingClient.call<routing.ListReferralsResponse>('listReferrals', { matterId })).referrals;

  async function agreedCase(instalments: { dueOn: string; amountFen: number }[]) {
    const { matter, mediationCase } = await mediationOf(smallWageClaim());
    return { matter, current: await sealAgreement(mediationClient, mediationCase, instalments) };
  }

  it('takes the referral: 调解建议书 numbered, the 15-day period from receipt, awaiting the employer', async () => {
    const { mediationCase } = await mediationOf(smallWageClaim());
    expect(mediationCase.status).toBe('MEDIATION_STATUS_AWAITING_CONSENT');
    expect(mediationCase.recommendationNumber).toMatch(/^421303-调建-\d{4}-\d{6}$/);
    expect(mediationCase.period!.dueOn >= addCalendarDays(mediationCase.receivedOn, 15)).toBe(true);
    expect(mediationCase.documents.map((d) => d.title)).toEqual(['调解建议书']);
    const { pdf } = await mediationClient.call<mediation.GetMediationDocumentResponse>(
      'getMediationDocument',
      { caseId: mediationCase.caseId, kind: mediation.MediationDocumentKind.MEDIATION_DOCUMENT_KIND_RECOMMENDATION },
      asMediator,
    );
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the employer refuses: the referral fails back to routing and arbitration takes the application', async () => {
    const { matter, mediationCase } = await mediationOf(smallWageClaim());
    const refused = await call('recordEmployerConsent', {
      caseId: mediationCase.caseId,
      expectedVersion: mediationCase.version,
      consents: false,
      answeredAt: new Date().toISOString(),
      how: '书面答复',
    });
    expect(refused.status).toBe('MEDIATION_STATUS_FAILED');
    expect(refused.outcomeReason).toContain('用人单位不同意调解');
    expect(refused.documents.map((d) => d.title)).toContain('调解终止通知书');
    const found = await arbitrationCaseOf(matter.matterId);
    expect(found?.status).toBe('CASE_STATUS_ACCEPTED');
    const targets = (await referralsOf(matter.matterId)).map((r) => r.referral?.target);
    expect(targets).toEqual(expect.arrayContaining(['REFERRAL_TARGET_MEDIATION', 'REFERRAL_TARGET_ARBITRATION']));
  });

  it('bad input changes nothing: a session in the past, an amount above the claim without a reason, a non-party signing', async () => {
    const { mediationCase } = await mediationOf(smallWageClaim());
    const consented = await call('recordEmployerConsent', {
      caseId: mediationCase.caseId,
      expectedVersion: mediationCase.version,
      consents: true,
      answeredAt: new Date().toISOString(),
      how: '当面',
    });
    const assigned = await call('assignMediators', {
      caseId: consented.caseId,
      expectedVersion: consented.version,
      panelSize: 1,
    });
    const past = await refusal('scheduleSession', {
      caseId: assigned.caseId,
      expectedVersion: assigned.version,
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      venue: { place: '曾都区劳动保障维权中心调解室' },
    });
    expect(past?.code).toBe(status.INVALID_ARGUMENT);
    expect(past?.details).toContain('startsAt');
    const above = await refusal('draftAgreement', {
      caseId: assigned.caseId,
      expectedVersion: assigned.version,
      draft: {
        agreedOn: todayInChina(new Date()),
        settledClaims: [{ claimIndex: 0, amountFen: 2_000_000 }],
        instalments: [{ dueOn: todayInChina(new Date()), amountFen: 2_000_000 }],
      },
    });
    expect(above?.code).toBe(status.INVALID_ARGUMENT);
    expect(above?.details).toContain('settledClaims[0].reasonAboveClaim');
    const tomorrow = await refusal('draftAgreement', {
      caseId: assigned.caseId,
      expectedVersion: assigned.version,
      draft: {
        agreedOn: addCalendarDays(todayInChina(new Date()), 1),
        settledClaims: [{ claimIndex: 0, amountFen: 1_000_000 }],
        instalments: [{ dueOn: addCalendarDays(todayInChina(new Date()), 1), amountFen: 1_000_000 }],
      },
    });
    expect(tomorrow?.code).toBe(status.INVALID_ARGUMENT);
    expect(tomorrow?.details).toContain('agreedOn');
    const noVersion = await refusal('draftAgreement', { caseId: assigned.caseId, draft: {} });
    expect(noVersion?.details).toContain('expectedVersion');
    const drafted = await call('draftAgreement', {
      caseId: assigned.caseId,
      expectedVersion: assigned.version,
      draft: {
        agreedOn: todayInChina(new Date()),
        settledClaims: [{ claimIndex: 0, amountFen: 1_000_000 }],
        instalments: [{ dueOn: todayInChina(new Date()), amountFen: 1_000_000 }],
      },
    });
    // Someone holding the mediator post but not assigned to this case cannot sign as its mediator.
    const stranger = asCaller({ userId: 'someone-else', roles: ['MEDIATOR'], counties: [ZENGDU] });
    const notParty = await refusal(
      'signAgreement',
      {
        caseId: drafted.caseId,
        expectedVersion: drafted.version,
        role: SignerRole.SIGNER_ROLE_MEDIATOR,
        method: SignatureMethod.SIGNATURE_METHOD_IN_PERSON,
      },
      stranger,
    );
    expect(notParty?.code).toBe(status.PERMISSION_DENIED);
    const stale = await refusal('recordPayment', {
      caseId: drafted.caseId,
      expectedVersion: drafted.version - 1,
      instalmentIndex: 0,
      amountFen: 1,
      paidOn: todayInChina(new Date()),
    });
    expect(stale?.code).toBe(status.ABORTED);
    const unchanged = await call('getMediationCase', { caseId: drafted.caseId });
    expect(unchanged.version).toBe(drafted.version);
    expect(unchanged.sessions).toEqual([]);
    expect(unchanged.agreement?.signatures).toEqual([]);
  });

  it('signed and performed: the 调解协议书 is sealed, the payment resolves the matter and it closes', async () => {
    const today = todayInChina(new Date());
    const { matter, current } = await agreedCase([{ dueOn: today, amountFen: 1_200_000 }]);
    expect(current.status).toBe('MEDIATION_STATUS_AGREEMENT_IN_FORCE');
    expect(current.agreement?.number).toMatch(/^421303-调协-\d{4}-\d{6}$/);
    expect(current.agreement?.effectiveOn).toBe(today);
    const paid = await call('recordPayment', {
      caseId: current.caseId,
      expectedVersion: current.version,
      instalmentIndex: 0,
      amountFen: 1_200_000,
      paidOn: today,
    });
    expect(paid.status).toBe('MEDIATION_STATUS_RESOLVED');
    await eventually(
      async () => {
        const { matter: found } = await intakeClient.call<intake.GetMatterResponse>('getMatter', {
          matterId: matter.matterId,
          matterNumber: '',
        });
        return found?.stage === 'RESOLVED' ? found : undefined;
      },
      { timeoutMs: 45_000, what: `${matter.matterNumber} resolved (办结)` },
    );
    const { pdf } = await mediationClient.call<mediation.GetMediationDocumentResponse>(
      'getMediationDocument',
      { caseId: current.caseId, kind: mediation.MediationDocumentKind.MEDIATION_DOCUMENT_KIND_AGREEMENT },
      asMediator,
    );
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('day 15 without an agreement: the clock fails the mediation and arbitration accepts the application', async () => {
    const { matter, mediationCase } = await mediationOf(smallWageClaim());
    await call('recordEmployerConsent', {
      caseId: mediationCase.caseId,
      expectedVersion: mediationCase.version,
      consents: true,
      answeredAt: new Date().toISOString(),
      how: '电话',
    });
    const lastDay = mediationCase.period!.dueOn;
    // On the last day nothing happens; the day after, the period has lapsed (Art. 14 para 3).
    await mediationClient.call('reviewMediationCases', { asOf: `${lastDay}T10:00:00+08:00` }, asSupervisor);
    expect((await call('getMediationCase', { caseId: mediationCase.caseId })).status).toBe(
      'MEDIATION_STATUS_IN_MEDIATION',
    );
    const review = await mediationClient.call<mediation.ReviewMediationCasesResponse>(
      'reviewMediationCases',
      { asOf: `${addCalendarDays(lastDay, 1)}T10:00:00+08:00` },
      asSupervisor,
    );
    expect(review.breached).toBeGreaterThanOrEqual(1);
    const failed = await call('getMediationCase', { caseId: mediationCase.caseId });
    expect(failed.status).toBe('MEDIATION_STATUS_FAILED');
    expect(failed.outcomeReason).toContain('未达成调解协议');
    const found = await arbitrationCaseOf(matter.matterId);
    expect(found?.status).toBe('CASE_STATUS_ACCEPTED');
  });

  it('an instalment missed: non-performance sends the matter to arbitration, and the payment order goes to the court', async () => {
    const today = todayInChina(new Date());
    const dueOn = addCalendarDays(today, 3);
    const { matter, current } = await agreedCase([
      { dueOn, amountFen: 600_000 },
      { dueOn: addCalendarDays(today, 30), amountFen: 600_000 },
    ]);
    // Before the day is missed the payment order is not open, and the refusal says why.
    const early = await refusal('requestCourtRoute', {
      caseId: current.caseId,
      expectedVersion: current.version,
      route: CourtRoute.COURT_ROUTE_PAYMENT_ORDER,
    });
    expect(early?.code).toBe(status.FAILED_PRECONDITION);
    expect(early?.details).toContain('暂不能申请支付令');
    const partly = await call('recordPayment', {
      caseId: current.caseId,
      expectedVersion: current.version,
      instalmentIndex: 0,
      amountFen: 100_000,
      paidOn: today,
    });
    expect(partly.status).toBe('MEDIATION_STATUS_AGREEMENT_IN_FORCE');
    await mediationClient.call(
      'reviewMediationCases',
      { asOf: `${addCalendarDays(dueOn, 1)}T10:00:00+08:00` },
      asSupervisor,
    );
    const failed = await call('getMediationCase', { caseId: current.caseId });
    expect(failed.status).toBe('MEDIATION_STATUS_FAILED');
    expect(failed.outcomeReason).toContain('未在协议约定期限内履行');
    expect(failed.paymentOrderAvailable).toBe(true);
    expect((await arbitrationCaseOf(matter.matterId))?.status).toBe('CASE_STATUS_ACCEPTED');

    const ordered = await call('requestCourtRoute', {
      caseId: failed.caseId,
      expectedVersion: failed.version,
      route: CourtRoute.COURT_ROUTE_PAYMENT_ORDER,
    });
    expect(ordered.courtApplications).toHaveLength(1);
    expect(ordered.courtApplications[0]!.amountFen).toBe(1_100_000);
    const court = await eventually(
      async () => (await referralsOf(matter.matterId)).find((r) => r.referral?.target === 'REFERRAL_TARGET_COURT'),
      { timeoutMs: 45_000, what: 'the court referral' },
    );
    expect(court.referral?.reason).toContain('支付令');
    expect(JSON.stringify(court)).toContain(failed.agreement!.number);
    // Asked once: a second request is refused and no second court referral appears.
    const again = await refusal('requestCourtRoute', {
      caseId: ordered.caseId,
      expectedVersion: ordered.version,
      route: CourtRoute.COURT_ROUTE_PAYMENT_ORDER,
    });
    expect(again?.code).toBe(status.FAILED_PRECONDITION);
  });

  it('judicial confirmation within 30 days of the agreement: a side referral to the court, the mediation goes on', async () => {
    const today = todayInChina(new Date());
    const { matter, current } = await agreedCase([{ dueOn: addCalendarDays(today, 10), amountFen: 900_000 }]);
    expect(current.judicialConfirmationDueOn >= addCalendarDays(today, 30)).toBe(true);
    const confirmed = await call('requestCourtRoute', {
      caseId: current.caseId,
      expectedVersion: current.version,
      route: CourtRoute.COURT_ROUTE_JUDICIAL_CONFIRMATION,
    });
    expect(confirmed.status).toBe('MEDIATION_STATUS_AGREEMENT_IN_FORCE');
    const court = await eventually(
      async () => (await referralsOf(matter.matterId)).find((r) => r.referral?.target === 'REFERRAL_TARGET_COURT'),
      { timeoutMs: 45_000, what: 'the court referral' },
    );
    expect(court.referral?.reason).toContain('司法确认');
  });
});
