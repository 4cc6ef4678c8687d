import { mediation } from '@onewindow/contracts';
import { mediationCaseFixture } from '../mediation/testing/mediation-case.fixture';
import { mediationQueueItems } from './mediation-queue';

const others = { mediators: [] as mediation.Mediator[] };

describe("the mediator's queue of mediation cases", () => {
  it("puts the caller's own cases first, each group oldest received first", () => {
    const items = mediationQueueItems(
      [
        mediationCaseFixture({ caseId: 'c-late-other', receivedOn: '2026-03-04', ...others }),
        mediationCaseFixture({ caseId: 'c-mine-late', receivedOn: '2026-03-03' }),
        mediationCaseFixture({ caseId: 'c-early-other', receivedOn: '2026-03-01', ...others }),
        mediationCaseFixture({ caseId: 'c-mine-early', receivedOn: '2026-03-02' }),
      ],
      'mediator.zengdu',
      '2026-03-05',
    );
    expect(items.map((item) => [item.caseId, item.assignedToMe])).toEqual([
      ['c-mine-early', true],
      ['c-mine-late', true],
      ['c-early-other', false],
      ['c-late-other', false],
    ]);
  });

  it('is due on the last day of the period while mediated, and overdue the day after', () => {
    const [inTime] = mediationQueueItems([mediationCaseFixture()], 'mediator.zengdu', '2026-03-17');
    expect(inTime).toMatchObject({
      matterNumber: '421303-2026-000042',
      mediationStatus: 'IN_MEDIATION',
      dueOn: '2026-03-17',
      overdue: false,
      title: '张三 / 随州市某某建筑有限公司：调解中（421303-调建-2026-000007）',
    });
    expect(mediationQueueItems([mediationCaseFixture()], 'mediator.zengdu', '2026-03-18')[0]!.overdue).toBe(true);
  });

  it('follows the next instalment not paid in full once the agreement is in force', () => {
    const found = mediationCaseFixture();
    const inForce = mediationCaseFixture({
      status: mediation.MediationStatus.MEDIATION_STATUS_AGREEMENT_IN_FORCE,
      agreement: {
        ...found.agreement!,
        status: 'SEALED',
        instalments: [
          { dueOn: '2026-03-20', amountFen: 600_000, status: 'PAID', paidFen: 600_000 },
          { dueOn: '2026-04-20', amountFen: 600_000, status: 'UNPAID', paidFen: 0 },
        ],
      },
    });
    expect(mediationQueueItems([inForce], 'x', '2026-04-21')[0]).toMatchObject({
      mediationStatus: 'AGREEMENT_IN_FORCE',
      dueOn: '2026-04-20',
      overdue: true,
    });
  });
});
