import {
  decideArrearsListing,
  issueCorrectionOrder,
  listingThresholdFor,
  proposeArrearsListing,
  recordComplianceCheck,
} from '.';
import { applied, errorOf, heardCase, INSPECTOR, matter, on } from './testing/inspection-case.fixture';

// 保障农民工工资支付条例 Art. 48; 人社部令第45号: a migrant-wage case with an order to pay and a criterion
// met (the 拒不支付劳动报酬罪 figure, or serious social impact); the employer told and heard within 5 working
// days; listed for 3 years.

function notComplied(wagesOrderedFen: number, migrantWorker = true) {
  const heard = heardCase(matter({ migrantWorker }));
  const ordered = applied(
    issueCorrectionOrder(heard, { corrections: ['支付拖欠工资'], correctBy: '2026-03-16', wagesOrderedFen }, INSPECTOR),
  ).record;
  return applied(recordComplianceCheck(ordered, { complied: false, note: '' }, on('2026-03-17'))).record;
}

describe('the wage-arrears list', () => {
  it('takes the county’s figure from dated, unverified configuration with its source', () => {
    const figure = listingThresholdFor('421303', '2026-03-17')!;
    expect(figure).toMatchObject({ oneWorkerFen: 2_000_000, tenOrMoreWorkersFen: 10_000_000, verified: false });
    expect(figure.source).toContain('法释〔2013〕3号');
  });

  it('needs a migrant worker’s wages ordered paid, and the figure reached or serious social impact', () => {
    expect(
      errorOf(() =>
        proposeArrearsListing(
          notComplied(3_600_000, false),
          { grounds: '拖欠', seriousSocialImpact: false },
          on('2026-03-18'),
        ),
      )?.field,
    ).toBe('caseId');
    expect(
      errorOf(() =>
        proposeArrearsListing(
          notComplied(1_000_000),
          { grounds: '拖欠', seriousSocialImpact: false },
          on('2026-03-18'),
        ),
      )?.field,
    ).toBe('serious_social_impact');
    expect(
      applied(
        proposeArrearsListing(
          notComplied(1_000_000),
          { grounds: '拖欠引发群体性事件', seriousSocialImpact: true },
          on('2026-03-18'),
        ),
      ).record.arrearsListing!.status,
    ).toBe('PROPOSED');
  });

  it('notifies, gives 5 working days to be heard, and lists for 3 years once heard or the time passed', () => {
    const proposed = applied(
      proposeArrearsListing(
        notComplied(3_600_000),
        { grounds: '拖欠农民工工资36,000.00元，经责令仍不支付', seriousSocialImpact: false },
        on('2026-03-18'),
      ),
    );
    const listing = proposed.record.arrearsListing!;
    expect(listing.heardBy).toBe('2026-03-25');
    expect(proposed.record.documents.at(-1)!.title).toBe('拟列入失信联合惩戒名单告知书');
    expect(proposed.events[0]!.watch).toEqual([
      expect.objectContaining({ action: 'register', kind: 'INSPECTION_LISTING_HEARING' }),
    ]);
    const decide = { list: true, employerStatement: '', reason: '' };
    expect(errorOf(() => decideArrearsListing(proposed.record, decide, on('2026-03-25')))?.field).toBe(
      'employer_statement',
    );
    const heardEarly = applied(
      decideArrearsListing(proposed.record, { ...decide, employerStatement: '无异议' }, on('2026-03-20')),
    );
    expect(heardEarly.record.arrearsListing).toMatchObject({ status: 'LISTED', listedUntil: '2029-03-20' });
    const lapsed = applied(decideArrearsListing(proposed.record, decide, on('2026-03-26')));
    expect(lapsed.record.documents.at(-1)!.title).toBe('列入失信联合惩戒名单决定书');
  });
});
