import { inspection } from '@onewindow/contracts';
import { inspectionQueueItems } from './office-queues';

const { InspectionSource, InspectionStatus } = inspection;
const deadline = (dueOn: string) => ({ label: '期限', dueOn, provisional: false, citation: '部令第25号' });

/** A case as inspection answers it: the proto's defaults, then what the scenario is about. */
const caseOf = (overrides: Partial<inspection.InspectionCase>): inspection.InspectionCase => ({
  ...inspection.InspectionCase.decode(new Uint8Array()),
  caseId: 'r-1/1',
  matterNumber: '421303-2026-000007',
  countyCode: '421303',
  receivedOn: '2026-03-02',
  source: InspectionSource.INSPECTION_SOURCE_COMPLAINT,
  status: InspectionStatus.INSPECTION_STATUS_AWAITING_ACCEPTANCE,
  parties: {
    complainantName: '张建国',
    reporterSealed: false,
    employer: { name: '随州市某建筑劳务有限公司', unifiedSocialCreditCode: '', address: '', legalRepresentative: '' },
    workerCount: 1,
    migrantWorker: true,
  },
  acceptanceDue: deadline('2026-03-09'),
  investigationDue: deadline('2026-05-29'),
  ...overrides,
});

describe("the inspector's queue of inspection cases", () => {
  it('names a complaint’s complainant and never a report’s reporter (劳动保障监察条例 Art. 9)', () => {
    const [complaint, report] = inspectionQueueItems(
      [
        caseOf({}),
        caseOf({
          caseId: 'r-2/1',
          receivedOn: '2026-03-03',
          source: InspectionSource.INSPECTION_SOURCE_REPORT,
          parties: { ...caseOf({}).parties!, complainantName: '', reporterSealed: true },
        }),
      ],
      '2026-03-04',
    );
    expect(complaint!.title).toBe('投诉 张建国 / 随州市某建筑劳务有限公司：待作出受理决定');
    expect(report!.title).toBe('举报 随州市某建筑劳务有限公司：待作出受理决定');
  });

  it('is due on the deadline that runs now, and overdue the day after it', () => {
    const items = inspectionQueueItems(
      [
        caseOf({ caseId: 'accepting' }),
        caseOf({
          caseId: 'investigating',
          receivedOn: '2026-03-03',
          status: InspectionStatus.INSPECTION_STATUS_UNDER_INVESTIGATION,
        }),
        caseOf({
          caseId: 'ordered',
          receivedOn: '2026-03-04',
          status: InspectionStatus.INSPECTION_STATUS_CORRECTION_ORDERED,
          correctionOrder: {
            ...inspection.CorrectionOrder.decode(new Uint8Array()),
            correctBy: '2026-03-20',
          },
        }),
      ],
      '2026-03-10',
    );
    expect(items.map((item) => [item.caseId, item.dueOn, item.overdue, item.inspectionStatus])).toEqual([
      ['accepting', '2026-03-09', true, 'AWAITING_ACCEPTANCE'],
      ['investigating', '2026-05-29', false, 'UNDER_INVESTIGATION'],
      ['ordered', '2026-03-20', false, 'CORRECTION_ORDERED'],
    ]);
  });
});
