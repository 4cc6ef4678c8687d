import { registerDeadline } from './deadline';

// A case an office opened itself (inspection's 主动监察, a labor-relations check) has no matter behind it: its
// deadlines name no matter id, and show the office's own case number on the supervisor's alert.
const kind = {
  kind: 'INSPECTION_ACCEPTANCE',
  label: '受理决定期限',
  legalBasis: '部令第25号第十八条',
  warnWorkingDaysBefore: 1,
};
const register = (ids: { matterId: string; matterNumber: string }) =>
  registerDeadline(
    'inspection',
    kind,
    { countyCode: '421303', subjectId: 'case-1', dueOn: '2026-12-08', ...ids },
    new Date('2026-12-01T01:00:00Z'),
    '2026-12-01',
  );

describe('a deadline of a case without a matter', () => {
  it('names no matter id and keeps the case number it is shown by', () => {
    expect(register({ matterId: '', matterNumber: '421303-监登-2026-000001' })).toMatchObject({
      matterId: '',
      matterNumber: '421303-监登-2026-000001',
    });
  });

  it('still needs a number to be shown by', () => {
    expect(() => register({ matterId: '', matterNumber: ' ' })).toThrow(/matterNumber/);
  });
});
