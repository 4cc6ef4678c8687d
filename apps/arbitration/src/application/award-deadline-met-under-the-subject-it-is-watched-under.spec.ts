import type { ArbitrationCaseRecord } from './arbitration-case.repository';
import { meetAwardDeadline } from './award-period.use-case';

// A case decided (an award, a 仲裁调解书 in force) meets the award deadline in force: under the case id while
// no step moved it, under the subject of the last move (an extension, a resumption) once one did — the same
// subject the award period's steps cancel — and it leaves the case's own list of deadlines.

const awardDue = {
  id: 'arbitration.award',
  label: '仲裁裁决期限',
  dueOn: '2026-04-24',
  provisional: false,
  citation: 'c',
};
const copyDue = { id: 'arbitration.copy', label: '送达期限', dueOn: '2026-03-17', provisional: false, citation: 'c' };
const record = (awardDeadlineSubject?: string) =>
  ({ caseId: 'm/1', deadlines: [copyDue, awardDue], awardDeadlineSubject }) as ArbitrationCaseRecord;

describe('the award deadline met when the case is decided', () => {
  it('is met under the case id while no step moved it', () => {
    expect(meetAwardDeadline(record(), '作出仲裁裁决书 n').move).toEqual({
      action: 'meet',
      kind: 'ARBITRATION_AWARD',
      subjectId: 'm/1',
      reason: '作出仲裁裁决书 n',
    });
  });

  it('is met under the subject the last extension or resumption registered it under', () => {
    expect(meetAwardDeadline(record('m/1#award-4'), 'r').move.subjectId).toBe('m/1#award-4');
  });

  it('leaves the case’s own list, the other deadlines kept', () => {
    expect(meetAwardDeadline(record(), 'r').deadlines).toEqual([copyDue]);
  });
});
