import { MAX_CLAIMS, MAX_CLAIM_AMOUNT_FEN, MAX_FACTS_AND_REASONS_LENGTH, MAX_WORKER_COUNT } from '@onewindow/matter';
import { matterContent, TODAY } from './matter-content.fixture';
import type { Claim, MatterContent } from './matter-content';
import { validateMatterContent } from './matter-content.validator';

const wages = (amountFen: number): Claim => ({ category: 'WAGES', amountFen, description: '' });
const check = (changes: Partial<MatterContent>) => validateMatterContent(matterContent(changes), TODAY);

describe('claims (请求事项)', () => {
  it('requires at least one claim for a dispute', () => {
    expect(check({ claims: [] })).toEqual([
      { field: 'claims', description: 'at least one claim (请求事项) is required unless the matter is a consultation' },
    ]);
  });

  it('accepts zero and the cap, and rejects a fraction of a fen and anything above the cap', () => {
    expect(check({ claims: [wages(0), wages(MAX_CLAIM_AMOUNT_FEN)] })).toEqual([]);
    expect(check({ claims: [wages(1999.5), wages(MAX_CLAIM_AMOUNT_FEN + 1)] })).toEqual([
      { field: 'claims[0].amountFen', description: 'must be a whole number from 0 to 10000000000 fen; got 1999.5' },
      {
        field: 'claims[1].amountFen',
        description: 'must be a whole number from 0 to 10000000000 fen; got 10000000001',
      },
    ]);
  });

  it('reports an oversized list once, without reading its entries', () => {
    const claims = Array.from({ length: MAX_CLAIMS + 1 }, () => wages(-1));
    expect(check({ claims })).toEqual([{ field: 'claims', description: 'has 51 entries; at most 50 are accepted' }]);
  });
});

describe('workers', () => {
  it('rejects a worker count outside 1–100000', () => {
    expect(check({ workerCount: 0 })).toEqual([
      { field: 'workerCount', description: 'must be a whole number from 1 to 100000; got 0' },
    ]);
    expect(check({ workerCount: MAX_WORKER_COUNT + 1 })).toHaveLength(1);
  });

  it('rejects a common claim (共同请求) made by a single worker, and accepts it from two', () => {
    expect(check({ commonClaim: true })).toEqual([
      { field: 'commonClaim', description: 'a common claim (共同请求) needs at least 2 workers; workerCount is 1' },
    ]);
    expect(check({ commonClaim: true, workerCount: 2 })).toEqual([]);
  });
});

describe('text bounds', () => {
  it('counts characters, not UTF-16 units, so rare characters (生僻字) fill a field no faster', () => {
    const rare = '𠮷'; // U+20BB7, two UTF-16 units
    expect(check({ factsAndReasons: rare.repeat(MAX_FACTS_AND_REASONS_LENGTH) })).toEqual([]);
    expect(check({ factsAndReasons: rare.repeat(MAX_FACTS_AND_REASONS_LENGTH + 1) })).toEqual([
      { field: 'factsAndReasons', description: 'is 10001 characters long; at most 10000 are accepted' },
    ]);
  });

  it('allows line breaks in statements but not in names', () => {
    expect(check({ factsAndReasons: '第一段。\n第二段。' })).toEqual([]);
    const applicant = { ...matterContent().applicant, name: '张\n建国' };
    expect(check({ applicant })).toEqual([
      { field: 'applicant.name', description: 'contains a line break or control character' },
    ]);
  });

  it('requires a description for each evidence item and a name for each witness', () => {
    expect(
      check({
        evidence: [{ description: '', source: '申请人保存' }],
        witnesses: [{ name: '', contact: '', statement: '' }],
      }),
    ).toEqual([
      { field: 'evidence[0].description', description: 'is required' },
      { field: 'witnesses[0].name', description: 'is required' },
    ]);
  });
});
