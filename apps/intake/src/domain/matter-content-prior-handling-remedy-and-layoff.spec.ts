import { MAX_PRIOR_HANDLINGS, MAX_WORKER_COUNT } from '@onewindow/matter';
import { matterContent, TODAY } from './matter-content.fixture';
import type { MatterContent, PriorHandling } from './matter-content';
import { validateMatterContent } from './matter-content.validator';

const check = (changes: Partial<MatterContent> | Record<string, unknown>) =>
  validateMatterContent({ ...matterContent(), ...changes }, TODAY);
const handled = (office: string, status: string, conclusionDisputed: unknown = false) => ({
  office,
  status,
  conclusionDisputed,
});

describe('prior handling (已经调解、仲裁、监察、诉讼或信访)', () => {
  it('accepts none, and each office and status', () => {
    expect(check({ priorHandling: [] })).toEqual([]);
    const every: PriorHandling[] = [
      { office: 'MEDIATION', status: 'CONCLUDED', conclusionDisputed: false },
      { office: 'ARBITRATION', status: 'CONCLUDED', conclusionDisputed: true },
      { office: 'INSPECTION', status: 'IN_PROGRESS', conclusionDisputed: false },
      { office: 'COURT', status: 'IN_PROGRESS', conclusionDisputed: false },
      { office: 'PETITION', status: 'CONCLUDED', conclusionDisputed: true },
    ];
    expect(check({ priorHandling: every })).toEqual([]);
  });

  it('names the entry and field of an unknown office or status, or a disputed flag that is not true/false', () => {
    expect(check({ priorHandling: [handled('MEDIATION', 'CONCLUDED'), handled('POLICE', 'DONE', 'yes')] })).toEqual([
      {
        field: 'priorHandling[1].office',
        description: "must be one of MEDIATION, ARBITRATION, INSPECTION, COURT, PETITION; got 'POLICE'",
      },
      { field: 'priorHandling[1].status', description: "must be one of IN_PROGRESS, CONCLUDED; got 'DONE'" },
      { field: 'priorHandling[1].conclusionDisputed', description: "must be true or false; got 'yes'" },
    ]);
  });

  it('refuses a disputed conclusion of handling still in progress: there is no conclusion yet', () => {
    expect(check({ priorHandling: [handled('ARBITRATION', 'IN_PROGRESS', true)] })).toEqual([
      {
        field: 'priorHandling[0].conclusionDisputed',
        description: 'a conclusion (处理结论) can be disputed only once there is one; the status is IN_PROGRESS',
      },
    ]);
  });

  it(`accepts at most ${MAX_PRIOR_HANDLINGS} entries, and requires the list`, () => {
    const entries = (n: number) => Array.from({ length: n }, () => handled('PETITION', 'CONCLUDED'));
    expect(check({ priorHandling: entries(MAX_PRIOR_HANDLINGS) })).toEqual([]);
    expect(check({ priorHandling: entries(MAX_PRIOR_HANDLINGS + 1) })).toEqual([
      { field: 'priorHandling', description: 'has 11 entries; at most 10 are accepted' },
    ]);
    expect(check({ priorHandling: undefined })).toEqual([
      { field: 'priorHandling', description: 'must be a list; got undefined' },
    ]);
  });
});

describe('the remedy asked for in wage arrears (责令支付 or 仲裁裁决)', () => {
  it('accepts either remedy, or none stated', () => {
    expect(check({ requestedRemedy: 'ORDER_AGAINST_EMPLOYER' })).toEqual([]);
    expect(check({ requestedRemedy: 'AWARD' })).toEqual([]);
    expect(check({ requestedRemedy: undefined })).toEqual([]);
  });

  it('refuses anything else, an empty text included', () => {
    expect(check({ requestedRemedy: 'LAWSUIT' })).toEqual([
      { field: 'requestedRemedy', description: "must be one of ORDER_AGAINST_EMPLOYER, AWARD; got 'LAWSUIT'" },
    ]);
    expect(check({ requestedRemedy: '' })).toHaveLength(1);
  });
});

describe('a layoff (裁员, 劳动合同法 Art. 41)', () => {
  it('accepts a layoff of part or all of the workforce, or none', () => {
    expect(check({ layoff: { workersLaidOff: 20, workforce: 500 } })).toEqual([]);
    expect(check({ layoff: { workersLaidOff: 30, workforce: 30 } })).toEqual([]);
    expect(check({ layoff: undefined })).toEqual([]);
  });

  it('requires positive whole numbers, each with its path', () => {
    expect(check({ layoff: { workersLaidOff: 0, workforce: 2.5 } })).toEqual([
      { field: 'layoff.workersLaidOff', description: `must be a whole number from 1 to ${MAX_WORKER_COUNT}; got 0` },
      { field: 'layoff.workforce', description: `must be a whole number from 1 to ${MAX_WORKER_COUNT}; got 2.5` },
    ]);
  });

  it('refuses more workers laid off than the workforce', () => {
    expect(check({ layoff: { workersLaidOff: 21, workforce: 20 } })).toEqual([
      { field: 'layoff.workersLaidOff', description: '21 is more than the workforce of 20' },
    ]);
  });

  it('refuses a layoff that is not an object', () => {
    expect(check({ layoff: 20 })).toEqual([{ field: 'layoff', description: 'must be an object; got 20' }]);
  });
});

describe('the channel', () => {
  it('accepts a petition visit (信访来访) as well as the window and online', () => {
    for (const channel of ['WINDOW', 'ONLINE', 'PETITION_VISIT'] as const) expect(check({ channel })).toEqual([]);
  });
});
