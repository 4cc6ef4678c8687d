import { InvalidMediationInputError, MEDIATION_PERIOD_RULE, mediationPeriod, mediationPeriodState } from './index';

describe('the mediation period (调解期限, 劳动争议调解仲裁法 Art. 14): 15 calendar days from receipt', () => {
  it('does not count the day of receipt and moves a last day in the National Day holiday to the next working day', () => {
    // 2026-09-22 + 15 = 2026-10-07, the last day of the 国庆 holiday (10/1–10/7): due 2026-10-08.
    const period = mediationPeriod({ countyCode: '421303', receivedOn: '2026-09-22' });
    expect(period).toMatchObject({
      countyCode: '421303',
      receivedOn: '2026-09-22',
      statutoryDueOn: '2026-10-08',
      dueOn: '2026-10-08',
      provisional: false,
      extensions: [],
    });
    expect(period.citation).toContain('第十四条');
    expect(period.notes.join()).toContain('2026-10-07');
  });

  it('counts the holiday days themselves: calendar days, not working days', () => {
    // 2026-09-28 + 15 = 2026-10-13, a Tuesday; the seven holiday days are inside the 15.
    expect(mediationPeriod({ countyCode: '421321', receivedOn: '2026-09-28' }).dueOn).toBe('2026-10-13');
    expect(MEDIATION_PERIOD_RULE.period).toEqual({ amount: 15, unit: 'CALENDAR_DAYS' });
  });

  it('marks the due day provisional when the year it ends in has no holiday notice loaded yet', () => {
    // 2027-01-25 + 15 = 2027-02-09, just after 春节 2027; the 2027 notice is not loaded.
    const period = mediationPeriod({ countyCode: '421381', receivedOn: '2027-01-25' });
    expect(period.provisional).toBe(true);
  });

  it('runs until the last day and lapses the day after: arbitration is open then', () => {
    const period = mediationPeriod({ countyCode: '421303', receivedOn: '2026-09-22' });
    expect(mediationPeriodState(period, '2026-10-07')).toBe('RUNNING');
    expect(mediationPeriodState(period, '2026-10-08')).toBe('LAST_DAY');
    expect(mediationPeriodState(period, '2026-10-09')).toBe('LAPSED');
  });

  it('refuses an unknown county or an impossible date, naming the field', () => {
    expect(() => mediationPeriod({ countyCode: '110101', receivedOn: '2026-09-22' })).toThrow(
      expect.objectContaining({ field: 'countyCode' }),
    );
    expect(() => mediationPeriod({ countyCode: '421303', receivedOn: '2026-02-30' })).toThrow(
      InvalidMediationInputError,
    );
  });
});
