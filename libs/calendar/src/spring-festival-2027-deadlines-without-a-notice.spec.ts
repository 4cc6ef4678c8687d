import { computeDeadline, DeadlineRule, describeDay } from './index';

// The arbitration limits as configured in apps/arbitration (劳动人事争议仲裁办案规则 Art. 80).
const acceptance: DeadlineRule = {
  id: 'arbitration.acceptance-decision',
  period: { amount: 5, unit: 'WORKING_DAYS' },
  citation: '《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第八十条（“五日”指工作日）',
};
const award: DeadlineRule = {
  id: 'arbitration.award',
  period: { amount: 45, unit: 'CALENDAR_DAYS' },
  citation: '《劳动争议调解仲裁法》第四十三条；《劳动人事争议仲裁办案规则》第八十条（“四十五日”指自然日）',
};

describe('deadlines across Spring Festival 2027 with no 2027 notice loaded', () => {
  it('rests on 除夕 and 初一–初三 (2027-02-05..08) by law, with no notice needed', () => {
    for (const date of ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']) {
      expect(describeDay(date)).toMatchObject({ working: false, kind: 'PUBLIC_HOLIDAY', provisional: false });
    }
    expect(describeDay('2027-02-05').citation).toContain('国务院令第795号');
  });

  it('counts 5 working days from 2027-02-03 past the four statutory days, provisional on the possible bridging days', () => {
    // 2/4 (1); 2/5–2/8 statutory; 2/9 (2), 2/10 (3), 2/11 (4), 2/12 (5). A notice may still add bridging days.
    const due = computeDeadline(acceptance, '2027-02-03');
    expect(due).toMatchObject({ due: '2027-02-12', provisional: true });
    expect(due.provisionalDays).toEqual(['2027-02-04', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']);
    expect(due.notes.join('\n')).toContain('2027年节假日安排');
    expect(due.notes.join('\n')).toContain('2027-02-09、2027-02-10');
  });

  it('is provisional only on the weekend and Monday before the festival when counting from 2027-01-25', () => {
    // 1/26–1/29 (1–4) are too far from 除夕 for any notice to move; 1/30–1/31 may become make-up days, 2/1 a bridge.
    const due = computeDeadline(acceptance, '2027-01-25');
    expect(due).toMatchObject({
      due: '2027-02-01',
      provisional: true,
      provisionalDays: ['2027-01-30', '2027-01-31', '2027-02-01'],
    });
  });

  it('moves a 45-day award period ending on 初二 past 初三 to 2027-02-09, provisional on that day only', () => {
    // 2026-12-24 + 45 = 2027-02-07 (初二, a Sunday), 2/8 初三: the first possible working day is 2/9.
    const due = computeDeadline(award, '2026-12-24');
    expect(due).toMatchObject({ due: '2027-02-09', provisional: true, provisionalDays: ['2027-02-09'] });
    expect(due.notes.join('\n')).toContain(
      '期间届满日 2027-02-07 为法定节假日（春节），顺延至其后第一个工作日 2027-02-09',
    );
  });

  it('keeps a 45-day award period that spans the festival but ends in March final', () => {
    // 2027-01-20 + 45 = 2027-03-06, a Saturday far from any festival: Monday 3/8, whatever the notice says.
    expect(computeDeadline(award, '2027-01-20')).toMatchObject({
      due: '2027-03-08',
      provisional: false,
      provisionalDays: [],
    });
  });

  it('keeps a working-day period far from any festival final', () => {
    expect(computeDeadline(acceptance, '2027-03-01')).toMatchObject({ due: '2027-03-08', provisional: false });
  });
});
