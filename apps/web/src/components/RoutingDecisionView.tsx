// Routing's answer for a matter (试算 before saving): each referral with its target, reason, legal
// basis and acknowledge-by deadline, and the rules that fired.
import type { RoutingDecision } from '@onewindow/gateway-api';
import { Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { DeadlineTag } from './DeadlineTag';
import { ItemList } from './ItemList';
import { labelOf, useI18n } from '../i18n/i18n';

export function RoutingDecisionView({ decision }: { decision: RoutingDecision }) {
  const { t, countyName } = useI18n();
  return (
    <Card
      size="small"
      title={t.routing.title}
      data-testid="dry-run"
      data-referral-count={decision.referrals.length}
      extra={
        <Typography.Text type="secondary">
          {countyName(decision.countyCode)} · {t.routing.ruleSet(decision.ruleSetVersion)}
        </Typography.Text>
      }
    >
      {decision.referrals.length === 0 ? (
        <Empty description={t.routing.none} />
      ) : (
        <ItemList
          items={decision.referrals}
          itemKey={(referral) => referral.referralId || referral.ruleId + referral.target}
          itemAttributes={(referral) => ({ 'data-testid': 'dry-run-referral', 'data-target': referral.target })}
        >
          {(referral) => (
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong data-testid="dry-run-target">
                  {labelOf(t.enums.targets, referral.target)}
                </Typography.Text>
                {referral.priority === 'HIGH' && <Tag color="red">{labelOf(t.enums.priorities, 'HIGH')}</Tag>}
              </Space>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'reason', label: t.routing.reason, children: referral.reason },
                  { key: 'basis', label: t.routing.legalBasis, children: referral.legalBasis || t.common.none },
                  {
                    key: 'ack',
                    label: t.routing.acknowledgeBy,
                    children: referral.acknowledgeBy ? (
                      <DeadlineTag deadline={referral.acknowledgeBy} />
                    ) : (
                      t.common.none
                    ),
                  },
                  { key: 'rule', label: t.routing.rule, children: <code>{referral.ruleId}</code> },
                ]}
              />
            </Space>
          )}
        </ItemList>
      )}
      {decision.firedRuleIds.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t.routing.firedRules}: {decision.firedRuleIds.join(', ')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
