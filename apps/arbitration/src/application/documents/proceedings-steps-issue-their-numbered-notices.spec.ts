import { ProceedingsPreconditionError } from '../../domain';
import { ARBITRATOR, ProceedingsCase } from './testing/proceedings-case.fixture';

// Each step of the proceedings that notifies a party issues its numbered notice in the same write as the
// step (发文登记): the service of the application copy its 应诉通知书, the defence its 答辩通知书, the tribunal
// told to the parties its 组庭通知书, each hearing its 开庭通知书; the step's timeline summary names the number.

describe('the proceedings steps issue their numbered notices in the step’s one write', () => {
  const stepEvents = (c: ProceedingsCase) =>
    c.cases.writes.flatMap((write) => write.events).filter((event) => event.type === 'ProceedingsStep');

  it('issues the 应诉通知书 with the service, dated the day served, keeping the defence due as printed', async () => {
    const c = await (await new ProceedingsCase().accept()).serveByPost('2026-03-12');
    const [notice] = c.issued('APPLICATION_COPY_NOTICE');
    expect(notice).toEqual({
      kind: 'APPLICATION_COPY_NOTICE',
      title: '仲裁申请书副本送达通知书',
      number: '421303-仲送-2026-000001',
      issuedOn: '2026-03-12',
      deadline: expect.objectContaining({ dueOn: c.record.applicationCopyService!.defenceDue.dueOn }),
    });
    // The service and its notice are one write: the receipt and acceptance, then this step.
    expect(c.cases.writes).toHaveLength(2);
    const [served] = stepEvents(c);
    expect(served).toMatchObject({ kind: 'APPLICATION_COPY_SERVED' });
    expect(served!.type === 'ProceedingsStep' && served!.summary).toContain('421303-仲送-2026-000001');
  });

  it('issues the 答辩通知书 to the applicant with the defence, on the day it is recorded', async () => {
    const c = await (await (await new ProceedingsCase().accept()).serveByPost()).defend('2026-03-20');
    expect(c.issued('DEFENCE_NOTICE')).toEqual([
      { kind: 'DEFENCE_NOTICE', title: '答辩通知书', number: '421303-仲答-2026-000001', issuedOn: '2026-03-20' },
    ]);
    expect(c.record.defence?.submittedOn).toBe('2026-03-20');
  });

  it('issues the 组庭通知书 only when the parties are told, keeping the seats it named', async () => {
    const untold = await new ProceedingsCase().accept();
    await untold.tribunal.compose(ARBITRATOR, untold.caseId, {
      form: 'THREE_ARBITRATORS',
      arbitrators: [
        { arbitratorId: 'arb-wang', name: '王仲裁', role: 'PRESIDING' },
        { arbitratorId: 'arb-li', name: '李仲裁', role: 'MEMBER' },
        { arbitratorId: 'arb-zhao', name: '赵仲裁', role: 'MEMBER' },
      ],
      composedOn: '2026-03-12',
      factsClear: false,
      bothPartiesAgree: false,
      notifiedOn: '',
    });
    expect(untold.record.tribunal).toBeDefined();
    expect(untold.issued('TRIBUNAL_NOTICE')).toEqual([]);

    const told = await (await new ProceedingsCase().accept()).composeThree('2026-03-13');
    const [notice] = told.issued('TRIBUNAL_NOTICE');
    expect(notice).toMatchObject({ number: '421303-仲庭-2026-000001', issuedOn: '2026-03-13', title: '组庭通知书' });
    expect(notice!.seats?.map((seat) => seat.name)).toEqual(['王仲裁', '李仲裁', '赵仲裁']);
  });

  it('issues one 开庭通知书 per hearing, about that hearing, and none for a hearing refused for a room clash', async () => {
    const c = await (
      await (await new ProceedingsCase().accept()).composeThree()
    ).scheduleHearing('2026-03-24', '2026-03-13');
    await c.scheduleHearing('2026-04-02', '2026-03-20', 'https://meeting.example.cn/r/123456');
    const notices = c.issued('HEARING_NOTICE');
    expect(notices.map((n) => [n.number, n.issuedOn, n.subject])).toEqual([
      ['421303-仲开-2026-000001', '2026-03-13', c.record.hearings![0]!.hearingId],
      ['421303-仲开-2026-000002', '2026-03-20', c.record.hearings![1]!.hearingId],
    ]);

    // A third hearing in the first one's room and hour: refused before any number is taken.
    const clash = await c.hearings
      .schedule(
        ARBITRATOR,
        c.caseId,
        {
          startsAt: '2026-03-24T10:00:00+08:00',
          endsAt: '2026-03-24T12:00:00+08:00',
          roomId: 'room-1',
          place: '',
          meetingLink: '',
          noticeServedOn: '2026-03-13',
        },
        new Date('2026-03-13T18:00:00+08:00'),
      )
      .catch((error: unknown) => error);
    expect(clash).toBeInstanceOf(ProceedingsPreconditionError);
    expect(c.issued('HEARING_NOTICE')).toHaveLength(2);
    expect(await c.cases.nextNumber('hearing-notice', '421303', 2026)).toBe(3);
  });
});
