// 审计日志 for auditors: every write and every look at personal data, searchable, read-only.
import type { AuditEntry } from '@onewindow/gateway-api';
import { Button, Col, DatePicker, Form, Input, Row, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { staffApi, type AuditQuery } from '../../api/endpoints';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TokenPager, useTokenPaging } from '../../components/TokenPager';
import { formatInstant } from '../../lib/format';
import { testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

interface AuditFilters {
  actor?: string;
  action?: string;
  target?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const OUTCOME_COLORS: Readonly<Record<string, string>> = { SUCCEEDED: 'success', REFUSED: 'warning', FAILED: 'error' };

export default function AuditPage() {
  const { t, countyName } = useI18n();
  const [filters, setFilters] = useState<Omit<AuditQuery, 'pageToken'>>({});
  const filterKey = JSON.stringify(filters);
  const paging = useTokenPaging(filterKey);
  const { data, error, loading } = useLoad(
    () => staffApi.audit({ ...filters, pageToken: paging.pageToken || undefined }),
    [filterKey, paging.pageToken],
  );

  const search = ({ actor, action, target, range }: AuditFilters) =>
    setFilters({
      actor: actor?.trim() || undefined,
      action: action?.trim() || undefined,
      target: target?.trim() || undefined,
      from: range?.[0]?.format('YYYY-MM-DD'),
      to: range?.[1]?.format('YYYY-MM-DD'),
    });

  return (
    <>
      <Typography.Title level={3}>{t.audit.title}</Typography.Title>
      <Form<AuditFilters> layout="vertical" onFinish={search} data-testid="audit-filters">
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="actor" label={t.audit.actor}>
              <Input allowClear data-testid="audit-actor" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="action" label={t.audit.action}>
              <Input allowClear placeholder="matter.personal-data.read" data-testid="audit-action" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="target" label={t.audit.target}>
              <Input allowClear data-testid="audit-target" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={9}>
            <Form.Item name="range" label={t.audit.range}>
              <DatePicker.RangePicker style={{ width: '100%' }} format="YYYY-MM-DD" data-testid="audit-range" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" style={{ marginBottom: 16 }} data-testid="audit-submit">
          {t.common.search}
        </Button>
      </Form>
      <ErrorBanner error={error} />
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.entries ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.audit.empty }}
        data-testid="audit-table"
        onRow={(entry) => testId('audit-row', { action: entry.action, actor: entry.actor, outcome: entry.outcome })}
        columns={[
          { key: 'at', title: t.audit.columns.at, render: (_, entry) => formatInstant(entry.at) },
          { key: 'actor', title: t.audit.columns.actor, dataIndex: 'actor' },
          {
            key: 'roles',
            title: t.audit.columns.roles,
            render: (_, entry) => (
              <Space size={2} wrap>
                {entry.roles.map((role) => (
                  <Tag key={role}>{labelOf(t.enums.roles, role)}</Tag>
                ))}
              </Space>
            ),
          },
          { key: 'action', title: t.audit.columns.action, render: (_, entry) => <code>{entry.action}</code> },
          { key: 'target', title: t.audit.columns.target, dataIndex: 'target' },
          {
            key: 'county',
            title: t.audit.columns.county,
            render: (_, entry) => (entry.countyCode ? countyName(entry.countyCode) : ''),
          },
          {
            key: 'outcome',
            title: t.audit.columns.outcome,
            render: (_, entry) => (
              <Tag color={OUTCOME_COLORS[entry.outcome]}>{labelOf(t.enums.auditOutcomes, entry.outcome)}</Tag>
            ),
          },
          // Refusals are counted per caller, route and minute; one entry may stand for many.
          {
            key: 'count',
            title: t.audit.columns.count,
            align: 'right',
            render: (_, entry) => <span data-testid="audit-count">{entry.count}</span>,
          },
          { key: 'ip', title: t.audit.columns.ip, dataIndex: 'ip' },
          {
            key: 'userAgent',
            title: t.audit.columns.userAgent,
            render: (_, entry) => (
              <Typography.Text ellipsis={{ tooltip: entry.userAgent }} style={{ maxWidth: 180 }}>
                {entry.userAgent}
              </Typography.Text>
            ),
          },
          {
            key: 'detail',
            title: t.audit.columns.detail,
            render: (_, entry) => <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>{entry.detail}</div>,
          },
        ]}
      />
      <TokenPager paging={paging} nextPageToken={data?.nextPageToken} testIdPrefix="audit" />
    </>
  );
}
