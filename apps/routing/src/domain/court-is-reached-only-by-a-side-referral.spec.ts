// The court (人民法院) is a referral target only as a side referral an office asks for (支付令,
// 劳动争议调解仲裁法 Art. 16; 司法确认, 人民调解法 Art. 33): no rule routes to it, no transfer reaches it,
// it never carries the matter, and what it does with the request does not send the matter back.
import { isMatterConcluded, principalReferrals, type ClosureReferral } from './matter-closure';
import { acknowledgeReferral, ReferralTransitionError, reportReferralOutcome } from './referral-lifecycle';
import { SUIZHOU_DEFAULT_RULES_TEXT } from './routing.fixture';
import { REFERRAL_TARGET_NAMES_ZH, REFERRAL_TARGETS, RULE_REFERRAL_TARGETS } from './rule-set';
import { ruleSetJsonSchema } from './rule-set.schema';
import { checkRuleSetFileForPublishing } from './rule-set.publishing';

const withCourtRule = () => {
  const file = JSON.parse(SUIZHOU_DEFAULT_RULES_TEXT);
  const index = file.rules.findIndex((rule: { id: string }) => rule.id === 'dispute-arbitration');
  file.rules[index].refer.push({
    target: 'COURT',
    priority: 'NORMAL',
    reason: '转法院',
    acknowledgeWithinWorkingDays: 1,
  });
  return { text: JSON.stringify(file), index };
};

const referral = (target: ClosureReferral['target'], status: ClosureReferral['status'], round = 1) => ({
  target,
  status,
  round,
});

describe('the court is reached only by a side referral an office asks for', () => {
  it('is a referral target with its Chinese name, but not one a rule may name', () => {
    expect(REFERRAL_TARGETS).toContain('COURT');
    expect(REFERRAL_TARGET_NAMES_ZH.COURT).toBe('人民法院');
    expect(RULE_REFERRAL_TARGETS).not.toContain('COURT');
    const schema = ruleSetJsonSchema() as { $defs: { referral: { properties: { target: { enum: string[] } } } } };
    expect(schema.$defs.referral.properties.target.enum).not.toContain('COURT');
  });

  it('refuses to publish a rule set with a rule routing to the court, naming the rule', () => {
    const { text, index } = withCourtRule();
    const problems = checkRuleSetFileForPublishing(text);
    expect(problems).toEqual([
      expect.objectContaining({
        check: 'SCHEMA',
        path: `rules[${index}] 'dispute-arbitration'.refer[1]`,
        ruleIds: ['dispute-arbitration'],
      }),
    ]);
    expect(problems[0]!.message).toMatch(/rule 'dispute-arbitration' refers to COURT \(人民法院\)/);
    expect(problems[0]!.message).toMatch(/only by a side referral an office asks for/);
    expect(checkRuleSetFileForPublishing(SUIZHOU_DEFAULT_RULES_TEXT)).toEqual([]);
  });

  it('is not a transfer destination, and a side referral to it is not transferred on', () => {
    const accepted = {
      target: 'MEDIATION' as const,
      status: 'ACCEPTED' as const,
      escalated: false,
      acknowledgeBy: { dueOn: '2026-12-01' },
    };
    expect(() => reportReferralOutcome(accepted, 'TRANSFERRED', '申请支付令', 'COURT')).toThrow(
      expect.objectContaining({ field: 'transferTo', message: expect.stringMatching(/side referral/) }),
    );
    expect(() => reportReferralOutcome({ ...accepted, target: 'COURT' }, 'TRANSFERRED', '移送', 'ARBITRATION')).toThrow(
      ReferralTransitionError,
    );
  });

  it('does not send the matter back through the rules when it declines or fails', () => {
    const toCourt = {
      target: 'COURT' as const,
      status: 'ISSUED' as const,
      escalated: false,
      acknowledgeBy: { dueOn: '2026-12-01' },
    };
    expect(acknowledgeReferral(toCourt, false, '调解协议不属于本院管辖')).toEqual({
      status: 'DECLINED',
      statusReason: '调解协议不属于本院管辖',
      comesBack: false,
    });
    expect(reportReferralOutcome({ ...toCourt, status: 'ACCEPTED' }, 'FAILED', '驳回申请').comesBack).toBe(false);
    // Another office's decline still does.
    expect(acknowledgeReferral({ ...toCourt, target: 'MEDIATION' }, false, '一方拒绝调解').comesBack).toBe(true);
  });

  it('neither keeps the matter open nor closes it: the office’s referral in its round carries it', () => {
    expect(isMatterConcluded([referral('MEDIATION', 'ACCEPTED'), referral('COURT', 'RESOLVED')])).toBe(false);
    expect(isMatterConcluded([referral('MEDIATION', 'RESOLVED'), referral('COURT', 'ISSUED')])).toBe(true);
    // Beside legal aid asked for on its own, the court is not made the principal path either.
    const beside = [referral('LEGAL_AID', 'ACCEPTED'), referral('COURT', 'ISSUED')];
    expect(principalReferrals(beside).map((r) => r.target)).toEqual(['LEGAL_AID']);
    expect(isMatterConcluded([referral('LEGAL_AID', 'RESOLVED'), referral('COURT', 'ISSUED')])).toBe(true);
  });
});
