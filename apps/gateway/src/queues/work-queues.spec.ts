import type { Caller } from '@onewindow/access';
import { isOverdue, queuesOf } from './work-queues';

const caller = (roles: Caller['roles'], agency?: string): Caller => ({
  userId: 'u1',
  roles,
  counties: ['421303'],
  ...(agency ? { agency } : {}),
});

describe('work queues per post (一人多岗)', () => {
  it('gives a person with three posts three queues, one per post', () => {
    const queues = queuesOf(caller(['MEDIATOR', 'INSPECTOR', 'ARBITRATOR']));
    expect(queues.map((q) => [q.id, q.role, q.targets])).toEqual([
      ['REFERRALS_TO_ACKNOWLEDGE', 'MEDIATOR', ['MEDIATION']],
      ['REFERRALS_TO_ACKNOWLEDGE', 'INSPECTOR', ['INSPECTION']],
      ['ARBITRATION_ACCEPTANCE_DECISIONS', 'ARBITRATOR', []],
    ]);
  });

  it('gives a mediator the mediation cases where the county deploys mediation, the referrals where it does not', () => {
    const mediator = caller(['MEDIATOR', 'INSPECTOR']);
    expect(queuesOf(mediator, { mediation: true }).map((q) => [q.id, q.role])).toEqual([
      ['MEDIATION_CASES', 'MEDIATOR'],
      ['REFERRALS_TO_ACKNOWLEDGE', 'INSPECTOR'],
    ]);
    expect(queuesOf(mediator, { mediation: false }).map((q) => [q.id, q.role, q.targets])).toEqual([
      ['REFERRALS_TO_ACKNOWLEDGE', 'MEDIATOR', ['MEDIATION']],
      ['REFERRALS_TO_ACKNOWLEDGE', 'INSPECTOR', ['INSPECTION']],
    ]);
  });

  it('gives inspectors and labor-relations officers their office’s cases where the county deploys it', () => {
    const both = caller(['INSPECTOR', 'LABOR_RELATIONS_OFFICER']);
    expect(queuesOf(both, { inspection: true, laborRelations: true }).map((q) => [q.id, q.role, q.targets])).toEqual([
      ['INSPECTION_CASES', 'INSPECTOR', []],
      ['SUPERVISION_MATTERS', 'LABOR_RELATIONS_OFFICER', []],
    ]);
    // Each office is a county's own choice: one deployed, the other's referrals are still acknowledged by hand.
    expect(queuesOf(both, { inspection: true }).map((q) => [q.id, q.role, q.targets])).toEqual([
      ['INSPECTION_CASES', 'INSPECTOR', []],
      ['REFERRALS_TO_ACKNOWLEDGE', 'LABOR_RELATIONS_OFFICER', ['LABOR_RELATIONS_SUPERVISION']],
    ]);
    expect(queuesOf(both, { laborRelations: true }).map((q) => [q.id, q.role, q.targets])).toEqual([
      ['REFERRALS_TO_ACKNOWLEDGE', 'INSPECTOR', ['INSPECTION']],
      ['SUPERVISION_MATTERS', 'LABOR_RELATIONS_OFFICER', []],
    ]);
    // Another office deployed changes nothing for a post that is not its.
    expect(queuesOf(caller(['MEDIATOR']), { inspection: true, laborRelations: true }).map((q) => q.id)).toEqual([
      'REFERRALS_TO_ACKNOWLEDGE',
    ]);
  });

  it('gives window clerks the consultations to answer, and auditors no queue', () => {
    expect(queuesOf(caller(['WINDOW_CLERK', 'AUDITOR']))).toEqual([
      { id: 'CONSULTATIONS_TO_ANSWER', role: 'WINDOW_CLERK', targets: ['CONSULTATION_CLOSE'] },
    ]);
    expect(queuesOf(caller(['AUDITOR']))).toEqual([]);
  });

  it('gives one consultation queue to a person holding several answering posts, under the one window', () => {
    const queues = queuesOf(caller(['PETITION_OFFICER', 'WINDOW_CLERK', 'LEGAL_AID_OFFICER']));
    expect(queues.filter((q) => q.id === 'CONSULTATIONS_TO_ANSWER')).toEqual([
      { id: 'CONSULTATIONS_TO_ANSWER', role: 'WINDOW_CLERK', targets: ['CONSULTATION_CLOSE'] },
    ]);
    expect(queuesOf(caller(['MEDIATOR'])).map((q) => q.id)).not.toContain('CONSULTATIONS_TO_ANSWER');
  });

  it('gives an agency the referrals of its own target only, and none when it names no target', () => {
    expect(queuesOf(caller(['AGENCY'], 'TRADE_UNION'))).toEqual([
      { id: 'REFERRALS_TO_ACKNOWLEDGE', role: 'AGENCY', targets: ['TRADE_UNION'] },
    ]);
    expect(queuesOf(caller(['AGENCY']))).toEqual([]);
  });

  it('gives supervisors the escalations and the matters left to them', () => {
    expect(queuesOf(caller(['SUPERVISOR']))).toEqual([
      { id: 'ESCALATIONS', role: 'SUPERVISOR', targets: ['SUPERVISOR_QUEUE'] },
      { id: 'DEADLINE_ALERTS', role: 'SUPERVISOR', targets: [] },
      { id: 'CONSULTATIONS_TO_ANSWER', role: 'SUPERVISOR', targets: ['CONSULTATION_CLOSE'] },
    ]);
  });
});

describe('overdue', () => {
  it('counts the due day itself as in time and the day after as overdue', () => {
    expect(isOverdue('2026-11-29', '2026-11-29')).toBe(false);
    expect(isOverdue('2026-11-28', '2026-11-29')).toBe(true);
    expect(isOverdue(undefined, '2026-11-29')).toBe(false);
  });
});
