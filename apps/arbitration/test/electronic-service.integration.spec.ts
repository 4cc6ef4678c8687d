// 电子送达 of the application copy on the real broker and store (劳动争议调解仲裁法 Art. 30; 民事诉讼法 Art. 90):
// refused without the respondent's agreement; agreed, sent, a wrong code refused and nothing served, the right
// code serves it as post does (the 应诉通知书 issued, the defence due, the 5 days' watch met); the stored case
// holds neither the link's token nor the code.
import { status } from '@grpc/grpc-js';
import { portalCaller, type Role } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { arbitration, CloudEventHeaders, deadline } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { eventually, wageArrearsApplication } from '@onewindow/testing';
import { arbitrationOnTheRealStack } from './arbitration-on-the-real-stack';
import { referToArbitration } from './refer-to-arbitration';

const as = (roles: Role[]) => asCaller({ userId: `it-${roles.join('+').toLowerCase()}`, roles, counties: ['421303'] });
const clerk = as(['ARBITRATION_CLERK']);
const portal = asCaller(portalCaller('421303'));
const otherCountyPortal = asCaller(portalCaller('421321'));
const origin = 'https://ww.suizhou.example.cn';
const today = todayInChina(new Date());

describe('electronic service (电子送达) of the application copy on the real broker and store', () => {
  const stack = arbitrationOnTheRealStack();
  const { service } = stack;

  const call = <T>(method: string, request: object, caller = clerk) => service.client!.call<T>(method, request, caller);
  const refusal = (method: string, request: object, caller = clerk) => stack.refusal(method, request, caller);
  const caseOf = async (caseId: string) =>
    (await call<{ case: arbitration.ArbitrationCase }>('getCase', { caseId })).case!;
  const accepted = async (matterNumber: string) => {
    const found = await referToArbitration(service, wageArrearsApplication(), matterNumber, clerk);
    expect(found.status).toBe('CASE_STATUS_ACCEPTED');
    return found;
  };
  const consent = (caseId: string, mobile = '13812345678') =>
    call<{ case: arbitration.ArbitrationCase }>('recordElectronicServiceConsent', {
      caseId,
      agreedAt: new Date(Date.now() - 60_000).toISOString(),
      mobile,
    });
  const send = (caseId: string) =>
    call<arbitration.SendApplicationCopyElectronicallyResponse>('sendApplicationCopyElectronically', {
      caseId,
      linkOrigin: origin,
    });
  const tokenOf = (linkPath: string) => linkPath.replace('/public/service/', '');
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('is refused without the respondent’s agreement, and the mobile must be a mainland mobile', async () => {
    const opened = await accepted('421303-2026-000901');
    const unagreed = await refusal('sendApplicationCopyElectronically', { caseId: opened.caseId, linkOrigin: origin });
    expect(unagreed).toMatchObject({ code: status.FAILED_PRECONDITION, details: expect.stringMatching(/^caseId: /) });
    const landline = await refusal('recordElectronicServiceConsent', {
      caseId: opened.caseId,
      agreedAt: new Date().toISOString(),
      mobile: '0722-3312345',
    });
    expect(landline).toMatchObject({ code: status.INVALID_ARGUMENT, fields: ['mobile'] });
    const future = await refusal('recordElectronicServiceConsent', {
      caseId: opened.caseId,
      agreedAt: new Date(Date.now() + 3_600_000).toISOString(),
      mobile: '13812345678',
    });
    expect(future).toMatchObject({ code: status.INVALID_ARGUMENT, fields: ['agreedAt'] });
    const recorded = await consent(opened.caseId);
    await send(opened.caseId);
    // The portal alone opens a link; staff do not confirm for the respondent.
    const byClerk = await refusal('getElectronicService', { token: `421303-${'a'.repeat(32)}` }, clerk);
    expect(byClerk?.code).toBe(status.PERMISSION_DENIED);
    expect(recorded.case!.electronicService?.mobile).toBe('138****5678');
  });

  it('sends a link and a code; a wrong code serves nothing, the right one serves the copy', async () => {
    const opened = await accepted('421303-2026-000902');
    const agreed = await consent(opened.caseId);
    expect(agreed.case!.electronicService).toMatchObject({ mobile: '138****5678', recordedBy: 'it-arbitration_clerk' });

    const first = await send(opened.caseId);
    expect(first.mobile).toBe('13812345678');
    expect(first.code).toMatch(/^\d{6}$/);
    expect(first.linkPath).toMatch(/^\/public\/service\/421303-[A-Za-z0-9_-]{32}$/);
    // A second send replaces the first's token and code.
    const sent = await send(opened.caseId);
    expect(tokenOf(sent.linkPath)).not.toBe(tokenOf(first.linkPath));
    const token = tokenOf(sent.linkPath);
    expect((await refusal('getElectronicService', { token: tokenOf(first.linkPath) }, portal))?.code).toBe(
      status.NOT_FOUND,
    );

    const look = await call<arbitration.GetElectronicServiceResponse>('getElectronicService', { token }, portal);
    expect(look).toMatchObject({
      matterNumber: '421303-2026-000902',
      commission: '随州市曾都区劳动人事争议仲裁院',
      served: false,
      attemptsLeft: 5,
    });
    expect(look.documents).toContain('仲裁申请书副本');
    expect(JSON.stringify(look)).not.toMatch(/138|张|身份证/);
    expect((await refusal('getElectronicService', { token }, otherCountyPortal))?.code).toBe(status.PERMISSION_DENIED);

    const miss = await refusal('confirmElectronicService', { token, code: wrong(sent.code) }, portal);
    expect(miss).toMatchObject({ code: status.FAILED_PRECONDITION, details: expect.stringMatching(/^code: /) });
    expect(miss?.details).toContain('4 tries left');
    const unserved = await caseOf(opened.caseId);
    expect(unserved.applicationCopyServedOn).toBe('');
    expect(unserved.electronicService?.wrongCodes).toBe(1);
    const before = await call<arbitration.ListCaseDocumentsResponse>('listCaseDocuments', {
      matterId: opened.matterId,
    });
    expect(before.documents.map((d) => d.kind)).not.toContain('CASE_DOCUMENT_KIND_APPLICATION_COPY_NOTICE');

    const served = await call<arbitration.ConfirmElectronicServiceResponse>(
      'confirmElectronicService',
      { token, code: sent.code },
      portal,
    );
    expect(served.servedOn).toBe(today);
    expect(served.defenceDue!.dueOn > today).toBe(true);
    const after = await caseOf(opened.caseId);
    expect(after).toMatchObject({
      applicationCopyServedOn: today,
      applicationCopyServedBy: 'ELECTRONIC',
      applicationCopyServedLate: false,
    });
    expect(after.defenceDue!.dueOn).toBe(served.defenceDue!.dueOn);
    const { documents } = await call<arbitration.ListCaseDocumentsResponse>('listCaseDocuments', {
      matterId: opened.matterId,
    });
    expect(documents.map((d) => d.kind)).toContain('CASE_DOCUMENT_KIND_APPLICATION_COPY_NOTICE');
    // Served once: the same code again is refused and changes nothing.
    expect((await refusal('confirmElectronicService', { token, code: sent.code }, portal))?.code).toBe(
      status.FAILED_PRECONDITION,
    );
    expect(
      (await call<arbitration.GetElectronicServiceResponse>('getElectronicService', { token }, portal)).served,
    ).toBe(true);

    // The steps on the timeline, and the 5 days of Art. 30 met.
    const steps = await stack.steps(opened.matterId, 4);
    expect(steps.map((s) => s.kind)).toEqual([
      'ELECTRONIC_SERVICE_AGREED',
      'APPLICATION_COPY_SENT_ELECTRONICALLY',
      'APPLICATION_COPY_SENT_ELECTRONICALLY',
      'APPLICATION_COPY_SERVED',
    ]);
    expect(steps.at(-1)!.summary).toContain('电子送达');
    expect(steps.map((s) => s.summary).join()).not.toContain('13812345678');
    const watched = await eventually(async () => {
      const seen = stack.deadlines.messages
        .filter((m) => m.key?.toString() === opened.matterId)
        .map((m) => ({
          type: stack.deadlines.header(m, CloudEventHeaders.type)!.split('.').at(-1),
          kind: deadline.DeadlineRegistered.decode(m.value!).deadline?.kind,
        }))
        .filter((e) => e.kind === 'ARBITRATION_APPLICATION_COPY_SERVICE')
        .map((e) => e.type);
      return seen.includes('DeadlineMet') ? seen : undefined;
    });
    expect(watched.at(-1)).toBe('DeadlineMet');

    // Neither the token nor the code is in the stored case, only their hashes.
    const stored = await service.store!.collection('arbitration_cases').findOne({ _id: opened.caseId as never });
    const text = JSON.stringify(stored);
    expect(text).not.toContain(token);
    expect(text).not.toContain(tokenOf(first.linkPath));
    expect(text).not.toContain(token.slice(7));
    expect(text).not.toMatch(new RegExp(`"${sent.code}"|[^0-9]${sent.code}[^0-9]`));
    expect(stored?.electronicService?.tokenHash).toEqual(expect.any(String));
  });

  it('locks the link after five wrong codes, until a new send', async () => {
    const opened = await accepted('421303-2026-000903');
    await consent(opened.caseId);
    const sent = await send(opened.caseId);
    const token = tokenOf(sent.linkPath);
    for (let i = 0; i < 5; i++) {
      const miss = await refusal('confirmElectronicService', { token, code: wrong(sent.code) }, portal);
      expect(miss).toMatchObject({ code: status.FAILED_PRECONDITION, details: expect.stringMatching(/^code: /) });
    }
    const locked = await refusal('confirmElectronicService', { token, code: sent.code }, portal);
    expect(locked).toMatchObject({ code: status.FAILED_PRECONDITION, details: expect.stringContaining('locked') });
    expect((await caseOf(opened.caseId)).electronicService?.locked).toBe(true);
    const malformed = await refusal('confirmElectronicService', { token, code: '12ab' }, portal);
    expect(malformed).toMatchObject({ code: status.INVALID_ARGUMENT, fields: ['code'] });

    const again = await send(opened.caseId);
    const served = await call<arbitration.ConfirmElectronicServiceResponse>(
      'confirmElectronicService',
      { token: tokenOf(again.linkPath), code: again.code },
      portal,
    );
    expect(served.servedOn).toBe(today);
  });
});
