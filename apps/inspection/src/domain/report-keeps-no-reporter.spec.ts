import { receivedCase, matter } from './testing/inspection-case.fixture';
import { registerCase, caseFromReferral } from '.';

// 劳动保障监察条例 Art. 9: a reporter is kept confidential; inspection never holds who it was.

describe('a report keeps no reporter', () => {
  const report = matter({
    kind: 'REPORT',
    applicant: { ...matter().applicant, name: '赵秀兰', phone: '13912345678' },
    factsAndReasons: '赵秀兰反映：该公司拖欠工资，可拨打13912345678联系。',
    claims: [{ category: 'WAGES', amountFen: 100_000, description: '赵秀兰所在班组被拖欠工资' }],
  });

  it('seals the reporter: no name on the case, and her name and phone blanked out of the facts and violations', () => {
    const c = receivedCase(report);
    expect(c.source).toBe('REPORT');
    expect(c.parties).toMatchObject({ complainantName: '', reporterSealed: true });
    const kept = JSON.stringify(c);
    expect(kept).not.toContain('赵秀兰');
    expect(kept).not.toContain('13912345678');
    expect(c.facts).toBe('举报人反映：该公司拖欠工资，可拨打举报人联系。');
  });

  it('registers as 举报已登记 with nothing of the reporter in the event', () => {
    const taken = caseFromReferral({
      referralId: 'r/1',
      matterId: 'm',
      matterNumber: '421303-2026-000009',
      countyCode: '421303',
      content: report,
      receivedOn: '2026-03-02',
    })!;
    const { events } = registerCase(taken, '421303-监登-2026-000009');
    expect(events[0]!.kind).toBe('举报已登记');
    expect(JSON.stringify(events)).not.toContain('赵秀兰');
    expect(events[0]!.officeAnswer).toEqual({ kind: 'TAKEN', officeCaseNumber: '421303-监登-2026-000009' });
  });

  it('keeps a complainant’s name: the acceptance notice is addressed to him', () => {
    expect(receivedCase(matter()).parties).toMatchObject({ complainantName: '张建国', reporterSealed: false });
  });
});
