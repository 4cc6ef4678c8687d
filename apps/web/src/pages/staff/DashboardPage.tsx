// 统计看板 for the duty supervisor: matters by claim category and by the path they took, the same-day
// acceptance rate the center promises for wage arrears, work injury and major collective disputes,
// what is overdue now, and where the county deploys mediation its figures (seed 五(四)).
import type { CountBy, MediationStatistics, QueueItem } from '@onewindow/gateway-api';
import { Card, Col, Empty, Progress, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Results';
import { selectOptions, testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const BAR_HEIGHT = 34;

export default function DashboardPage() {
  const { t, countyName } = useI18n();
  const { user } = useStaff();
  const [county, setCounty] = useState<string>();
  const { data, error, loading } = useLoad(() => staffApi.dashboard(county), [county]);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t.dashboard.title}</Typography.Title>
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t.dashboard.allCounties}
          value={county}
          onChange={setCounty}
          data-testid="dashboard-county"
          options={selectOptions(
            'dashboard-county',
            user.counties.map((code) => [code, countyName(code)] as const),
          )}
        />
      </Space>
      <ErrorBanner error={error} />
      {!data && loading && <Loading />}
      {data && (
        <Row gutter={[16, 16]} style={{ opacity: loading ? 0.6 : 1 }}>
          <Col xs={24} md={12}>
            <Card size="small">
              <Statistic title={t.dashboard.total} value={data.mattersTotal} data-testid="dashboard-total" />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card size="small">
              <SameDayAcceptance {...data.sameDayAcceptance} />
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t.dashboard.deadlinesHint}>
              <Space size="large">
                <Statistic
                  title={t.dashboard.deadlinesWarned}
                  value={data.deadlineAlerts.warned}
                  data-testid="dashboard-deadlines-warned"
                />
                <Statistic
                  title={t.dashboard.deadlinesBreached}
                  value={data.deadlineAlerts.breached}
                  valueStyle={data.deadlineAlerts.breached > 0 ? { color: '#cf1322' } : undefined}
                  data-testid="dashboard-deadlines-breached"
                />
              </Space>
            </Card>
          </Col>
          {data.mediation && (
            <Col xs={24}>
              <MediationFigures figures={data.mediation} />
            </Col>
          )}
          <Col xs={24} lg={12}>
            <Card size="small" title={t.dashboard.byCategory}>
              <CountChart
                testId="dashboard-by-category"
                counts={data.byCategory}
                label={(key) => labelOf(t.enums.categories, key)}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t.dashboard.byPath}>
              <CountChart
                testId="dashboard-by-path"
                counts={data.byPath}
                label={(key) => labelOf(t.enums.targets, key)}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card size="small" title={t.dashboard.overdue}>
              <OverdueTable items={data.overdue} />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

function SameDayAcceptance({ accepted, sameDay, rate }: { accepted: number; sameDay: number; rate: number }) {
  const { t } = useI18n();
  // From the counts, so the figure cannot disagree with the line under it.
  const percent = accepted > 0 ? Math.round((sameDay / accepted) * 1000) / 10 : 0;
  return (
    <Space align="center" size="large" wrap data-testid="dashboard-same-day" data-rate={rate}>
      <Progress type="circle" size={88} percent={percent} format={(p) => `${p}%`} />
      <Space orientation="vertical" size={0}>
        <Typography.Text strong>{t.dashboard.sameDayRate}</Typography.Text>
        <Typography.Text>{t.dashboard.sameDayDetail(sameDay, accepted)}</Typography.Text>
        <Typography.Text type="secondary">{t.dashboard.sameDayHint}</Typography.Text>
      </Space>
    </Space>
  );
}

/** 调解: success rate (resolved / concluded), days to agreement, agreements performed or not, open, breaches. */
function MediationFigures({ figures }: { figures: MediationStatistics }) {
  const { t } = useI18n();
  const m = t.mediation.dashboard;
  // From the counts, so the figure cannot disagree with the line under it.
  const percent = figures.concluded > 0 ? Math.round((figures.resolved / figures.concluded) * 1000) / 10 : 0;
  return (
    <Card size="small" title={m.title} data-testid="dashboard-mediation">
      <Space size="large" wrap align="center">
        <Space
          align="center"
          size="middle"
          data-testid="dashboard-mediation-success-rate"
          data-rate={figures.successRate}
        >
          <Progress type="circle" size={88} percent={percent} format={(p) => `${p}%`} />
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>{m.successRate}</Typography.Text>
            <Typography.Text>{m.successDetail(figures.resolved, figures.concluded)}</Typography.Text>
          </Space>
        </Space>
        <Statistic
          title={m.averageDays}
          value={figures.averageDaysToAgreement}
          precision={1}
          suffix={m.days}
          data-testid="dashboard-mediation-average-days"
        />
        <Space orientation="vertical" size={0}>
          <Space size="large">
            <Statistic
              title={m.performed}
              value={figures.agreementsPerformed}
              data-testid="dashboard-mediation-performed"
            />
            <Statistic
              title={m.notPerformed}
              value={figures.agreementsNotPerformed}
              valueStyle={figures.agreementsNotPerformed > 0 ? { color: '#cf1322' } : undefined}
              data-testid="dashboard-mediation-not-performed"
            />
          </Space>
          <Typography.Text type="secondary">{m.agreements(figures.agreements)}</Typography.Text>
        </Space>
        <Statistic title={m.open} value={figures.open} data-testid="dashboard-mediation-open" />
        <Statistic
          title={m.breaches}
          value={figures.periodBreaches}
          valueStyle={figures.periodBreaches > 0 ? { color: '#cf1322' } : undefined}
          data-testid="dashboard-mediation-breaches"
        />
      </Space>
    </Card>
  );
}

function CountChart({
  counts,
  label,
  testId: id,
}: {
  counts: CountBy[];
  label: (key: string) => string;
  testId: string;
}) {
  const { t } = useI18n();
  if (counts.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} data-testid={id} data-count={0} />;
  const rows = [...counts]
    .sort((a, b) => b.count - a.count)
    .map((c) => ({ key: c.key, name: label(c.key), count: c.count }));
  return (
    <div data-testid={id} data-count={counts.length} style={{ width: '100%' }}>
      <ResponsiveContainer width="100%" height={rows.length * BAR_HEIGHT + 40}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Bar dataKey="count" name={t.dashboard.count} fill="#1f5fbf" barSize={18} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function OverdueTable({ items }: { items: QueueItem[] }) {
  const { t, countyName } = useI18n();
  return (
    <Table<QueueItem>
      size="small"
      rowKey={(item) => item.referralId ?? item.caseId ?? `${item.matterId}:${item.title}`}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t.dashboard.overdueEmpty }}
      data-testid="dashboard-overdue"
      onRow={(item) => testId('overdue-row', { 'matter-number': item.matterNumber })}
      columns={[
        {
          key: 'matterNumber',
          title: t.matters.columns.matterNumber,
          render: (_, item) => (
            <Link to={`/staff/matters/${encodeURIComponent(item.matterNumber)}`}>{item.matterNumber}</Link>
          ),
        },
        { key: 'county', title: t.matters.columns.county, render: (_, item) => countyName(item.countyCode) },
        { key: 'title', title: t.dashboard.item, dataIndex: 'title' },
        {
          key: 'due',
          title: t.queues.due,
          render: (_, item) => <Tag color="red">{item.dueOn}</Tag>,
        },
      ]}
    />
  );
}
