// 劳动关系监管: the supervision matters of the caller's counties by status and kind, oldest opened first, and the
// officer's own-initiative work: a layoff report an employer files (登记裁员报告, 劳动合同法 Art. 41) and a
// supervisory check the office opens (开展专项检查). Each opens on its screen.
import { AuditOutlined, FileAddOutlined } from '@ant-design/icons';
import {
  SUPERVISION_KINDS,
  SUPERVISION_STATUSES,
  type SupervisionKind,
  type SupervisionMatterSummary,
  type SupervisionMatterView,
  type SupervisionStatus,
} from '@onewindow/gateway-api';
import { Alert, Button, Card, Empty, Form, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiRequestError } from '../../api/http';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { CaseStepForm } from '../../components/CaseStepForm';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SupervisionStatusTag } from '../../components/SupervisionPanels';
import {
  CHECK_FIELDS,
  CheckFields,
  LAYOFF_FIELDS,
  LayoffFields,
  layoffInputOf,
  type CheckValues,
  type LayoffValues,
} from '../../components/SupervisionSteps';
import { TokenPager, useTokenPaging } from '../../components/TokenPager';
import { employerInputOf } from '../../lib/inspection-forms';
import { selectOptions, testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

export default function SupervisionMattersPage() {
  const { t, countyName } = useI18n();
  const m = t.supervision;
  const { abilities } = useStaff();
  const [search, setSearch] = useSearchParams();
  const status = (search.get('status') ?? '') as SupervisionStatus | '';
  const kind = (search.get('kind') ?? '') as SupervisionKind | '';
  const paging = useTokenPaging(`${status}:${kind}`);
  const [dialog, setDialog] = useState<'layoff' | 'check'>();
  const { data, error, reload } = useLoad(
    () =>
      staffApi.supervisionMatters({
        status: status || undefined,
        kind: kind || undefined,
        pageToken: paging.pageToken || undefined,
      }),
    [status, kind, paging.pageToken],
  );
  const notDeployed = error instanceof ApiRequestError && error.status === 503;
  const filter = (name: 'status' | 'kind', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next);
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{m.listTitle}</Typography.Title>
        <Space wrap>
          <Select<string>
            value={status}
            style={{ minWidth: 160 }}
            virtual={false}
            data-testid="supervision-matters-status"
            onChange={(value) => filter('status', value)}
            options={selectOptions('supervision-matters-status', [
              ['', m.allStatuses] as const,
              ...SUPERVISION_STATUSES.map((value) => [value, labelOf(m.statuses, value)] as const),
            ])}
          />
          <Select<string>
            value={kind}
            style={{ minWidth: 180 }}
            virtual={false}
            data-testid="supervision-matters-kind"
            onChange={(value) => filter('kind', value)}
            options={selectOptions('supervision-matters-kind', [
              ['', m.allKinds] as const,
              ...SUPERVISION_KINDS.map((value) => [value, labelOf(m.kinds, value)] as const),
            ])}
          />
          <Button onClick={reload} data-testid="supervision-matters-refresh">
            {m.refresh}
          </Button>
          {abilities.superviseLaborRelations && !notDeployed && (
            <>
              <Button
                icon={<FileAddOutlined />}
                onClick={() => setDialog('layoff')}
                data-testid="supervision-file-layoff-open"
              >
                {m.registerLayoff}
              </Button>
              <Button
                type="primary"
                icon={<AuditOutlined />}
                onClick={() => setDialog('check')}
                data-testid="supervision-open-check-open"
              >
                {m.openCheck}
              </Button>
            </>
          )}
        </Space>
      </Space>
      {notDeployed ? (
        <Alert type="info" showIcon title={m.notDeployed} data-testid="supervision-not-deployed" />
      ) : (
        <ErrorBanner error={error} />
      )}
      {data && (
        <Card size="small">
          {data.matters.length === 0 ? (
            <Empty description={m.empty} />
          ) : (
            <Table<SupervisionMatterSummary>
              size="small"
              pagination={false}
              rowKey="supervisionId"
              dataSource={data.matters}
              data-testid="supervision-matters"
              onRow={(row) =>
                testId('supervision-matter-row', {
                  'supervision-id': row.supervisionId,
                  status: row.status,
                  kind: row.kind,
                })
              }
              columns={[
                {
                  key: 'number',
                  title: m.number,
                  render: (_, row) => (
                    <Link
                      to={`/staff/supervision-matters/${encodeURIComponent(row.supervisionId)}`}
                      data-testid="supervision-matter-open"
                      className="ow-wrap"
                    >
                      {row.number || row.matterNumber}
                    </Link>
                  ),
                },
                {
                  key: 'status',
                  title: m.status,
                  render: (_, row) => (
                    <SupervisionStatusTag status={row.status} testId="supervision-matter-row-status" />
                  ),
                },
                { key: 'kind', title: m.kind, render: (_, row) => (row.kind ? labelOf(m.kinds, row.kind) : '') },
                { key: 'employer', title: m.employer, dataIndex: 'employerName' },
                { key: 'county', title: m.county, render: (_, row) => nowrap(countyName(row.countyCode)) },
                { key: 'openedOn', title: m.openedOn, render: (_, row) => nowrap(row.openedOn) },
                {
                  key: 'conclusion',
                  title: m.conclusion.result,
                  render: (_, row) => (row.conclusion ? labelOf(m.conclusions, row.conclusion) : ''),
                },
              ]}
            />
          )}
          <TokenPager paging={paging} nextPageToken={data.nextPageToken} testIdPrefix="supervision-matters" />
        </Card>
      )}
      {dialog === 'layoff' && <FileLayoffDialog onCancel={() => setDialog(undefined)} />}
      {dialog === 'check' && <OpenCheckDialog onCancel={() => setDialog(undefined)} />}
    </>
  );
}

// The own-initiative forms take the county besides the fields of a referral's step.
const OWN_LAYOFF_FIELDS = new Set([...LAYOFF_FIELDS, 'countyCode']);
const OWN_CHECK_FIELDS = new Set([...CHECK_FIELDS, 'countyCode']);

/** The county the work is for: the officer's first, or one of theirs. */
function CountyField({ prefix }: { prefix: string }) {
  const { t, countyName } = useI18n();
  const { user } = useStaff();
  return (
    <Form.Item
      name="countyCode"
      label={t.supervision.county}
      rules={[{ required: true, message: t.supervision.required }]}
    >
      <Select
        virtual={false}
        data-testid={`${prefix}-county`}
        options={selectOptions(
          `${prefix}-county`,
          user.counties.map((code) => [code, countyName(code)] as const),
        )}
      />
    </Form.Item>
  );
}

function FileLayoffDialog({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const { user } = useStaff();
  const navigate = useNavigate();
  // One id per report: a repeated submit (a lost answer) gets the one matter.
  const [requestId] = useState(() => crypto.randomUUID());
  return (
    <Modal open footer={null} width={820} onCancel={onCancel} destroyOnHidden title={t.supervision.registerLayoff}>
      <CaseStepForm<LayoffValues & { countyCode?: string }, SupervisionMatterView>
        id="supervision-file-layoff"
        title={t.supervision.layoff.title}
        fields={OWN_LAYOFF_FIELDS}
        initialValues={{ countyCode: user.counties[0], unionOpinionHeard: false }}
        submitLabel={t.supervision.layoff.submit}
        submit={(values) =>
          staffApi.fileLayoffReport({
            countyCode: values.countyCode ?? user.counties[0] ?? '',
            requestId,
            ...layoffInputOf(values),
          })
        }
        onDone={(filed) => navigate(`/staff/supervision-matters/${encodeURIComponent(filed.supervisionId)}`)}
      >
        <CountyField prefix="supervision-file-layoff" />
        <LayoffFields prefix="supervision-file-layoff" />
      </CaseStepForm>
    </Modal>
  );
}

function OpenCheckDialog({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const { user } = useStaff();
  const navigate = useNavigate();
  const [requestId] = useState(() => crypto.randomUUID());
  return (
    <Modal open footer={null} width={820} onCancel={onCancel} destroyOnHidden title={t.supervision.openCheck}>
      <CaseStepForm<CheckValues & { countyCode?: string }, SupervisionMatterView>
        id="supervision-open-check"
        title={t.supervision.check.title}
        fields={OWN_CHECK_FIELDS}
        initialValues={{ countyCode: user.counties[0] }}
        submitLabel={t.supervision.check.submit}
        submit={(values) =>
          staffApi.openOwnCheck({
            countyCode: values.countyCode ?? user.counties[0] ?? '',
            requestId,
            kind: values.kind ?? 'MINIMUM_WAGE',
            employer: employerInputOf(values.employer),
          })
        }
        onDone={(opened) => navigate(`/staff/supervision-matters/${encodeURIComponent(opened.supervisionId)}`)}
      >
        <CountyField prefix="supervision-open-check" />
        <CheckFields prefix="supervision-open-check" />
      </CaseStepForm>
    </Modal>
  );
}
