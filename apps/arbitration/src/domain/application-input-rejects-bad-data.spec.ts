import { InvalidApplicationError, reviewApplication } from './index';
import { claimOf, completeApplication, employmentEndedOn, RECEIVED_ON } from './testing/complete-application.fixture';
import type { MatterContent } from './matter-content';

const review =
  (content: MatterContent, receivedOn = RECEIVED_ON) =>
  () =>
    reviewApplication({ content, receivedOn });

describe('malformed or absurd input is refused with an error naming the field, never a decision', () => {
  it.each<[string, MatterContent, RegExp]>([
    ['a malformed county code', completeApplication({ countyCode: '4213' }), /countyCode/],
    ['a negative amount', completeApplication({ claims: [claimOf('WAGES', -100)] }), /claims\[0\]\.amountFen/],
    [
      'a fractional amount (yuan with decimals)',
      completeApplication({ claims: [claimOf('WAGES', 18600.5)] }),
      /whole, non-negative number of fen/,
    ],
    ['an absurd amount', completeApplication({ claims: [claimOf('WAGES', 20_000_000_000)] }), /check yuan vs fen/],
    [
      'an unknown claim category',
      completeApplication({ claims: [claimOf('BONUS' as never, 100)] }),
      /claims\[0\]\.category/,
    ],
    ['a negative age', completeApplication({ applicant: { age: -1 } }), /applicant\.age/],
    ['a fractional age', completeApplication({ applicant: { age: 37.5 } }), /applicant\.age/],
    [
      'an end date after receipt',
      completeApplication({ employment: employmentEndedOn('2026-03-11') }),
      /after the application was received/,
    ],
    [
      'an end date before the start',
      completeApplication({ employment: { startDate: '2023-03-01', ...employmentEndedOn('2023-01-01') } }),
      /before the start date/,
    ],
    [
      'an end date while still employed',
      completeApplication({ employment: { stillEmployed: true, endDate: '2026-01-01' } }),
      /stillEmployed is true/,
    ],
    ['no workers', completeApplication({ workerCount: 0 }), /workerCount/],
    [
      'a name that is not text',
      completeApplication({ applicant: { name: 42 as never } }),
      /applicant\.name: expected text/,
    ],
    ['an unknown sex', completeApplication({ applicant: { sex: 'X' as never } }), /applicant\.sex/],
  ])('refuses %s', (_label, content, message) => {
    expect(review(content)).toThrow(InvalidApplicationError);
    expect(review(content)).toThrow(message);
  });

  it('refuses an impossible receipt date', () => {
    expect(review(completeApplication(), '2026-02-30')).toThrow(/receivedOn/);
  });

  it('refuses limitation facts about a claim that does not exist', () => {
    expect(() =>
      reviewApplication({
        content: completeApplication(),
        receivedOn: RECEIVED_ON,
        limitation: { knewOfInfringementOn: [{ claimIndex: 3, knewOn: '2025-01-01' }] },
      }),
    ).toThrow(/no claim 3/);
  });
});
