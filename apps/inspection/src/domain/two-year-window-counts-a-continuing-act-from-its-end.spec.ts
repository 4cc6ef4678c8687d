import { decideAcceptance, withinTwoYears } from '.';
import { applied, errorOf, on, receivedCase, wageArrears } from './testing/inspection-case.fixture';

// 劳动保障监察条例 Art. 20: an act older than 2 years (calendar years back from receipt) is not investigated;
// a continuing act counts from the day it ended, and one still going on is always within.

const accept = (violations = [wageArrears()]) => ({
  decision: 'ACCEPTED' as const,
  violations,
  reason: '',
  redirectedTo: '',
  missingMaterial: [],
});

describe('the 2-year window (条例 Art. 20)', () => {
  const receivedOn = '2026-03-02';

  it('counts a continuing act from its end: begun five years ago, ended a year ago, is within', () => {
    const act = wageArrears({ beganOn: '2021-01-01', endedOn: '2025-03-01', continuing: true });
    expect(withinTwoYears(act, 0, receivedOn)).toEqual({
      within: true,
      field: 'violations[0].ended_on',
      lastDay: '2025-03-01',
    });
  });

  it('holds an act still going on within, however long ago it began', () => {
    expect(
      withinTwoYears(wageArrears({ beganOn: '2019-06-01', endedOn: '', continuing: true }), 0, receivedOn).within,
    ).toBe(true);
  });

  it('takes the same day two calendar years back as the first day in the window, the day before as outside', () => {
    expect(withinTwoYears(wageArrears({ beganOn: '2024-03-02', continuing: false }), 0, receivedOn).within).toBe(true);
    expect(withinTwoYears(wageArrears({ beganOn: '2024-03-01', continuing: false }), 0, receivedOn)).toEqual({
      within: false,
      field: 'violations[0].began_on',
      lastDay: '2024-03-01',
    });
  });

  it('refuses ACCEPTED when every act ended before the window, naming the field, and changes nothing', () => {
    const c = receivedCase(undefined, receivedOn);
    const old = wageArrears({ beganOn: '2021-01-01', endedOn: '2023-12-31', continuing: true });
    const error = errorOf(() => decideAcceptance(c, accept([old]), on(receivedOn)));
    expect(error?.name).toBe('InspectionPreconditionError');
    expect(error?.field).toBe('violations[0].ended_on');
    expect(c.status).toBe('AWAITING_ACCEPTANCE');
  });

  it('accepts when one of several acts is within, and refuses NOT_ACCEPTED for an act within the window', () => {
    const c = receivedCase(undefined, receivedOn);
    const old = wageArrears({ beganOn: '2021-01-01', endedOn: '2023-12-31' });
    expect(applied(decideAcceptance(c, accept([old, wageArrears()]), on(receivedOn))).record.status).toBe(
      'UNDER_INVESTIGATION',
    );
    const refused = errorOf(() =>
      decideAcceptance(
        c,
        { ...accept([old, wageArrears()]), decision: 'NOT_ACCEPTED', reason: '超过二年' },
        on(receivedOn),
      ),
    );
    expect(refused?.field).toBe('violations[1].ended_on');
  });

  it('does not accept an act older than the window: NOT_ACCEPTED closes the case with a 不予受理通知书', () => {
    const c = receivedCase(undefined, receivedOn);
    const old = wageArrears({ beganOn: '2020-01-01', endedOn: '', continuing: false });
    const { record, events } = applied(
      decideAcceptance(c, { ...accept([old]), decision: 'NOT_ACCEPTED', reason: '违法行为已超过二年' }, on(receivedOn)),
    );
    expect(record).toMatchObject({ status: 'CONCLUDED', conclusion: 'NOT_ACCEPTED' });
    expect(record.documents.map((d) => [d.title, d.addressedTo])).toEqual([['不予受理通知书', '张建国']]);
    expect(events[0]!.officeAnswer).toEqual({
      kind: 'CONCLUDED',
      outcome: 'CLOSED',
      reason: '劳动保障监察不予受理：违法行为已超过二年',
    });
  });
});
