import {
  CaseAwaitingSupplement,
  InvalidSupplementError,
  reviewApplication,
  reviewSupplement,
  Supplement,
  SupplementNotAwaitedError,
} from './index';
import { completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

// A supplement is taken only on a case that awaits one, and only as the notice asked for it; anything
// else is refused whole, naming the request's own field.

const SUPPLIED_ON = '2026-03-12';
const filed = completeApplication({ employer: { address: '' }, employment: { stillEmployed: false, endDate: '' } });

function awaiting(status = 'AWAITING_SUPPLEMENT'): CaseAwaitingSupplement {
  const decision = reviewApplication({ content: filed, receivedOn: RECEIVED_ON });
  if (decision.outcome !== 'SUPPLEMENT_REQUIRED')
    throw new Error(`expected SUPPLEMENT_REQUIRED, got ${decision.outcome}`);
  return { status, application: filed, missingItems: decision.supplementNotice.missing, filedOn: RECEIVED_ON };
}

const supplying = (...items: { field: string; value: unknown }[]): Supplement =>
  ({ items, claims: [], evidence: [] }) as unknown as Supplement;

const refusal = (current: CaseAwaitingSupplement, supplement: Supplement) => {
  try {
    reviewSupplement(current, supplement, SUPPLIED_ON);
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('a supplement is refused unless the case awaits one and it answers the notice', () => {
  it.each(['AWAITING_ACCEPTANCE_DECISION', 'ACCEPTED', 'NOT_ACCEPTED'])(
    'refuses a supplement on a case %s',
    (status) => {
      const error = refusal(awaiting(status), supplying({ field: 'employer.address', value: '随州市某路1号' }));
      expect(error).toBeInstanceOf(SupplementNotAwaitedError);
      expect((error as SupplementNotAwaitedError).status).toBe(status);
      expect((error as Error).message).toContain(status);
    },
  );

  it.each([
    ['an item the notice did not ask for', supplying({ field: 'employer.name', value: '另一公司' }), 'items[0].field'],
    [
      'an item twice',
      supplying({ field: 'employer.address', value: 'a' }, { field: 'employer.address', value: 'b' }),
      'items[1].field',
    ],
    ['a blank value', supplying({ field: 'employer.address', value: '   ' }), 'items[0].value'],
    ['a value that is no text', supplying({ field: 'employer.address', value: 42 }), 'items[0].value'],
    ['an impossible end date', supplying({ field: 'employment.endDate', value: '2026-02-30' }), 'items[0].value'],
    [
      'an end date after the supplement day',
      supplying({ field: 'employment.endDate', value: '2026-04-01' }),
      'items[0].value',
    ],
    ['an end date before the start', supplying({ field: 'employment.endDate', value: '2020-01-01' }), 'items[0].value'],
    [
      'evidence the notice did not ask for',
      { items: [], claims: [], evidence: [{ description: 'x', source: 'y' }] },
      'evidence',
    ],
    ['nothing at all', supplying(), 'items'],
  ])('refuses %s, naming %s', (_, supplement, field) => {
    const error = refusal(awaiting(), supplement as Supplement);
    expect(error).toBeInstanceOf(InvalidSupplementError);
    expect((error as InvalidSupplementError).field).toBe(field);
  });

  it("names a supplied claim's own field when its amount is not whole fen", () => {
    const current = awaiting();
    const withoutClaims: CaseAwaitingSupplement = {
      ...current,
      application: { ...filed, claims: [] },
      missingItems: [...current.missingItems, { field: 'claims', description: '仲裁请求' }],
    };
    const error = refusal(withoutClaims, {
      items: [],
      claims: [{ category: 'WAGES', amountFen: 12.5, description: '支付工资' }],
      evidence: [],
    });
    expect((error as InvalidSupplementError).field).toBe('claims[0].amountFen');
  });

  it('refuses an identity number that fails GB 11643, and changes nothing', () => {
    const current = awaiting();
    const before = JSON.stringify(current);
    const error = refusal(
      { ...current, missingItems: [{ field: 'applicant.identityNumber', description: '申请人身份证件号码' }] },
      supplying({ field: 'applicant.identityNumber', value: '421303198804120019' }),
    );
    expect((error as InvalidSupplementError).field).toBe('items[0].value');
    expect(JSON.stringify(current)).toBe(before);
  });
});
