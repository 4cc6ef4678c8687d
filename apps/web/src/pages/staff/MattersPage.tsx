// 事项查询: search the matters of the user's counties by county, stage, kind, text or a whole identity
// number; pages follow the gateway's page tokens. Filters live in the address, so Back keeps them.
import type { MatterSummary } from '@onewindow/gateway-api';
import { MATTER_KINDS } from '@onewindow/matter';
import { Button, Col, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { staffApi, type MatterQuery } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { ErrorBanner } from '../../components/ErrorBanner';
import { StageTag } from '../../components/StageTag';
import { TokenPager, useTokenPaging } from '../../components/TokenPager';
import { formatInstant } from '../../lib/format';
import { selectOptions, testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const FILTERS = ['county', 'stage', 'kind', 'q', 'identityNumber'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
const PAGE_SIZE = 20;

export default function MattersPage() {
  const { t, countyName } = useI18n();
  const { user, abilities } = useStaff();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();
  const filters: Filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  const filterKey = params.toString();
  const paging = useTokenPaging(filterKey);

  // The form shows the filters in the address (after Back, or a reset).
  useEffect(() => form.setFieldsValue(filters), [filterKey]);

  const query: MatterQuery = { ...filters, pageSize: PAGE_SIZE, pageToken: paging.pageToken || undefined };
  const { data, error, loading } = useLoad(() => staffApi.matters(query), [filterKey, paging.pageToken]);

  const search = (values: Filters) => {
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = values[name]?.trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };

  return (
    <>
      <Typography.Title level={3}>{t.matters.title}</Typography.Title>
      <Form form={form} layout="vertical" onFinish={search} data-testid="matters-filters">
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item name="county" label={t.matters.county}>
              <Select
                allowClear
                placeholder={t.matters.allCounties}
                data-testid="filter-county"
                options={selectOptions(
                  'filter-county',
                  user.counties.map((code) => [code, countyName(code)] as const),
                )}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="stage" label={t.matters.stage}>
              <Select
                allowClear
                placeholder={t.common.all}
                data-testid="filter-stage"
                options={selectOptions('filter-stage', Object.entries(t.enums.stages))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item name="kind" label={t.matters.kind}>
              <Select
                allowClear
                placeholder={t.common.all}
                data-testid="filter-kind"
                options={selectOptions(
                  'filter-kind',
                  MATTER_KINDS.map((kind) => [kind, t.enums.kinds[kind]] as const),
                )}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="q" label={t.matters.q}>
              <Input allowClear placeholder={t.matters.qPlaceholder} data-testid="filter-q" />
            </Form.Item>
          </Col>
          {/* Searching by identity number uses personal data: only the posts that may see it. */}
          {abilities.personalData && (
            <Col xs={24} sm={12} lg={6}>
              <Form.Item
                name="identityNumber"
                label={t.matters.identityNumber}
                rules={[{ pattern: /^\d{17}[\dXx]$/, message: t.form.rules.identityNumber }]}
              >
                <Input
                  allowClear
                  maxLength={18}
                  placeholder={t.matters.identityPlaceholder}
                  data-testid="filter-identity-number"
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" htmlType="submit" data-testid="filter-submit">
            {t.common.search}
          </Button>
          <Button onClick={() => setParams(new URLSearchParams())} data-testid="filter-reset">
            {t.common.reset}
          </Button>
        </Space>
      </Form>

      <ErrorBanner error={error} />
      <Table<MatterSummary>
        rowKey="matterId"
        loading={loading}
        dataSource={data?.matters ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.matters.empty }}
        data-testid="matters-table"
        onRow={(matter) => testId('matter-row', { 'matter-number': matter.matterNumber, county: matter.countyCode })}
        columns={[
          {
            key: 'matterNumber',
            title: t.matters.columns.matterNumber,
            render: (_, matter) => (
              <Link to={`/staff/matters/${encodeURIComponent(matter.matterNumber)}`} data-testid="matter-link">
                {matter.matterNumber}
              </Link>
            ),
          },
          {
            key: 'registeredAt',
            title: t.matters.columns.registeredAt,
            render: (_, matter) => formatInstant(matter.registeredAt),
          },
          { key: 'county', title: t.matters.columns.county, render: (_, matter) => countyName(matter.countyCode) },
          { key: 'applicant', title: t.matters.columns.applicant, dataIndex: 'applicantName' },
          { key: 'employer', title: t.matters.columns.employer, dataIndex: 'employerName' },
          {
            key: 'kind',
            title: t.matters.columns.kind,
            render: (_, matter) => labelOf(t.enums.kinds, matter.kind),
          },
          { key: 'stage', title: t.matters.columns.stage, render: (_, matter) => <StageTag stage={matter.stage} /> },
        ]}
      />
      <TokenPager paging={paging} nextPageToken={data?.nextPageToken} testIdPrefix="matters" />
    </>
  );
}
