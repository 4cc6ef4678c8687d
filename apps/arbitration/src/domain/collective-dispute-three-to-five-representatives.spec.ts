import { arrangeCollectiveDispute, CollectiveRepresentationInput } from './collective-dispute';
import { isCollectiveDispute } from './same-day-acceptance';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { composeTribunal } from './tribunal';
import { ACCEPTED_ON, COUNTY, thrownBy } from './testing/proceedings.fixture';

const workers = Array.from({ length: 12 }, (_, i) => `worker-${i + 1}`);
const reps = (n: number) => workers.slice(0, n).map((workerId) => ({ workerId, name: `代表${workerId.slice(7)}` }));
const input = (overrides: Partial<CollectiveRepresentationInput> = {}): CollectiveRepresentationInput => ({
  countyCode: COUNTY,
  workerCount: 12,
  commonClaim: true,
  workerIds: workers,
  representatives: reps(3),
  electedOn: '2026-03-11',
  ...overrides,
});

describe('collective disputes: ≥ 10 workers with a common claim, 3–5 representatives (Art. 7; 办案规则 Art. 63)', () => {
  it('is collective from ten workers with a common claim', () => {
    expect(isCollectiveDispute({ workerCount: 10, commonClaim: true })).toBe(true);
    expect(isCollectiveDispute({ workerCount: 9, commonClaim: true })).toBe(false);
    expect(isCollectiveDispute({ workerCount: 30, commonClaim: false })).toBe(false);
  });

  it.each([3, 4, 5])('takes %i representatives, with priority and a three-arbitrator tribunal', (n) => {
    const arrangement = arrangeCollectiveDispute(input({ representatives: reps(n) }));
    expect(arrangement).toMatchObject({ priority: true, tribunalForm: 'THREE_ARBITRATORS', countyCode: COUNTY });
    expect(arrangement.representatives).toHaveLength(n);
    expect(arrangement.actsNeedingTheWorkersConsent).toContain('进行和解');
  });

  it.each([0, 2, 6])('refuses %i representatives, naming representatives', (n) => {
    const error = thrownBy(() => arrangeCollectiveDispute(input({ representatives: reps(n) })));
    expect(error).toBeInstanceOf(InvalidProceedingsInputError);
    expect(error).toMatchObject({ field: 'representatives' });
    expect(error.description).toContain(`got ${n}`);
  });

  it('refuses a representative elected twice or not among the workers', () => {
    expect(
      thrownBy(() => arrangeCollectiveDispute(input({ representatives: [...reps(3), reps(1)[0]] }))),
    ).toMatchObject({ field: 'representatives[3].workerId' });
    expect(
      thrownBy(() =>
        arrangeCollectiveDispute(input({ representatives: [...reps(2), { workerId: 'outsider-1', name: '外人' }] })),
      ),
    ).toMatchObject({ field: 'representatives[2].workerId' });
  });

  it('refuses representation for fewer than ten workers or without a common claim', () => {
    expect(thrownBy(() => arrangeCollectiveDispute(input({ workerCount: 9 })))).toMatchObject({ field: 'workerCount' });
    const noCommonClaim = thrownBy(() => arrangeCollectiveDispute(input({ commonClaim: false })));
    expect(noCommonClaim).toBeInstanceOf(ProceedingsPreconditionError);
    expect(noCommonClaim).toMatchObject({ field: 'commonClaim' });
  });

  it('seats a collective dispute before three arbitrators, not one without the simple procedure', () => {
    const context = { countyCode: COUNTY, acceptedOn: ACCEPTED_ON, collectiveDispute: true };
    const sole = {
      countyCode: COUNTY,
      composedOn: '2026-03-11',
      form: 'SOLE_ARBITRATOR' as const,
      arbitrators: [{ arbitratorId: 'arb-wang', name: '王仲裁', role: 'SOLE' as const }],
    };
    expect(thrownBy(() => composeTribunal(sole, context))).toMatchObject({ field: 'form' });
    const three = composeTribunal(
      {
        countyCode: COUNTY,
        composedOn: '2026-03-11',
        form: 'THREE_ARBITRATORS',
        arbitrators: [
          { arbitratorId: 'arb-wang', name: '王仲裁', role: 'PRESIDING' },
          { arbitratorId: 'arb-li', name: '李仲裁', role: 'MEMBER' },
          { arbitratorId: 'arb-zhao', name: '赵仲裁', role: 'MEMBER' },
        ],
      },
      context,
    );
    expect(three.form).toBe('THREE_ARBITRATORS');
  });
});
