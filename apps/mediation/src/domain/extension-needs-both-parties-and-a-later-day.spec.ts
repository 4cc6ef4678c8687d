import {
  extendMediationPeriod,
  ExtensionConsent,
  InvalidMediationInputError,
  MediationPreconditionError,
  mediationPeriod,
} from './index';
import { errorOf } from './testing/error-of';

const period = mediationPeriod({ countyCode: '421303', receivedOn: '2026-03-02' }); // due 2026-03-17
const worker: ExtensionConsent = { party: 'WORKER', agreedAt: '2026-03-12T09:00:00+08:00', recordedBy: 'staff-li' };
const employer: ExtensionConsent = { party: 'EMPLOYER', agreedAt: '2026-03-12T15:30:00+08:00', recordedBy: 'staff-li' };

describe('extending the mediation period (双方当事人同意延期, 人社部令第17号 Art. 26)', () => {
  it('records who agreed, when, and the new last day', () => {
    expect(period.dueOn).toBe('2026-03-17');
    const extended = extendMediationPeriod(period, {
      newDueOn: '2026-03-27',
      consents: [employer, worker],
      recordedAt: '2026-03-12T16:00:00+08:00',
    });
    expect(extended.dueOn).toBe('2026-03-27');
    expect(extended.statutoryDueOn).toBe('2026-03-17');
    expect(extended.extensions).toEqual([
      expect.objectContaining({ previousDueOn: '2026-03-17', newDueOn: '2026-03-27', consents: [worker, employer] }),
    ]);
    expect(period.dueOn).toBe('2026-03-17'); // the input is not changed
  });

  it('refuses an extension with only one party’s consent and says whose is missing', () => {
    for (const [consents, missing] of [
      [[worker], 'the employer (用人单位)'],
      [[employer], 'the worker (劳动者)'],
      [[], 'the worker (劳动者) and the employer (用人单位)'],
    ] as const) {
      const error = errorOf(() =>
        extendMediationPeriod(period, { newDueOn: '2026-03-27', consents, recordedAt: '2026-03-12T16:00:00+08:00' }),
      );
      expect(error).toBeInstanceOf(MediationPreconditionError);
      expect(error).toMatchObject({ field: 'consents' });
      expect(error.description).toContain(`missing: ${missing}`);
    }
  });

  it('refuses a new day that shortens the period or keeps it as it is', () => {
    for (const newDueOn of ['2026-03-15', '2026-03-17']) {
      expect(() =>
        extendMediationPeriod(period, {
          newDueOn,
          consents: [worker, employer],
          recordedAt: '2026-03-12T16:00:00+08:00',
        }),
      ).toThrow(expect.objectContaining({ field: 'newDueOn' }));
    }
  });

  it('refuses consent given after the period lapsed: the mediation had already failed', () => {
    const late = { ...employer, agreedAt: '2026-03-18T09:00:00+08:00' };
    expect(() =>
      extendMediationPeriod(period, {
        newDueOn: '2026-03-27',
        consents: [worker, late],
        recordedAt: '2026-03-18T10:00:00+08:00',
      }),
    ).toThrow(expect.objectContaining({ field: 'consents[1].agreedAt' }));
  });

  it('counts a second extension from the first one’s day', () => {
    const once = extendMediationPeriod(period, {
      newDueOn: '2026-03-27',
      consents: [worker, employer],
      recordedAt: '2026-03-12T16:00:00+08:00',
    });
    const again = { ...worker, agreedAt: '2026-03-25T09:00:00+08:00' };
    const twice = extendMediationPeriod(once, {
      newDueOn: '2026-04-03',
      consents: [again, { ...employer, agreedAt: '2026-03-25T10:00:00+08:00' }],
      recordedAt: '2026-03-25T11:00:00+08:00',
    });
    expect(twice.extensions.map((e) => [e.previousDueOn, e.newDueOn])).toEqual([
      ['2026-03-17', '2026-03-27'],
      ['2026-03-27', '2026-04-03'],
    ]);
    expect(() =>
      extendMediationPeriod(once, {
        newDueOn: '2026-03-20',
        consents: [again, employer],
        recordedAt: '2026-03-25T11:00:00+08:00',
      }),
    ).toThrow(InvalidMediationInputError);
  });
});
