import { matterContentFromProto, matterContentToProto } from './matter-content.mapping';
import { ClaimCategory, MatterKind, Sex } from './generated/onewindow/common/v1/matter';

describe('matter content mapping between the wire and the domain shape', () => {
  it('drops enum prefixes and keeps fen as integers', () => {
    const data = matterContentFromProto({
      ...matterContentToProto(matterContentFromProto(undefined)),
      kind: MatterKind.MATTER_KIND_DISPUTE,
      claims: [{ category: ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen: 1234567, description: '拖欠工资' }],
    });
    expect(data.kind).toBe('DISPUTE');
    expect(data.claims).toEqual([{ category: 'WAGES', amountFen: 1234567, description: '拖欠工资' }]);
    expect(data.employment.endDate).toBeUndefined();
  });

  it('maps unspecified enums to empty strings so validation can name the field', () => {
    const data = matterContentFromProto({ ...matterContentToProto(matterContentFromProto(undefined)) });
    expect(data.kind).toBe('');
    expect(data.applicant.sex).toBe('');
  });

  it('round-trips the domain shape, and an unknown name becomes UNSPECIFIED on the wire', () => {
    const data = matterContentFromProto(undefined);
    data.applicant.sex = 'FEMALE';
    data.claims = [{ category: 'NOT_A_CATEGORY', amountFen: 1, description: '' }];
    const proto = matterContentToProto(data);
    expect(proto.applicant?.sex).toBe(Sex.SEX_FEMALE);
    expect(proto.claims[0]!.category).toBe(ClaimCategory.CLAIM_CATEGORY_UNSPECIFIED);
  });
});
