// 监察案件: the inspection cases of the caller's counties by status, oldest received first — each with its source
// (投诉/举报/主动监察), the employer, who brought it (a report's reporter sealed, 劳动保障监察条例 Art. 9) and the
// deadline that runs now (the acceptance decision, the investigation, the order's day); and the inspector's own
// case (主动监察, 条例 Art. 14).
import { PlusOutlined } from '@ant-design/icons';
import {
  INSPECTION_STATUSES,
  type InspectionCaseSummary,
  type InspectionCaseView,
  type InspectionStatus,
  type OpenInspectionCaseRequest,
} from '@onewindow/gateway-api';
import type { ClaimCategory } from '@onewindow/matter';
import { CLAIM_CATEGORIES } from '@onewindow/matter';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiRequestError } from '../../api/http';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { CaseStepForm, DateInput, dateItemProps } from '../../components/CaseStepForm';
import { DeadlineTag } from '../../components/DeadlineTag';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BroughtBy, InspectionSourceTag, InspectionStatusTag } from '../../components/InspectionPanels';
import { TokenPager, useTokenPaging } from '../../components/TokenPager';
import { employerInputOf, violationInputsOf, type EmployerValues } from '../../lib/inspection-forms';
import { yuanToFen } from '../../lib/money';
import { selectOptions, testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

export default function InspectionCasesPage() {
  const { t, countyName } = useI18n();
  const m = t.inspection;
  const { abilities } = useStaff();
  const [search, setSearch] = useSearchParams();
  const status = (search.get('status') ?? '') as InspectionStatus | '';
  const paging = useTokenPaging(status);
  const [opening, setOpening] = useState(false);
  const { data, error, reload } = useLoad(
    () => staffApi.inspectionCases({ status: status || undefined, pageToken: paging.pageToken || undefined }),
    [status, paging.pageToken],
  );
  const notDeployed = error instanceof ApiRequestError && error.status === 503;

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{m.listTitle}</Typography.Title>
        <Space wrap>
          <Select<InspectionStatus | ''>
            value={status}
            style={{ minWidth: 200 }}
            virtual={false}
            data-testid="inspection-cases-status"
            onChange={(next) => setSearch(next ? { status: next } : {})}
            options={selectOptions('inspection-cases-status', [
              ['', m.allStatuses] as const,
              ...INSPECTION_STATUSES.map((value) => [value, labelOf(m.statuses, value)] as const),
            ])}
          />
          <Button onClick={reload} data-testid="inspection-cases-refresh">
            {m.refresh}
          </Button>
          {abilities.inspect && !notDeployed && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpening(true)}
              data-testid="inspection-open-own"
            >
              {m.own.open}
            </Button>
          )}
        </Space>
      </Space>
      {notDeployed ? (
        <Alert type="info" showIcon title={m.notDeployed} data-testid="inspection-not-deployed" />
      ) : (
        <ErrorBanner error={error} />
      )}
      {data && (
        <Card size="small">
          {data.cases.length === 0 ? (
            <Empty description={m.empty} />
          ) : (
            <Table<InspectionCaseSummary>
              size="small"
              pagination={false}
              rowKey="caseId"
              dataSource={data.cases}
              data-testid="inspection-cases"
              onRow={(row) =>
                testId('inspection-case-row', {
                  'case-id': row.caseId,
                  status: row.status,
                  source: row.source,
                  'matter-number': row.matterNumber,
                })
              }
              columns={[
                {
                  key: 'number',
                  title: m.caseNumber,
                  render: (_, row) => (
                    <Link
                      to={`/staff/inspection-cases/${encodeURIComponent(row.caseId)}`}
                      data-testid="inspection-case-open"
                      className="ow-wrap"
                    >
                      {row.caseNumber || row.matterNumber || m.unfiled}
                    </Link>
                  ),
                },
                {
                  key: 'status',
                  title: m.status,
                  render: (_, row) => <InspectionStatusTag status={row.status} testId="inspection-case-row-status" />,
                },
                { key: 'source', title: m.source, render: (_, row) => <InspectionSourceTag source={row.source} /> },
                { key: 'employer', title: m.employer, dataIndex: 'employerName' },
                {
                  key: 'brought',
                  title: m.parties,
                  render: (_, row) => (
                    <BroughtBy
                      source={row.source}
                      complainantName={row.complainantName}
                      reporterSealed={row.reporterSealed}
                    />
                  ),
                },
                { key: 'county', title: t.detail.county, render: (_, row) => nowrap(countyName(row.countyCode)) },
                { key: 'receivedOn', title: m.receivedOn, render: (_, row) => nowrap(row.receivedOn) },
                {
                  key: 'due',
                  title: m.deadlines,
                  render: (_, row) =>
                    row.nextDue && row.status !== 'CONCLUDED' ? (
                      <DeadlineTag deadline={row.nextDue} />
                    ) : (
                      row.conclusion && labelOf(m.conclusions, row.conclusion)
                    ),
                },
              ]}
            />
          )}
          <TokenPager paging={paging} nextPageToken={data.nextPageToken} testIdPrefix="inspection-cases" />
        </Card>
      )}
      {opening && <OpenOwnCaseDialog onCancel={() => setOpening(false)} />}
    </>
  );
}

interface OwnCaseValues {
  countyCode?: string;
  employer?: EmployerValues;
  category?: ClaimCategory;
  description?: string;
  beganOn?: string;
  continuing?: boolean;
  amountOwedYuan?: string;
  facts?: string;
  workerCount?: number;
  migrantWorker?: boolean;
  origin?: string;
}

/** The request's fields the form shows; a violation's are the form's own (violations[0].beganOn → beganOn). */
const OWN_CASE_FIELDS = new Set([
  'countyCode',
  'employer.name',
  'employer.unifiedSocialCreditCode',
  'facts',
  'workerCount',
  'migrantWorker',
  'origin',
  'violations',
]);

/** 主动监察 (条例 Art. 14): a case the office opens itself, one violation to start from; it opens on its screen. */
function OpenOwnCaseDialog({ onCancel }: { onCancel: () => void }) {
  const { t, countyName } = useI18n();
  const m = t.inspection;
  const { user } = useStaff();
  const navigate = useNavigate();
  // One id per opening: a repeated submit (a lost answer) gets the one case.
  const [requestId] = useState(() => crypto.randomUUID());
  const required = [{ required: true, whitespace: true, message: m.required }];
  return (
    <Modal open footer={null} width={720} onCancel={onCancel} destroyOnHidden title={m.own.title}>
      <CaseStepForm<OwnCaseValues, InspectionCaseView>
        id="inspection-own-case"
        title={m.own.open}
        fields={OWN_CASE_FIELDS}
        renamed={{ amountOwedFen: 'amountOwedYuan' }}
        submitLabel={m.own.submit}
        initialValues={{
          countyCode: user.counties[0],
          category: 'WAGES',
          continuing: false,
          workerCount: 1,
          migrantWorker: false,
        }}
        submit={(values) => {
          const origin = (values.origin ?? '').trim();
          const body: OpenInspectionCaseRequest = {
            countyCode: values.countyCode ?? user.counties[0] ?? '',
            requestId,
            employer: employerInputOf(values.employer),
            violations: violationInputsOf([values]),
            facts: (values.facts ?? '').trim(),
            workerCount: values.workerCount ?? 1,
            migrantWorker: values.migrantWorker ?? false,
            ...(origin ? { origin } : {}),
          };
          return staffApi.openInspectionCase(body);
        }}
        onDone={(opened) => navigate(`/staff/inspection-cases/${encodeURIComponent(opened.caseId)}`)}
      >
        <Form.Item name="countyCode" label={m.own.county} rules={[{ required: true, message: m.required }]}>
          <Select
            virtual={false}
            data-testid="inspection-own-case-county"
            options={selectOptions(
              'inspection-own-case-county',
              user.counties.map((code) => [code, countyName(code)] as const),
            )}
          />
        </Form.Item>
        <Form.Item name={['employer', 'name']} label={m.material.employerName} rules={required}>
          <Input maxLength={200} data-testid="inspection-own-case-employer-name" />
        </Form.Item>
        <Form.Item name={['employer', 'unifiedSocialCreditCode']} label={m.material.uscc}>
          <Input maxLength={18} data-testid="inspection-own-case-employer-uscc" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="category" label={m.acceptance.category} rules={[{ required: true, message: m.required }]}>
            <Select
              style={{ minWidth: 220 }}
              virtual={false}
              data-testid="inspection-own-case-category"
              options={selectOptions(
                'inspection-own-case-category',
                CLAIM_CATEGORIES.map((category) => [category, labelOf(t.enums.categories, category)] as const),
              )}
            />
          </Form.Item>
          <Form.Item
            name="beganOn"
            label={m.acceptance.beganOn}
            rules={[{ required: true, message: m.required }]}
            {...dateItemProps}
          >
            <DateInput testId="inspection-own-case-began-on" />
          </Form.Item>
        </Space>
        <Form.Item name="continuing" valuePropName="checked">
          <Checkbox data-testid="inspection-own-case-continuing">{m.acceptance.continuing}</Checkbox>
        </Form.Item>
        <Form.Item name="description" label={m.acceptance.description} rules={required}>
          <Input maxLength={500} data-testid="inspection-own-case-description" />
        </Form.Item>
        <Form.Item
          name="amountOwedYuan"
          label={m.acceptance.amountOwedYuan}
          rules={[
            {
              validator: async (_: unknown, value: string | undefined) => {
                if ((value ?? '').trim() !== '' && yuanToFen((value ?? '').trim()) === undefined)
                  throw new Error(m.amountRule);
              },
            },
          ]}
        >
          <Input inputMode="decimal" data-testid="inspection-own-case-amount" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="workerCount" label={m.own.workerCount}>
            <InputNumber min={1} precision={0} data-testid="inspection-own-case-worker-count" />
          </Form.Item>
          <Form.Item name="migrantWorker" label=" " valuePropName="checked">
            <Checkbox data-testid="inspection-own-case-migrant-worker">{m.migrantWorker}</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item name="facts" label={m.own.facts} rules={required}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="inspection-own-case-facts" />
        </Form.Item>
        <Form.Item name="origin" label={m.own.origin}>
          <Input maxLength={200} placeholder={m.own.originPlaceholder} data-testid="inspection-own-case-origin" />
        </Form.Item>
      </CaseStepForm>
    </Modal>
  );
}
