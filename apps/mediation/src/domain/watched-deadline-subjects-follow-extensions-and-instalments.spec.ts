import { caseOfDeadlineSubject, instalmentDeadlineSubject, periodDeadlineSubject } from './watched-mediation-deadlines';

describe('what each watched mediation deadline is registered under', () => {
  it('the period under the case until an extension, then a new subject per extension', () => {
    expect(periodDeadlineSubject('m-1/1', 0)).toBe('m-1/1');
    expect(periodDeadlineSubject('m-1/1', 2)).toBe('m-1/1#extension-2');
  });

  it('one subject per instalment, and every subject leads back to its case', () => {
    expect(instalmentDeadlineSubject('m-1/1', 0)).toBe('m-1/1#instalment-0');
    for (const subject of ['m-1/1', 'm-1/1#extension-2', 'm-1/1#instalment-3']) {
      expect(caseOfDeadlineSubject(subject)).toBe('m-1/1');
    }
  });
});
