// The steps of a labor-relations supervision matter (劳动关系监管), one form at a time: on a taken referral the
// layoff report's registration (劳动合同法 Art. 41) or a supervisory check's opening; then the plan's review
// (Arts. 41 para 2, 42) or the check's findings, whose form follows the check's kind; then the conclusion
// (compliant, guidance with its items and correct-by day, or a referral to labor inspection). The fields of the
// layoff report and of a check's opening are shared with the officer's own-initiative dialogs.
import {
  SUPERVISION_CONCLUSIONS,
  SUPERVISORY_CHECK_KINDS,
  type SupervisionConclusion,
  type SupervisionMatterView,
  type SupervisoryCheckKind,
} from '@onewindow/gateway-api';
import { todayInChina } from '@onewindow/calendar';
import { Alert, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ComponentType } from 'react';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import {
  employerInputOf,
  findingsRequestOf,
  linesOf,
  type EmployerValues,
  type FindingsValues,
  type SupervisionStep,
} from '../lib/inspection-forms';
import { yuanToFen } from '../lib/money';
import { CaseStepForm, DateInput, dateItemProps } from './CaseStepForm';
import { EmployerFields } from './InspectionSteps';

export interface SupervisionStepProps {
  matter: SupervisionMatterView;
  onChanged: (next: SupervisionMatterView) => void;
}

const trimmed = (value: string | undefined) => (value ?? '').trim();
const today = () => todayInChina(new Date());
const afterToday = (day: Dayjs) => day.format('YYYY-MM-DD') > today();
const notAfterToday = (day: Dayjs) => day.format('YYYY-MM-DD') <= today();

// ---------- 裁员报告 (劳动合同法 Art. 41) ----------

export interface LayoffValues {
  employer?: EmployerValues;
  workersLaidOff?: number;
  workforce?: number;
  ground?: string;
  explainedOn?: string;
  plannedOn?: string;
  unionOpinionHeard?: boolean;
}
export const LAYOFF_FIELDS = new Set([
  'employer.name',
  'employer.unifiedSocialCreditCode',
  'employer.address',
  'employer.legalRepresentative',
  'workersLaidOff',
  'workforce',
  'ground',
  'explainedOn',
  'plannedOn',
  'unionOpinionHeard',
]);

/** The report as a request carries it (the thresholds and the 30 days are the service's to judge). */
export function layoffInputOf(values: LayoffValues) {
  return {
    employer: employerInputOf(values.employer),
    workersLaidOff: values.workersLaidOff ?? 0,
    workforce: values.workforce ?? 0,
    ground: trimmed(values.ground),
    explainedOn: trimmed(values.explainedOn),
    plannedOn: trimmed(values.plannedOn),
    unionOpinionHeard: values.unionOpinionHeard ?? false,
  };
}

export function LayoffFields({ prefix }: { prefix: string }) {
  const { t } = useI18n();
  const s = t.supervision;
  const m = s.layoff;
  const required = [{ required: true, message: s.required }];
  return (
    <>
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <EmployerFields prefix={prefix} labels={s} />
      <Space wrap align="start" size={12}>
        <Form.Item name="workersLaidOff" label={m.workersLaidOff} rules={required}>
          <InputNumber min={1} precision={0} data-testid={`${prefix}-workers-laid-off`} />
        </Form.Item>
        <Form.Item name="workforce" label={m.workforce} rules={required}>
          <InputNumber min={1} precision={0} data-testid={`${prefix}-workforce`} />
        </Form.Item>
        <Form.Item name="ground" label={m.ground} rules={required}>
          <Select
            style={{ minWidth: 300 }}
            virtual={false}
            data-testid={`${prefix}-ground`}
            options={Object.entries(s.grounds).map(([value, label], index) => ({
              value,
              label,
              'data-testid': `${prefix}-ground-option-${index}`,
            }))}
          />
        </Form.Item>
      </Space>
      <Space wrap align="start" size={12}>
        <Form.Item name="explainedOn" label={m.explainedOn} rules={required} {...dateItemProps}>
          <DateInput testId={`${prefix}-explained-on`} disabledDate={afterToday} />
        </Form.Item>
        <Form.Item name="plannedOn" label={m.plannedOn} rules={required} {...dateItemProps}>
          <DateInput testId={`${prefix}-planned-on`} />
        </Form.Item>
        <Form.Item name="unionOpinionHeard" label=" " valuePropName="checked">
          <Checkbox data-testid={`${prefix}-union-opinion-heard`}>{m.unionOpinionHeard}</Checkbox>
        </Form.Item>
      </Space>
    </>
  );
}

export function RegisterLayoffStep({ matter, onChanged }: SupervisionStepProps) {
  const { t } = useI18n();
  return (
    <CaseStepForm<LayoffValues, SupervisionMatterView>
      id="supervision-layoff"
      title={t.supervision.check.layoffOnReferral}
      fields={LAYOFF_FIELDS}
      initialValues={{ employer: { ...matter.employer }, unionOpinionHeard: false }}
      submitLabel={t.supervision.layoff.submit}
      submit={(values) =>
        staffApi.registerLayoffReport(matter.supervisionId, {
          expectedVersion: matter.version,
          ...layoffInputOf(values),
        })
      }
      onDone={onChanged}
    >
      <LayoffFields prefix="supervision-layoff" />
    </CaseStepForm>
  );
}

// ---------- 专项检查 ----------

export interface CheckValues {
  kind?: SupervisoryCheckKind;
  employer?: EmployerValues;
}
export const CHECK_FIELDS = new Set([
  'kind',
  'employer.name',
  'employer.unifiedSocialCreditCode',
  'employer.address',
  'employer.legalRepresentative',
]);

export function CheckFields({ prefix }: { prefix: string }) {
  const { t } = useI18n();
  const s = t.supervision;
  return (
    <>
      <Form.Item name="kind" label={s.check.kind} rules={[{ required: true, message: s.required }]}>
        <Radio.Group>
          <Space orientation="vertical" size={4}>
            {SUPERVISORY_CHECK_KINDS.map((kind) => (
              <Radio key={kind} value={kind} data-testid={`${prefix}-kind-${kind}`}>
                {labelOf(s.kinds, kind)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <EmployerFields prefix={prefix} labels={s} />
    </>
  );
}

export function OpenCheckStep({ matter, onChanged }: SupervisionStepProps) {
  const { t } = useI18n();
  return (
    <CaseStepForm<CheckValues, SupervisionMatterView>
      id="supervision-check"
      title={t.supervision.check.onReferral}
      fields={CHECK_FIELDS}
      initialValues={{ employer: { ...matter.employer } }}
      submitLabel={t.supervision.check.submit}
      submit={(values) =>
        staffApi.openCheck(matter.supervisionId, {
          expectedVersion: matter.version,
          kind: values.kind ?? 'MINIMUM_WAGE',
          employer: employerInputOf(values.employer),
        })
      }
      onDone={onChanged}
    >
      <CheckFields prefix="supervision-check" />
    </CaseStepForm>
  );
}

// ---------- 裁员方案审查 (Arts. 41 para 2, 42) ----------

interface ReviewValues {
  protectedWorkersInPlan?: string;
  retentionPriorityKept?: boolean;
  note?: string;
}
const REVIEW_FIELDS = new Set(['protectedWorkersInPlan', 'retentionPriorityKept', 'note']);

export function ReviewPlanStep({ matter, onChanged }: SupervisionStepProps) {
  const { t } = useI18n();
  const m = t.supervision.review;
  return (
    <CaseStepForm<ReviewValues, SupervisionMatterView>
      id="supervision-review"
      title={m.title}
      fields={REVIEW_FIELDS}
      initialValues={{ retentionPriorityKept: true }}
      submitLabel={m.submit}
      submit={(values) => {
        const note = trimmed(values.note);
        return staffApi.reviewLayoffPlan(matter.supervisionId, {
          expectedVersion: matter.version,
          protectedWorkersInPlan: linesOf(values.protectedWorkersInPlan),
          retentionPriorityKept: values.retentionPriorityKept ?? false,
          ...(note ? { note } : {}),
        });
      }}
      onDone={onChanged}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Form.Item name="protectedWorkersInPlan" label={m.protectedWorkers}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={m.protectedPlaceholder}
          data-testid="supervision-review-protected-workers"
        />
      </Form.Item>
      <Form.Item name="retentionPriorityKept" valuePropName="checked">
        <Checkbox data-testid="supervision-review-retention-priority-kept">{m.retentionPriorityKept}</Checkbox>
      </Form.Item>
      <Form.Item name="note" label={m.note}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="supervision-review-note" />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 检查结果: the form follows the check's kind ----------

const FINDINGS_FIELDS = new Set([
  'findings.lowestMonthlyWageYuan',
  'findings.workersWithoutWrittenContract',
  'findings.dispatchedWorkers',
  'findings.contractWorkers',
  'findings.maxOvertimeHoursPerDay',
  'findings.maxOvertimeHoursPerMonth',
  'findings.measuredOn',
]);
const FINDINGS_RENAMED = { lowestMonthlyWageFen: 'lowestMonthlyWageYuan' };

export function FindingsStep({ matter, onChanged }: SupervisionStepProps) {
  const { t } = useI18n();
  const s = t.supervision;
  const m = s.findings;
  const count = (name: string, label: string) => (
    <Form.Item name={['findings', name]} label={label} rules={[{ required: true, message: s.countRule }]}>
      <InputNumber min={0} precision={0} data-testid={`supervision-findings-${kebab(name)}`} />
    </Form.Item>
  );
  return (
    <CaseStepForm<FindingsValues, SupervisionMatterView>
      id="supervision-findings-form"
      title={`${m.title}：${labelOf(s.kinds, matter.kind)}`}
      fields={FINDINGS_FIELDS}
      renamed={FINDINGS_RENAMED}
      initialValues={{ findings: { measuredOn: today() } }}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.recordCheckFindings(matter.supervisionId, findingsRequestOf(matter.kind, values, matter.version))
      }
      onDone={onChanged}
    >
      <Form.Item name={['findings', 'measuredOn']} label={m.measuredOn} {...dateItemProps}>
        <DateInput testId="supervision-findings-measured-on" disabledDate={afterToday} />
      </Form.Item>
      <Space wrap align="start" size={12}>
        {matter.kind === 'MINIMUM_WAGE' && (
          <Form.Item
            name={['findings', 'lowestMonthlyWageYuan']}
            label={m.lowestMonthlyWageYuan}
            rules={[
              { required: true, whitespace: true, message: s.required },
              {
                validator: async (_: unknown, value: string | undefined) => {
                  if (trimmed(value) !== '' && yuanToFen(trimmed(value)) === undefined) throw new Error(s.amountRule);
                },
              },
            ]}
          >
            <Input inputMode="decimal" style={{ width: 180 }} data-testid="supervision-findings-lowest-monthly-wage" />
          </Form.Item>
        )}
        {matter.kind === 'LABOR_CONTRACTS' && count('workersWithoutWrittenContract', m.workersWithoutWrittenContract)}
        {matter.kind === 'LABOR_DISPATCH' && (
          <>
            {count('dispatchedWorkers', m.dispatchedWorkers)}
            {count('contractWorkers', m.contractWorkers)}
          </>
        )}
        {matter.kind === 'WORKING_HOURS' && (
          <>
            {count('maxOvertimeHoursPerDay', m.maxOvertimeHoursPerDay)}
            {count('maxOvertimeHoursPerMonth', m.maxOvertimeHoursPerMonth)}
          </>
        )}
      </Space>
    </CaseStepForm>
  );
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`);

// ---------- 办结: compliant, guidance (指导意见书), or a referral to labor inspection ----------

interface ConclusionValues {
  conclusion?: SupervisionConclusion;
  reason?: string;
  guidance?: string;
  correctBy?: string;
}
const CONCLUSION_FIELDS = new Set(['conclusion', 'reason', 'guidance', 'correctBy']);

export function ConclusionStep({ matter, onChanged }: SupervisionStepProps) {
  const { t } = useI18n();
  const s = t.supervision;
  const m = s.conclusion;
  const breaches = matter.findings?.breaches.length ?? 0;
  // NOT_REPORTABLE is a layoff report's conclusion only; a check's findings suggest the rest.
  const choices = SUPERVISION_CONCLUSIONS.filter(
    (conclusion) => conclusion !== 'NOT_REPORTABLE' || matter.kind === 'LAYOFF_REPORT',
  );
  const suggested: SupervisionConclusion =
    matter.kind === 'LAYOFF_REPORT'
      ? matter.layoff && !matter.layoff.reportable
        ? 'NOT_REPORTABLE'
        : 'COMPLIANT'
      : breaches > 0
        ? 'GUIDANCE'
        : 'COMPLIANT';
  return (
    <CaseStepForm<ConclusionValues, SupervisionMatterView>
      id="supervision-conclusion"
      title={m.title}
      fields={CONCLUSION_FIELDS}
      initialValues={{ conclusion: suggested }}
      submitLabel={m.submit}
      confirm={m.confirm}
      submit={(values) => {
        const conclusion = values.conclusion ?? suggested;
        const reason = trimmed(values.reason);
        return staffApi.concludeSupervision(matter.supervisionId, {
          expectedVersion: matter.version,
          conclusion,
          ...(reason ? { reason } : {}),
          ...(conclusion === 'GUIDANCE'
            ? { guidance: linesOf(values.guidance), correctBy: trimmed(values.correctBy) }
            : {}),
        });
      }}
      onDone={onChanged}
    >
      <Form.Item name="conclusion" label={m.conclusion} rules={[{ required: true, message: s.required }]}>
        <Radio.Group>
          <Space orientation="vertical" size={4}>
            {choices.map((conclusion) => (
              <Radio key={conclusion} value={conclusion} data-testid={`supervision-conclusion-${conclusion}`}>
                {labelOf(s.conclusions, conclusion)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['conclusion']}>
        {({ getFieldValue }) =>
          getFieldValue('conclusion') === 'GUIDANCE' ? (
            <>
              <Form.Item
                name="guidance"
                label={m.guidance}
                required
                rules={[
                  {
                    validator: async (_: unknown, value: string | undefined) => {
                      if (linesOf(value).length === 0) throw new Error(m.guidanceRequired);
                    },
                  },
                ]}
              >
                <Input.TextArea
                  rows={3}
                  maxLength={2000}
                  placeholder={m.guidancePlaceholder}
                  data-testid="supervision-conclusion-guidance"
                />
              </Form.Item>
              <Form.Item
                name="correctBy"
                label={m.correctBy}
                rules={[{ required: true, message: s.required }]}
                {...dateItemProps}
              >
                <DateInput testId="supervision-conclusion-correct-by" disabledDate={notAfterToday} />
              </Form.Item>
            </>
          ) : null
        }
      </Form.Item>
      <Form.Item name="reason" label={m.reason}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="supervision-conclusion-reason" />
      </Form.Item>
    </CaseStepForm>
  );
}

const STEP_FORMS: Record<SupervisionStep, ComponentType<SupervisionStepProps>> = {
  layoff: RegisterLayoffStep,
  check: OpenCheckStep,
  review: ReviewPlanStep,
  findings: FindingsStep,
  conclusion: ConclusionStep,
};

const STEP_LABELS = (t: ReturnType<typeof useI18n>['t']): Record<SupervisionStep, string> => ({
  layoff: t.supervision.check.layoffOnReferral,
  check: t.supervision.check.onReferral,
  review: t.supervision.review.title,
  findings: t.supervision.findings.title,
  conclusion: t.supervision.conclusion.title,
});

/** The steps open to the officer as a picker, the first chosen, and the chosen one's form. */
export function SupervisionStepPicker({
  steps,
  chosen,
  onChoose,
  ...step
}: SupervisionStepProps & {
  steps: readonly SupervisionStep[];
  chosen: SupervisionStep | undefined;
  onChoose: (step: SupervisionStep) => void;
}) {
  const { t } = useI18n();
  const current = chosen && steps.includes(chosen) ? chosen : steps[0];
  if (!current) return null;
  const Step = STEP_FORMS[current];
  const labels = STEP_LABELS(t);
  return (
    <Space
      orientation="vertical"
      size={12}
      style={{ width: '100%' }}
      data-testid="supervision-steps"
      data-step={current}
    >
      {steps.length > 1 && (
        <Radio.Group
          value={current}
          optionType="button"
          buttonStyle="solid"
          onChange={(event) => onChoose(event.target.value as SupervisionStep)}
        >
          {steps.map((name) => (
            <Radio.Button key={name} value={name} data-testid={`supervision-step-${name}`}>
              {labels[name]}
            </Radio.Button>
          ))}
        </Radio.Group>
      )}
      {current === 'conclusion' && (step.matter.findings?.breaches.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t.supervision.findings.breaches}
          description={step.matter.findings?.breaches.join('；')}
        />
      )}
      <Step key={`${current}:${step.matter.version}`} {...step} />
    </Space>
  );
}
