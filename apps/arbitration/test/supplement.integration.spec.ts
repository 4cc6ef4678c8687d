// SubmitSupplement (补正) on the real broker and store: the events it publishes (and the one answer to
// routing it does not repeat), who may submit, repeats under a request id, and the refusals.
import { randomUUID } from 'node:crypto';
import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import type { Caller, Role } from '@onewindow/access';
import { portalCaller } from '@onewindow/access';
import { arbitration, CloudEventHeaders, common, EventTypes, Topics } from '@onewindow/contracts';
import { asCaller, fieldViolationsOf } from '@onewindow/service-runtime';
import { eventually, InProcessService, TopicRecorder, wageArrearsApplication } from '@onewindow/testing';
import { ArbitrationModule } from '../src/arbitration.module';
import { referToArbitration } from './refer-to-arbitration';

const { CaseStatus, CaseDocumentKind } = arbitration;
const MATTER_NUMBER = '421303-2026-000321';

const as = (roles: Role[], more: Partial<Caller> = {}) =>
  asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: ['421303'], ...more });
const clerk = as(['ARBITRATION_CLERK']);

/** Without the employer's address and representative, and without evidence. */
const incomplete = () =>
  wageArrearsApplication({
    employer: { name: '随州市某建筑劳务有限公司', unifiedSocialCreditCode: '', address: '', legalRepresentative: '' },
    evidence: [],
  });

describe('supplements (补正) on the real broker and store', () => {
  const service = new InProcessService('arbitration', ArbitrationModule);
  let recorder: TopicRecorder;

  beforeAll(async () => {
    await service.start();
    recorder = await service.record(Topics.arbitrationCases);
  });

  afterAll(() => service.dispose());

  const caseFor = (content: common.MatterContent, matterNumber = MATTER_NUMBER) =>
    referToArbitration(service, content, matterNumber, clerk);

  const submit = (request: Partial<arbitration.SubmitSupplementRequest>, caller: Metadata = clerk) =>
    service.client!.call<arbitration.SubmitSupplementResponse>(
      'submitSupplement',
      { requestId: randomUUID(), items: [], claims: [], evidence: [], ...request },
      caller,
    );
  const refusal = (request: Partial<arbitration.SubmitSupplementRequest>, caller: Metadata = clerk) =>
    submit(request, caller).then(
      () => ({ code: 'allowed' as const, fields: [] as string[] }),
      (error: ServiceError) => ({ code: error.code, fields: fieldViolationsOf(error.metadata).map((v) => v.field) }),
    );

  /** Distinct events published for the matter, by CloudEvents type, in order. */
  const publishedTypes = (matterId: string) => [
    ...new Map(
      recorder.messages
        .filter((m) => m.key?.toString() === matterId)
        .map((m) => [recorder.header(m, CloudEventHeaders.id), recorder.header(m, CloudEventHeaders.type)] as const),
    ).values(),
  ];
  const eventOf = <T>(matterId: string, type: string, decode: (bytes: Uint8Array) => T, nth = 0) =>
    decode(
      recorder.messages.filter(
        (m) => m.key?.toString() === matterId && recorder.header(m, CloudEventHeaders.type) === type,
      )[nth]!.value!,
    );

  it('publishes the submission and the review after it, and answers routing only once (taken at the first notice)', async () => {
    const pending = await caseFor(incomplete());
    const first = pending.supplementNoticeNumber;
    expect(pending.status).toBe(CaseStatus.CASE_STATUS_AWAITING_SUPPLEMENT);
    const part = await submit({
      caseId: pending.caseId,
      items: [{ field: 'employer.address', value: '湖北省随州市曾都区交通大道100号' }],
    });
    expect(part.case!.status).toBe(CaseStatus.CASE_STATUS_AWAITING_SUPPLEMENT);
    const second = part.case!.supplementNoticeNumber;
    expect(second).not.toBe(first);
    const done = await submit({
      caseId: pending.caseId,
      items: [{ field: 'employer.legalRepresentative', value: '李某' }],
      evidence: [{ description: '工资欠条', source: '被申请人项目负责人出具' }],
    });
    // Wage arrears: accepted the day the material is complete (当日受理).
    expect(done.case!.status).toBe(CaseStatus.CASE_STATUS_ACCEPTED);

    const types = await eventually(async () => {
      const found = publishedTypes(pending.matterId);
      return found.length >= 7 ? found : undefined;
    });
    expect(types).toEqual([
      EventTypes.supplementRequested,
      EventTypes.officeReferralTaken,
      EventTypes.supplementSubmitted,
      EventTypes.supplementRequested,
      EventTypes.supplementSubmitted,
      EventTypes.applicationReceived,
      EventTypes.applicationAccepted,
    ]);
    expect(types.filter((type) => type === EventTypes.officeReferralTaken)).toHaveLength(1);
    expect(
      eventOf(pending.matterId, EventTypes.supplementRequested, arbitration.SupplementRequested.decode, 1),
    ).toMatchObject({
      noticeNumber: second,
      round: 2,
      missingItems: [
        { field: 'employer.legalRepresentative', description: '用人单位法定代表人或者主要负责人的姓名' },
        { field: 'evidence', description: '证据及证据来源（至少一项）' },
      ],
    });
    expect(
      eventOf(pending.matterId, EventTypes.supplementSubmitted, arbitration.SupplementSubmitted.decode, 0),
    ).toMatchObject({
      caseId: pending.caseId,
      noticeNumber: first,
      supplied: [{ field: 'employer.address', description: '用人单位住所' }],
    });
  });

  it('recognises a repeated request, and refuses its id with other content (ALREADY_EXISTS)', async () => {
    const pending = await caseFor(incomplete());
    const request = {
      caseId: pending.caseId,
      requestId: randomUUID(),
      items: [{ field: 'employer.address', value: '某路1号' }],
    };
    const once = await submit(request);
    const twice = await submit(request);
    expect(twice.case).toEqual(once.case);
    expect(twice.case!.supplements).toHaveLength(1);
    expect(await refusal({ ...request, items: [{ field: 'employer.address', value: '某路2号' }] })).toMatchObject({
      code: status.ALREADY_EXISTS,
    });
  });

  it('takes supplements from the arbitration posts of the county and the portal of the matter only', async () => {
    const pending = await caseFor(incomplete());
    const supplying = { caseId: pending.caseId, items: [{ field: 'employer.address', value: '某路1号' }] };
    expect((await refusal(supplying, as(['WINDOW_CLERK']))).code).toBe(status.PERMISSION_DENIED);
    expect((await refusal(supplying, as(['SUPERVISOR']))).code).toBe(status.PERMISSION_DENIED);
    expect((await refusal(supplying, as(['ARBITRATOR'], { counties: ['421381'] }))).code).toBe(
      status.PERMISSION_DENIED,
    );
    expect((await refusal(supplying, asCaller(portalCaller('421303-2026-000999')))).code).toBe(
      status.PERMISSION_DENIED,
    );
    // The portal sees the case of its own matter only.
    const othersCase = await service
      .client!.call('getCaseByMatter', { matterId: pending.matterId }, asCaller(portalCaller('421303-2026-000999')))
      .catch((error: ServiceError) => error.code);
    expect(othersCase).toBe(status.PERMISSION_DENIED);
    expect((await refusal(supplying, asCaller(portalCaller(MATTER_NUMBER)))).code).toBe('allowed');
  });

  it('refuses malformed input naming the field and changing nothing, and a case that awaits no supplement', async () => {
    const pending = await caseFor(incomplete());
    expect(await refusal({ caseId: pending.caseId, items: [{ field: 'employer.name', value: 'x' }] })).toEqual({
      code: status.INVALID_ARGUMENT,
      fields: ['items[0].field'],
    });
    expect(
      await refusal({
        caseId: pending.caseId,
        evidence: [{ description: '考勤记录', source: '申请人保存' }],
        claims: [{ category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen: 100, description: '工资' }],
      }),
    ).toEqual({ code: status.INVALID_ARGUMENT, fields: ['claims'] });
    expect(
      await refusal({ caseId: pending.caseId, requestId: '', items: [{ field: 'employer.address', value: 'x' }] }),
    ).toEqual({
      code: status.INVALID_ARGUMENT,
      fields: ['requestId'],
    });
    const unchanged = await service
      .client!.call<arbitration.GetCaseResponse>('getCase', { caseId: pending.caseId }, clerk)
      .then((r) => r.case!);
    expect(unchanged).toEqual(pending);

    const complete = await caseFor(wageArrearsApplication());
    const late = await submit({ caseId: complete.caseId, items: [{ field: 'employer.address', value: 'x' }] }).catch(
      (error: ServiceError) => error,
    );
    expect((late as ServiceError).code).toBe(status.FAILED_PRECONDITION);
    expect((late as ServiceError).details).toContain('ACCEPTED');
    expect((await refusal({ caseId: 'no-such-case', items: [{ field: 'employer.address', value: 'x' }] })).code).toBe(
      status.NOT_FOUND,
    );
  });

  it('addresses each supplement notice by its number, the latest when none is given', async () => {
    const pending = await caseFor(incomplete());
    const first = pending.supplementNoticeNumber;
    const second = (await submit({ caseId: pending.caseId, items: [{ field: 'employer.address', value: '某路1号' }] }))
      .case!.supplementNoticeNumber;
    const get = (number: string) =>
      service.client!.call<arbitration.GetCaseDocumentResponse>(
        'getCaseDocument',
        { caseId: pending.caseId, kind: CaseDocumentKind.CASE_DOCUMENT_KIND_SUPPLEMENT_NOTICE, number },
        clerk,
      );
    expect((await get(first)).document!.number).toBe(first);
    expect((await get(second)).document!.number).toBe(second);
    expect((await get('')).document!.number).toBe(second);
    expect((await get(first)).pdf).toEqual((await get(first)).pdf);
    expect(await get('421303-仲补-2000-000001').catch((error: ServiceError) => error.code)).toBe(status.NOT_FOUND);
  });
});
