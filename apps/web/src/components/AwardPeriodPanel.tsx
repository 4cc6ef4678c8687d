// 仲裁期限 on an accepted case (劳动争议调解仲裁法 Art. 43: 45 days from acceptance): the award due day with its
// countdown and the period's steps; for the tribunal (仲裁员) the one extension the chair approves in writing
// (办案规则 Art. 45), suspension on an Art. 47 ground and resumption; for the arbitration window the applicant's
// withdrawal (撤回, 办案规则 Art. 35), asked for once more before it is sent since it ends the case. Each form
// is a CaseStepForm: a 400's violations under their fields, a 409's or 403's reason in its banner.
import { todayInChina } from '@onewindow/calendar';
import {
  APPROVER_POSTS,
  SUSPENSION_GROUNDS,
  type ArbitrationCase,
  type SuspensionGround,
} from '@onewindow/gateway-api';
import { Alert, App, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { staffApi } from '../api/endpoints';
import { useI18n } from '../i18n/i18n';
import { approvalRequestOf, type ApprovalValues } from '../lib/award-period-forms';
import { selectOptions } from '../lib/test-id';
import { DeadlineTag } from './DeadlineTag';
import { ItemList } from './ItemList';
import { DateInput, dateItemProps, CaseStepForm } from './CaseStepForm';

interface Props {
  arbitrationCase: ArbitrationCase;
  /** Extension, suspension and resumption: the ARBITRATOR post. */
  mayManage: boolean;
  /** The withdrawal: the ARBITRATION_CLERK and ARBITRATOR posts. */
  mayWithdraw: boolean;
  onChanged: (next: ArbitrationCase) => void;
}

interface ExtensionValues extends ApprovalValues {
  days?: number;
  reason?: string;
}
interface SuspensionValues extends ApprovalValues {
  ground?: SuspensionGround;
  details?: string;
  suspendedOn?: string;
}
interface ResumptionValues {
  resumedOn?: string;
  reason?: string;
}
interface WithdrawalValues {
  withdrawnOn?: string;
  reason?: string;
  settled?: boolean;
}

const APPROVAL_FIELDS = ['approvedBy', 'approverPost', 'approvedOn'];
const EXTENSION_FIELDS = new Set(['days', 'reason', ...APPROVAL_FIELDS]);
const SUSPENSION_FIELDS = new Set(['ground', 'details', 'suspendedOn', ...APPROVAL_FIELDS]);
const RESUMPTION_FIELDS = new Set(['resumedOn', 'reason']);
const WITHDRAWAL_FIELDS = new Set(['withdrawnOn', 'reason', 'settled']);

const trimmed = (value: string | undefined) => (value ?? '').trim();
const today = () => todayInChina(new Date());
const afterToday = (day: Dayjs) => day.format('YYYY-MM-DD') > today();

export function AwardPeriodPanel({ arbitrationCase: c, mayManage, mayWithdraw, onChanged }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const a = t.awardPeriod;
  const steps = c.awardPeriodSteps ?? [];
  const suspended = Boolean(c.suspendedSince);
  const done = (text: string) => (next: ArbitrationCase) => {
    message.success(text);
    onChanged(next);
  };
  const approvalDefaults: ApprovalValues = { approverPost: 'COMMITTEE_CHAIR', approvedOn: today() };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', marginTop: 12 }} data-testid="award-period">
      <Typography.Text strong>{a.title}</Typography.Text>
      <Typography.Text type="secondary">{a.hint}</Typography.Text>
      {c.awardDue && (
        <Space size={4} wrap data-testid="award-due" data-due-on={c.awardDue.dueOn}>
          <Typography.Text type="secondary">{a.due}</Typography.Text>
          <DeadlineTag deadline={c.awardDue} />
        </Space>
      )}
      {suspended && (
        <Alert
          type="warning"
          showIcon
          title={a.suspended(c.suspendedSince!)}
          data-testid="award-suspended"
          data-suspended-since={c.suspendedSince}
        />
      )}
      {steps.length > 0 ? (
        <ItemList
          items={steps}
          header={a.steps}
          itemKey={(_, index) => index}
          itemAttributes={() => ({ 'data-testid': 'award-period-step' })}
        >
          {(step) => step}
        </ItemList>
      ) : (
        <Typography.Text type="secondary" data-testid="award-period-no-steps">
          {a.noSteps}
        </Typography.Text>
      )}

      {mayManage && !suspended && (
        <CaseStepForm<ExtensionValues, ArbitrationCase>
          id="award-extension"
          title={a.extend.title}
          fields={EXTENSION_FIELDS}
          initialValues={approvalDefaults}
          submitLabel={a.extend.submit}
          submit={(values) =>
            staffApi.extendAwardPeriod(c.caseId, {
              days: values.days ?? 0,
              reason: trimmed(values.reason),
              ...approvalRequestOf(values),
            })
          }
          onDone={done(a.extend.done)}
        >
          <Typography.Paragraph type="secondary">{a.extend.hint}</Typography.Paragraph>
          <Space wrap align="start" size={16}>
            <Form.Item name="days" label={a.extend.days} rules={[{ required: true, message: a.required }]}>
              <InputNumber min={1} max={15} precision={0} data-testid="award-extension-days" />
            </Form.Item>
          </Space>
          <Form.Item
            name="reason"
            label={a.extend.reason}
            rules={[{ required: true, whitespace: true, message: a.required }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="award-extension-reason" />
          </Form.Item>
          <ApprovalFields id="award-extension" />
        </CaseStepForm>
      )}

      {mayManage && !suspended && (
        <CaseStepForm<SuspensionValues, ArbitrationCase>
          id="award-suspension"
          title={a.suspend.title}
          fields={SUSPENSION_FIELDS}
          initialValues={{ ...approvalDefaults, suspendedOn: today() }}
          submitLabel={a.suspend.submit}
          submit={(values) =>
            staffApi.suspendProceedings(c.caseId, {
              ground: values.ground!,
              details: trimmed(values.details),
              suspendedOn: trimmed(values.suspendedOn),
              ...approvalRequestOf(values),
            })
          }
          onDone={done(a.suspend.done)}
        >
          <Typography.Paragraph type="secondary">{a.suspend.hint}</Typography.Paragraph>
          <Form.Item name="ground" label={a.suspend.ground} rules={[{ required: true, message: a.required }]}>
            <Select
              data-testid="award-suspension-ground"
              virtual={false}
              popupMatchSelectWidth={false}
              options={selectOptions(
                'award-suspension-ground',
                SUSPENSION_GROUNDS.map((ground) => [ground, a.grounds[ground]] as const),
              )}
            />
          </Form.Item>
          <Form.Item
            name="details"
            label={a.suspend.details}
            rules={[{ required: true, whitespace: true, message: a.required }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="award-suspension-details" />
          </Form.Item>
          <Form.Item
            name="suspendedOn"
            label={a.suspend.suspendedOn}
            rules={[{ required: true, message: a.required }]}
            {...dateItemProps}
          >
            <DateInput testId="award-suspension-suspended-on" />
          </Form.Item>
          <ApprovalFields id="award-suspension" />
        </CaseStepForm>
      )}

      {mayManage && suspended && (
        <CaseStepForm<ResumptionValues, ArbitrationCase>
          id="award-resumption"
          title={a.resume.title}
          fields={RESUMPTION_FIELDS}
          initialValues={{ resumedOn: today() }}
          submitLabel={a.resume.submit}
          submit={(values) =>
            staffApi.resumeProceedings(c.caseId, {
              resumedOn: trimmed(values.resumedOn),
              reason: trimmed(values.reason),
            })
          }
          onDone={done(a.resume.done)}
        >
          <Typography.Paragraph type="secondary">{a.resume.hint}</Typography.Paragraph>
          <Form.Item
            name="resumedOn"
            label={a.resume.resumedOn}
            rules={[{ required: true, message: a.required }]}
            {...dateItemProps}
          >
            <DateInput testId="award-resumption-resumed-on" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={a.resume.reason}
            rules={[{ required: true, whitespace: true, message: a.required }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="award-resumption-reason" />
          </Form.Item>
        </CaseStepForm>
      )}

      {mayWithdraw && (
        <CaseStepForm<WithdrawalValues, ArbitrationCase>
          id="case-withdrawal"
          title={a.withdraw.title}
          fields={WITHDRAWAL_FIELDS}
          initialValues={{ withdrawnOn: today(), settled: false }}
          submitLabel={a.withdraw.submit}
          confirm={a.withdraw.confirm}
          submit={(values) =>
            staffApi.withdrawApplication(c.caseId, {
              withdrawnOn: trimmed(values.withdrawnOn),
              reason: trimmed(values.reason),
              settled: values.settled ?? false,
            })
          }
          onDone={done(a.withdraw.done)}
        >
          <Typography.Paragraph type="secondary">{a.withdraw.hint}</Typography.Paragraph>
          <Form.Item
            name="withdrawnOn"
            label={a.withdraw.withdrawnOn}
            rules={[{ required: true, message: a.required }]}
            {...dateItemProps}
          >
            <DateInput testId="case-withdrawal-withdrawn-on" disabledDate={afterToday} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={a.withdraw.reason}
            rules={[{ required: true, whitespace: true, message: a.required }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="case-withdrawal-reason" />
          </Form.Item>
          <Form.Item name="settled" valuePropName="checked">
            <Checkbox data-testid="case-withdrawal-settled">{a.withdraw.settled}</Checkbox>
          </Form.Item>
        </CaseStepForm>
      )}
    </Space>
  );
}

/** The chair's written approval (书面批准): who (the signed-in user when left empty), in what post, on which day. */
function ApprovalFields({ id }: { id: string }) {
  const { t } = useI18n();
  const a = t.awardPeriod.approval;
  return (
    <Space wrap align="start" size={16}>
      <Form.Item name="approvedBy" label={a.approvedBy} extra={a.approvedByHint}>
        <Input maxLength={128} placeholder="chair.zengdu" data-testid={`${id}-approved-by`} />
      </Form.Item>
      <Form.Item
        name="approverPost"
        label={a.approverPost}
        rules={[{ required: true, message: t.awardPeriod.required }]}
      >
        <Select
          data-testid={`${id}-approver-post`}
          virtual={false}
          popupMatchSelectWidth={false}
          style={{ minWidth: 200 }}
          options={selectOptions(
            `${id}-approver-post`,
            APPROVER_POSTS.map((post) => [post, a.posts[post]] as const),
          )}
        />
      </Form.Item>
      <Form.Item
        name="approvedOn"
        label={a.approvedOn}
        rules={[{ required: true, message: t.awardPeriod.required }]}
        {...dateItemProps}
      >
        <DateInput testId={`${id}-approved-on`} disabledDate={afterToday} />
      </Form.Item>
    </Space>
  );
}
