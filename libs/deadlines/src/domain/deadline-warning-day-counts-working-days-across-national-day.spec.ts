import { InvalidDeadlineError, registerDeadline, warningDayOf, type DeadlineKind } from './deadline';

// 2026 National Day (国务院办公厅 2025-11-04 notice): rest 10-01 to 10-07, make-up working day Saturday 10-10.
describe('the warning day of a deadline', () => {
  it('is the day on which the warning period’s working days remain, the due day included', () => {
    expect(warningDayOf('2026-10-16', 2, '2026-10-12')).toBe('2026-10-15'); // Friday → Thursday
    expect(warningDayOf('2026-10-16', 1, '2026-10-12')).toBe('2026-10-16');
  });

  it('counts the make-up Saturday and skips Sunday', () => {
    expect(warningDayOf('2026-10-12', 2, '2026-09-01')).toBe('2026-10-10');
  });

  it('reaches back over the holiday to the last working day before it', () => {
    expect(warningDayOf('2026-10-08', 2, '2026-09-01')).toBe('2026-09-30');
  });

  it('is the registration day when the deadline is registered inside its own warning period', () => {
    expect(warningDayOf('2026-10-08', 2, '2026-10-02')).toBe('2026-10-02');
    expect(warningDayOf('2026-12-01', 2, '2026-12-01')).toBe('2026-12-01'); // due the same day
  });

  it('with no warning period is after the due day, so the breach comes first', () => {
    expect(warningDayOf('2026-12-04', 0, '2026-12-01')).toBe('2026-12-05');
  });
});

describe('registering a deadline', () => {
  const kind: DeadlineKind = {
    kind: 'ARBITRATION_ACCEPTANCE_DECISION',
    label: '作出受理或者不予受理决定',
    legalBasis: '《劳动争议调解仲裁法》第二十九条',
    warnWorkingDaysBefore: 2,
  };
  const registration = {
    countyCode: '421303',
    matterId: 'm-1',
    matterNumber: '421303-2026-000001',
    subjectId: 'case-1',
    dueOn: '2026-12-08',
  };
  const now = new Date('2026-12-01T02:00:00Z');

  it('keeps its legal basis and county, and is one deadline per kind and subject', () => {
    const deadline = registerDeadline('arbitration', kind, registration, now, '2026-12-01');
    expect(deadline).toMatchObject({
      deadlineId: 'ARBITRATION_ACCEPTANCE_DECISION:case-1',
      countyCode: '421303',
      legalBasis: '《劳动争议调解仲裁法》第二十九条',
      dueOn: '2026-12-08',
      warnOn: '2026-12-07',
      state: 'RUNNING',
    });
  });

  it('refuses an impossible due day, a missing subject and a kind without a legal basis, naming the field', () => {
    const fieldOf = (register: () => unknown) => {
      try {
        register();
      } catch (error) {
        return error instanceof InvalidDeadlineError ? error.field : String(error);
      }
      return 'accepted';
    };
    expect(
      fieldOf(() => registerDeadline('arbitration', kind, { ...registration, dueOn: '2026-02-30' }, now, '2026-12-01')),
    ).toBe('dueOn');
    expect(
      fieldOf(() => registerDeadline('arbitration', kind, { ...registration, subjectId: ' ' }, now, '2026-12-01')),
    ).toBe('subjectId');
    expect(
      fieldOf(() => registerDeadline('arbitration', { ...kind, legalBasis: '' }, registration, now, '2026-12-01')),
    ).toBe('legalBasis');
    expect(
      fieldOf(() =>
        registerDeadline('arbitration', { ...kind, warnWorkingDaysBefore: 1.5 }, registration, now, '2026-12-01'),
      ),
    ).toBe('warnWorkingDaysBefore');
  });
});
