import { formatFen } from './money';
import { chinaInstantOf, chinaLocalInputOf, draftAgreementRequestOf, formPathOf, sumOfFen } from './mediation-forms';

describe('the 调解协议书 draft typed in yuan is sent in exact fen', () => {
  it('converts each settled claim and instalment without floating-point drift', () => {
    const request = draftAgreementRequestOf(
      {
        agreedOn: '2026-03-10',
        settledClaims: [{ amountYuan: '12000.29' }, { amountYuan: '0.07' }],
        instalments: [
          { dueOn: '2026-03-10', amountYuan: '6000.18' },
          { dueOn: '2026-04-10', amountYuan: '6000.18' },
        ],
        otherTerms: '  出具离职证明 ',
      },
      [1_500_000, 7],
      4,
    );
    expect(request).toEqual({
      expectedVersion: 4,
      agreedOn: '2026-03-10',
      settledClaims: [
        { claimIndex: 0, amountFen: 1_200_029 },
        { claimIndex: 1, amountFen: 7 },
      ],
      instalments: [
        { dueOn: '2026-03-10', amountFen: 600_018 },
        { dueOn: '2026-04-10', amountFen: 600_018 },
      ],
      otherTerms: '出具离职证明',
    });
  });

  it('sends the reason only with an amount above the claim', () => {
    const request = draftAgreementRequestOf(
      {
        agreedOn: '2026-03-10',
        settledClaims: [
          { amountYuan: '15000.01', reasonAboveClaim: '含逾期利息' },
          { amountYuan: '100', reasonAboveClaim: '不需要' },
        ],
        instalments: [],
      },
      [1_500_000, 10_000],
      1,
    );
    expect(request.settledClaims).toEqual([
      { claimIndex: 0, amountFen: 1_500_001, reasonAboveClaim: '含逾期利息' },
      { claimIndex: 1, amountFen: 10_000 },
    ]);
    expect('otherTerms' in request).toBe(false);
  });

  it('refuses to convert an amount the form did not check', () => {
    expect(() =>
      draftAgreementRequestOf({ agreedOn: '2026-03-10', settledClaims: [{ amountYuan: '1.234' }] }, [100], 1),
    ).toThrow(/settledClaims\[0\]\.amountYuan/);
  });

  it('sums the instalments live, exactly, and not while one is unreadable', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004; in fen it is 30.
    expect(sumOfFen([{ amountYuan: '0.1' }, { amountYuan: '0.2' }])).toBe(30);
    const many = Array.from({ length: 1000 }, () => ({ amountYuan: '0.01' }));
    expect(sumOfFen(many)).toBe(1000);
    expect(formatFen(sumOfFen([{ amountYuan: '6000.5' }, { amountYuan: '5999.50' }])!)).toBe('12,000.00');
    expect(sumOfFen([{ amountYuan: '100' }, { amountYuan: '' }])).toBeUndefined();
    expect(sumOfFen([])).toBe(0);
  });
});

describe('instants typed in China time', () => {
  it('are sent with the +08:00 offset, whatever the browser zone', () => {
    expect(chinaInstantOf('2026-03-10T09:30')).toBe('2026-03-10T09:30:00+08:00');
    expect(chinaInstantOf('')).toBe('');
    expect(chinaInstantOf('tomorrow')).toBe('');
  });

  it('are shown in China time as a datetime-local value', () => {
    expect(chinaLocalInputOf(new Date('2026-03-10T01:30:00Z'))).toBe('2026-03-10T09:30');
    expect(chinaLocalInputOf(new Date('2026-03-09T16:05:00Z'))).toBe('2026-03-10T00:05');
  });
});

describe("the gateway's violations land on the draft form's fields", () => {
  const fields = new Set([
    'agreedOn',
    'settledClaims.*.amountYuan',
    'settledClaims.*.reasonAboveClaim',
    'instalments',
    'instalments.*.dueOn',
    'instalments.*.amountYuan',
  ]);

  it.each([
    ['settledClaims[1].reasonAboveClaim', ['settledClaims', 1, 'reasonAboveClaim']],
    ['settledClaims.0.amountFen', ['settledClaims', 0, 'amountYuan']],
    ['instalments[2].dueOn', ['instalments', 2, 'dueOn']],
    ['instalments', ['instalments']],
    ['agreedOn', ['agreedOn']],
  ])('%s → %j', (field, path) => {
    expect(formPathOf(field, fields)).toEqual(path);
  });

  it.each(['expectedVersion', 'settledClaims[0].claimIndex', 'agreement', ''])('%p has no field', (field) => {
    expect(formPathOf(field, fields)).toBeUndefined();
  });

  it('puts an element of a list shown as one input on that input', () => {
    const assign = new Set(['panelSize', 'kinds', 'staffUserIds']);
    expect(formPathOf('staffUserIds[1]', assign)).toEqual(['staffUserIds']);
    expect(formPathOf('kinds.0', assign)).toEqual(['kinds']);
    expect(formPathOf('mediatorIds[0]', assign)).toBeUndefined();
  });
});
