import { InvalidProceedingsInputError } from './proceedings.errors';
import { composeTribunal, recordCompositionNotice } from './tribunal';
import {
  ACCEPTED_ON,
  COUNTY,
  threeArbitratorsInput,
  threeArbitratorTribunal,
  thrownBy,
} from './testing/proceedings.fixture';

const context = { countyCode: COUNTY, acceptedOn: ACCEPTED_ON, collectiveDispute: false };

describe('the tribunal (仲裁庭, Art. 31) and the notice of its composition within five days (Art. 32)', () => {
  it('seats a presiding arbitrator and two others, and dates the notice 5 working days after acceptance', () => {
    const tribunal = threeArbitratorTribunal();
    expect(tribunal.arbitrators.map((a) => a.role)).toEqual(['PRESIDING', 'MEMBER', 'MEMBER']);
    // Accepted Tuesday 03-10: 11, 12, 13, 16, 17.
    expect(tribunal.compositionNotice).toMatchObject({ dueOn: '2026-03-17', start: ACCEPTED_ON });
    expect(tribunal.compositionNotice.citation).toContain('第三十二条');
  });

  it('records the notice on time on 03-17 and late on 03-18', () => {
    const tribunal = threeArbitratorTribunal();
    expect(recordCompositionNotice(tribunal, '2026-03-17')).toMatchObject({
      notifiedOn: '2026-03-17',
      notifiedLate: false,
    });
    expect(recordCompositionNotice(tribunal, '2026-03-18').notifiedLate).toBe(true);
    expect(thrownBy(() => recordCompositionNotice(tribunal, '2026-03-11'))).toMatchObject({ field: 'notifiedOn' });
  });

  it('refuses an arbitrator sitting twice, naming the second seat', () => {
    const input = threeArbitratorsInput({
      arbitrators: [
        { arbitratorId: 'arb-wang', name: '王仲裁', role: 'PRESIDING' },
        { arbitratorId: 'arb-li', name: '李仲裁', role: 'MEMBER' },
        { arbitratorId: 'arb-wang', name: '王仲裁', role: 'MEMBER' },
      ],
    });
    const error = thrownBy(() => composeTribunal(input, context));
    expect(error).toBeInstanceOf(InvalidProceedingsInputError);
    expect(error).toMatchObject({ field: 'arbitrators[2].arbitratorId' });
  });

  it('refuses three seats without exactly one presiding arbitrator, and a tribunal before acceptance', () => {
    const noPresiding = threeArbitratorsInput({
      arbitrators: [
        { arbitratorId: 'arb-wang', name: '王仲裁', role: 'MEMBER' },
        { arbitratorId: 'arb-li', name: '李仲裁', role: 'MEMBER' },
        { arbitratorId: 'arb-zhao', name: '赵仲裁', role: 'MEMBER' },
      ],
    });
    expect(thrownBy(() => composeTribunal(noPresiding, context))).toMatchObject({ field: 'arbitrators' });
    expect(thrownBy(() => composeTribunal(threeArbitratorsInput({ composedOn: '2026-03-09' }), context))).toMatchObject(
      {
        field: 'composedOn',
      },
    );
    expect(thrownBy(() => composeTribunal(threeArbitratorsInput({ countyCode: '421321' }), context))).toMatchObject({
      field: 'countyCode',
    });
  });
});
