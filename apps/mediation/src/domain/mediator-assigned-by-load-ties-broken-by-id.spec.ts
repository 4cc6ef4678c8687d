import { assignMediators, createMediatorPool, Mediator, MediationPreconditionError } from './index';

const m = (staffUserId: string, openCases: number, kind: Mediator['kind'] = 'HRSS_MEDIATOR'): Mediator => ({
  staffUserId,
  name: `调解员${staffUserId}`,
  kind,
  countyCode: '421303',
  openCases,
});

const pool = createMediatorPool('421303', [
  m('staff-zhao', 4),
  m('staff-qian', 2, 'TRADE_UNION_MEDIATOR'),
  m('staff-sun', 2, 'COURT_APPOINTED_MEDIATOR'),
  m('committee-zengdu', 1, 'PEOPLES_MEDIATION_COMMITTEE'),
]);

describe('assigning mediators by load (人民调解法 Art. 19: 指定一名或者数名)', () => {
  it('assigns the mediator with the fewest open cases', () => {
    const assignment = assignMediators({ pool, countyCode: '421303', mode: { by: 'LOAD' } });
    expect(assignment).toMatchObject({ countyCode: '421303', by: 'LOAD' });
    expect(assignment.mediators.map((x) => x.staffUserId)).toEqual(['committee-zengdu']);
  });

  it('breaks ties by staff user id, so the same pool always gives the same panel', () => {
    const panel = assignMediators({ pool, countyCode: '421303', mode: { by: 'LOAD', panelSize: 3 } });
    expect(panel.mediators.map((x) => x.staffUserId)).toEqual(['committee-zengdu', 'staff-qian', 'staff-sun']);
    const reversed = createMediatorPool('421303', [...pool.mediators].reverse());
    expect(
      assignMediators({ pool: reversed, countyCode: '421303', mode: { by: 'LOAD', panelSize: 3 } }).mediators,
    ).toEqual(panel.mediators);
  });

  it('can be limited to some kinds, e.g. trade-union and court-appointed mediators', () => {
    const assignment = assignMediators({
      pool,
      countyCode: '421303',
      mode: { by: 'LOAD', kinds: ['TRADE_UNION_MEDIATOR', 'COURT_APPOINTED_MEDIATOR'] },
    });
    expect(assignment.mediators.map((x) => [x.staffUserId, x.kind])).toEqual([['staff-qian', 'TRADE_UNION_MEDIATOR']]);
  });

  it('refuses a panel larger than the eligible pool', () => {
    expect(() => assignMediators({ pool, countyCode: '421303', mode: { by: 'LOAD', panelSize: 5 } })).toThrow(
      MediationPreconditionError,
    );
  });

  it('keeps each county’s pool to itself', () => {
    expect(() => assignMediators({ pool, countyCode: '421381', mode: { by: 'LOAD' } })).toThrow(
      expect.objectContaining({ field: 'pool.countyCode' }),
    );
    expect(() => createMediatorPool('421303', [{ ...m('staff-wu', 0), countyCode: '421321' }])).toThrow(
      expect.objectContaining({ field: 'mediators[0].countyCode' }),
    );
    expect(() => createMediatorPool('421303', [m('staff-wu', 0), m('staff-wu', 3)])).toThrow(
      expect.objectContaining({ field: 'mediators[1].staffUserId' }),
    );
  });

  it('assigns by choice a named mediator of the pool, and refuses one who is not in it', () => {
    const chosen = assignMediators({
      pool,
      countyCode: '421303',
      mode: { by: 'CHOICE', staffUserIds: ['staff-zhao'] },
    });
    expect(chosen).toMatchObject({ by: 'CHOICE', mediators: [{ staffUserId: 'staff-zhao', kind: 'HRSS_MEDIATOR' }] });
    expect(() =>
      assignMediators({ pool, countyCode: '421303', mode: { by: 'CHOICE', staffUserIds: ['staff-nobody'] } }),
    ).toThrow(expect.objectContaining({ field: 'mode.staffUserIds[0]' }));
  });
});
