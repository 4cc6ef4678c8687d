// 劳动关系监管 as read: the status and kind tags, the layoff report with the thresholds the service judged and the
// 30-day advance explanation (劳动合同法 Art. 41), the plan's review (Arts. 41 para 2, 42), a check's findings with
// the breaches found, and on the matter page where the supervision stands with the way to its screen.
import type { SupervisionMatterView, SupervisionStatus } from '@onewindow/gateway-api';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ApiRequestError } from '../api/http';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import { dispatchShareOf } from '../lib/inspection-forms';
import { formatFen } from '../lib/money';
import { testId } from '../lib/test-id';
import { useLoad } from '../lib/use-load';
import { ErrorBanner } from './ErrorBanner';

const STATUS_COLORS: Record<SupervisionStatus, string> = {
  RECEIVED: 'gold',
  UNDER_REVIEW: 'processing',
  CONCLUDED: 'default',
};

export function SupervisionStatusTag({ status, testId: id }: { status: SupervisionStatus; testId: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={id} data-status={status}>
      {labelOf(t.supervision.statuses, status)}
    </Tag>
  );
}

/** 裁员报告: the numbers, the threshold finding, the explanation's dates and days short, the plan's review. */
export function LayoffReportPanel({ matter }: { matter: SupervisionMatterView }) {
  const { t } = useI18n();
  const m = t.supervision.layoff;
  const layoff = matter.layoff;
  if (!layoff) return null;
  return (
    <Card
      size="small"
      title={m.title}
      data-testid="supervision-layoff-report"
      data-reportable={String(layoff.reportable)}
      data-days-short={layoff.daysShort}
      data-plan-reviewed={String(layoff.planReviewed)}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'laidOff', label: m.workersLaidOff, children: layoff.workersLaidOff },
          { key: 'workforce', label: m.workforce, children: layoff.workforce },
          {
            key: 'threshold',
            label: m.thresholdFinding,
            children: (
              <Space orientation="vertical" size={0}>
                <Tag color={layoff.reportable ? 'orange' : 'default'} data-testid="supervision-layoff-reportable">
                  {layoff.reportable ? m.reportable : m.notReportable}
                </Tag>
                <Typography.Text type="secondary">{layoff.thresholdFinding}</Typography.Text>
              </Space>
            ),
          },
          { key: 'ground', label: m.ground, children: labelOf(t.supervision.grounds, layoff.ground) },
          { key: 'explainedOn', label: m.explainedOn, children: layoff.explainedOn },
          { key: 'plannedOn', label: m.plannedOn, children: layoff.plannedOn },
          {
            key: 'advance',
            label: m.advanceKept,
            children: layoff.advanceExplanationKept ? (
              <Tag color="success">{m.kept}</Tag>
            ) : (
              <Tag color="error" data-testid="supervision-layoff-days-short">
                {m.short(layoff.daysShort)}
              </Tag>
            ),
          },
          {
            key: 'union',
            label: m.unionOpinionHeard,
            children: layoff.unionOpinionHeard ? t.supervision.yes : t.supervision.no,
          },
          {
            key: 'review',
            label: m.planReview,
            children: layoff.planReviewed ? (
              <Space orientation="vertical" size={0}>
                <Tag color="success">{m.planReviewed}</Tag>
                {layoff.protectedWorkersInPlan.length > 0 && (
                  <Typography.Text type="danger">
                    {m.protectedWorkers}：{layoff.protectedWorkersInPlan.join(t.common.listSeparator)}
                  </Typography.Text>
                )}
                {layoff.reviewFindings.map((finding) => (
                  <Typography.Text key={finding} type="secondary" {...testId('supervision-review-finding')}>
                    · {finding}
                  </Typography.Text>
                ))}
              </Space>
            ) : (
              m.notReviewed
            ),
          },
        ]}
      />
    </Card>
  );
}

/** A check's findings: the figures of its kind, measured on the day, and each breach found with its article. */
export function FindingsPanel({ matter }: { matter: SupervisionMatterView }) {
  const { t } = useI18n();
  const m = t.supervision.findings;
  const findings = matter.findings;
  if (!findings) return null;
  const figures = (() => {
    switch (matter.kind) {
      case 'MINIMUM_WAGE':
        return [
          {
            key: 'lowest',
            label: m.lowestMonthlyWage,
            children: `${formatFen(findings.lowestMonthlyWageFen)} ${t.supervision.yuan}`,
          },
          {
            key: 'minimum',
            label: m.minimumWage,
            children: `${formatFen(findings.minimumWageFen)} ${t.supervision.yuan}${findings.minimumWageSource ? `（${findings.minimumWageSource}）` : ''}`,
          },
        ];
      case 'LABOR_CONTRACTS':
        return [
          { key: 'without', label: m.workersWithoutWrittenContract, children: findings.workersWithoutWrittenContract },
        ];
      case 'LABOR_DISPATCH':
        return [
          { key: 'dispatched', label: m.dispatchedWorkers, children: findings.dispatchedWorkers },
          { key: 'contract', label: m.contractWorkers, children: findings.contractWorkers },
          {
            key: 'share',
            label: '',
            children: m.dispatchShare(dispatchShareOf(findings.dispatchedWorkers, findings.contractWorkers)),
          },
        ];
      case 'WORKING_HOURS':
        return [
          { key: 'day', label: m.maxOvertimeHoursPerDay, children: findings.maxOvertimeHoursPerDay },
          { key: 'month', label: m.maxOvertimeHoursPerMonth, children: findings.maxOvertimeHoursPerMonth },
        ];
      default:
        return [];
    }
  })();
  return (
    <Card
      size="small"
      title={m.title}
      data-testid="supervision-findings"
      data-breaches={findings.breaches.length}
      data-measured-on={findings.measuredOn}
    >
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'measuredOn', label: m.measuredOn, children: findings.measuredOn }, ...figures]}
      />
      <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
        {m.breaches}
      </Typography.Text>
      {findings.breaches.length === 0 ? (
        <Typography.Text type="secondary" data-testid="supervision-no-breaches">
          {m.noBreaches}
        </Typography.Text>
      ) : (
        findings.breaches.map((breach) => (
          <Typography.Paragraph
            key={breach}
            type="danger"
            style={{ marginBottom: 4 }}
            {...testId('supervision-breach')}
          >
            · {breach}
          </Typography.Paragraph>
        ))
      )}
    </Card>
  );
}

/** 404: the matter never went to labor-relations supervision; 503: not deployed. Neither is an error here. */
const noMatter = (failure: unknown) =>
  failure instanceof ApiRequestError && (failure.status === 404 || failure.status === 503);

/** On the matter page: where the supervision stands, and the way to its screen. */
export function StaffSupervisionPanel({ matterId, revision }: { matterId: string; revision: number }) {
  const { t } = useI18n();
  const m = t.supervision;
  const { data, error } = useLoad<SupervisionMatterView | undefined>(
    () =>
      staffApi.supervisionOfMatter(matterId).catch((failure: unknown) => {
        if (noMatter(failure)) return undefined;
        throw failure;
      }),
    [matterId, revision],
  );
  if (!data) return error ? <ErrorBanner error={error} /> : null;
  return (
    <Card
      title={m.matterPanel}
      size="small"
      data-testid="matter-supervision"
      data-status={data.status}
      data-supervision-id={data.supervisionId}
      extra={
        <Link
          to={`/staff/supervision-matters/${encodeURIComponent(data.supervisionId)}`}
          data-testid="matter-supervision-open"
        >
          {m.open}
        </Link>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'status',
            label: m.status,
            children: <SupervisionStatusTag status={data.status} testId="matter-supervision-status" />,
          },
          { key: 'number', label: m.number, children: <span className="ow-wrap">{data.number}</span> },
          ...(data.kind ? [{ key: 'kind', label: m.kind, children: labelOf(m.kinds, data.kind) }] : []),
          ...(data.conclusion
            ? [{ key: 'conclusion', label: m.conclusion.result, children: labelOf(m.conclusions, data.conclusion) }]
            : []),
        ]}
      />
    </Card>
  );
}
