import { ProceedingsPreconditionError } from './proceedings.errors';
import { actingArbitrators, ChallengeInput, decideChallenge, fileChallenge } from './tribunal';
import { threeArbitratorTribunal, thrownBy } from './testing/proceedings.fixture';

const challenge = (overrides: Partial<ChallengeInput> = {}): ChallengeInput => ({
  arbitratorId: 'arb-li',
  party: 'WORKER',
  ground: 'CLOSE_RELATIVE',
  reason: '李仲裁系被申请人法定代表人的表弟',
  filedOn: '2026-03-13',
  stage: 'BEFORE_HEARING',
  ...overrides,
});

describe('a challenge (回避, Art. 33) is decided: granted replaces the arbitrator, refused keeps him', () => {
  const challenged = fileChallenge(threeArbitratorTribunal(), challenge());

  it('records the challenge with its decision due in 3 working days and the arbitrator standing aside', () => {
    // Filed Friday 03-13: 16, 17, 18.
    expect(challenged.challenges[0]).toMatchObject({
      status: 'PENDING',
      role: 'MEMBER',
      stopsProceedings: true,
      deciders: ['COMMISSION_CHAIR', 'ENTRUSTED_INSTITUTE_HEAD'],
      decisionDue: { dueOn: '2026-03-18' },
    });
    expect(actingArbitrators(challenged).map((a) => a.arbitratorId)).toEqual(['arb-wang', 'arb-zhao']);
  });

  it('puts the replacement in the same seat when granted, and tells both parties', () => {
    const granted = decideChallenge(challenged, {
      challengeIndex: 0,
      decision: 'GRANTED',
      decidedBy: 'COMMISSION_CHAIR',
      decidedOn: '2026-03-16',
      reason: '近亲属关系属实',
      replacement: { arbitratorId: 'arb-sun', name: '孙仲裁' },
    });
    expect(granted.arbitrators.map((a) => [a.arbitratorId, a.role])).toEqual([
      ['arb-wang', 'PRESIDING'],
      ['arb-sun', 'MEMBER'],
      ['arb-zhao', 'MEMBER'],
    ]);
    expect(granted.challenges[0]).toMatchObject({
      status: 'GRANTED',
      replacedBy: 'arb-sun',
      decidedLate: false,
      notify: ['WORKER', 'EMPLOYER'],
    });
  });

  it('keeps the arbitrator when refused, and marks a decision after the third working day late', () => {
    const refused = decideChallenge(challenged, {
      challengeIndex: 0,
      decision: 'REFUSED',
      decidedBy: 'ENTRUSTED_INSTITUTE_HEAD',
      decidedOn: '2026-03-19',
      reason: '所称亲属关系经核实不存在',
    });
    expect(refused.arbitrators.map((a) => a.arbitratorId)).toEqual(['arb-wang', 'arb-li', 'arb-zhao']);
    expect(refused.challenges[0]).toMatchObject({ status: 'REFUSED', decidedLate: true });
    expect(actingArbitrators(refused)).toHaveLength(3);
  });

  it('refuses a replacement already on the tribunal, or none, when granted', () => {
    const decide = (replacement?: { arbitratorId: string; name: string }) => () =>
      decideChallenge(challenged, {
        challengeIndex: 0,
        decision: 'GRANTED',
        decidedBy: 'COMMISSION_CHAIR',
        decidedOn: '2026-03-16',
        reason: '近亲属关系属实',
        ...(replacement ? { replacement } : {}),
      });
    expect(thrownBy(decide({ arbitratorId: 'arb-zhao', name: '赵仲裁' }))).toMatchObject({
      field: 'replacement.arbitratorId',
    });
    expect(thrownBy(decide())).toMatchObject({ field: 'replacement' });
  });

  it('leaves a challenge of the commission’s chair to the commission (办案规则 Art. 12)', () => {
    const ofTheChair = fileChallenge(
      threeArbitratorTribunal(),
      challenge({ arbitratorId: 'arb-wang', challengedIsCommissionChair: true }),
    );
    const byTheChair = thrownBy(() =>
      decideChallenge(ofTheChair, {
        challengeIndex: 0,
        decision: 'REFUSED',
        decidedBy: 'COMMISSION_CHAIR',
        decidedOn: '2026-03-16',
        reason: '不属于应当回避的情形',
      }),
    );
    expect(byTheChair).toBeInstanceOf(ProceedingsPreconditionError);
    expect(byTheChair).toMatchObject({ field: 'decidedBy' });
    expect(
      decideChallenge(ofTheChair, {
        challengeIndex: 0,
        decision: 'REFUSED',
        decidedBy: 'COMMISSION',
        decidedOn: '2026-03-16',
        reason: '不属于应当回避的情形',
      }).challenges[0].status,
    ).toBe('REFUSED');
  });

  it('takes a challenge during the hearing only for a ground learned then, and after the debate without stopping', () => {
    const tribunal = threeArbitratorTribunal();
    expect(thrownBy(() => fileChallenge(tribunal, challenge({ stage: 'DURING_HEARING' })))).toMatchObject({
      field: 'stage',
    });
    expect(
      fileChallenge(tribunal, challenge({ stage: 'DURING_HEARING', groundLearnedAfterHearingBegan: true }))
        .challenges[0].stopsProceedings,
    ).toBe(true);
    const late = fileChallenge(tribunal, challenge({ stage: 'AFTER_DEBATE_CLOSED' }));
    expect(late.challenges[0].stopsProceedings).toBe(false);
    expect(actingArbitrators(late)).toHaveLength(3);
  });

  it('refuses a challenge of someone not on the tribunal, on an unknown ground, or twice while pending', () => {
    expect(
      thrownBy(() => fileChallenge(threeArbitratorTribunal(), challenge({ arbitratorId: 'arb-sun' }))),
    ).toMatchObject({
      field: 'arbitratorId',
    });
    expect(
      thrownBy(() => fileChallenge(threeArbitratorTribunal(), challenge({ ground: 'DISLIKE' as never }))),
    ).toMatchObject({
      field: 'ground',
    });
    expect(thrownBy(() => fileChallenge(challenged, challenge({ party: 'EMPLOYER' })))).toMatchObject({
      field: 'arbitratorId',
    });
  });
});
