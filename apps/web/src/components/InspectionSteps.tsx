// The steps of an inspection case (劳动保障监察条例 Arts. 17–21; 部令25号 Arts. 18–20; 保障农民工工资支付条例), one
// form shown at a time: the acceptance decision with what each of its five choices needs, the material supplied,
// the construction project, the inquiry notice, evidence, the one extension, the employer heard, the order to
// correct, the follow-up check, the penalty, the withdrawal, the end of the investigation, the transfer to
// public security and the arrears listing. Each is a CaseStepForm sent against the case version.
import { PlusOutlined } from '@ant-design/icons';
import { todayInChina } from '@onewindow/calendar';
import {
  ACCEPTANCE_DECISIONS,
  CONTRACTOR_ROLES,
  type AcceptanceDecision,
  type InspectionCaseView,
} from '@onewindow/gateway-api';
import { CLAIM_CATEGORIES } from '@onewindow/matter';
import { Alert, Button, Checkbox, Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ComponentType, ReactNode } from 'react';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import {
  constructionProjectRequestOf,
  correctionOrderRequestOf,
  employerInputOf,
  linesOf,
  penaltyRequestOf,
  violationInputsOf,
  violationValuesOf,
  yuanOf,
  type ContractorValues,
  type CorrectionOrderValues,
  type EmployerValues,
  type InspectionStep,
  type PenaltyValues,
  type ProjectValues,
  type ViolationValues,
} from '../lib/inspection-forms';
import { chinaInstantOf } from '../lib/mediation-forms';
import { yuanToFen } from '../lib/money';
import { selectOptions } from '../lib/test-id';
import { CaseStepForm, ChinaTimeInput, chinaTimeItemProps, DateInput, dateItemProps } from './CaseStepForm';

export interface InspectionStepProps {
  inspectionCase: InspectionCaseView;
  onChanged: (next: InspectionCaseView) => void;
}

const trimmed = (value: string | undefined) => (value ?? '').trim();
const today = () => todayInChina(new Date());
const afterToday = (day: Dayjs) => day.format('YYYY-MM-DD') > today();
const notAfterTomorrow = (day: Dayjs) => day.format('YYYY-MM-DD') <= today();

/** The rules the forms share: required text, an amount in yuan, at least one line. */
function useRules() {
  const { t } = useI18n();
  const m = t.inspection;
  return {
    required: [{ required: true, whitespace: true, message: m.required }],
    requiredDate: [{ required: true, message: m.required }],
    amount: (required: boolean) => [
      { required, whitespace: true, message: m.required },
      {
        validator: async (_: unknown, value: string | undefined) => {
          if (trimmed(value) !== '' && yuanToFen(trimmed(value)) === undefined) throw new Error(m.amountRule);
        },
      },
    ],
    lines: (message: string) => [
      {
        validator: async (_: unknown, value: string | undefined) => {
          if (linesOf(value).length === 0) throw new Error(message);
        },
      },
    ],
  };
}

/** A list typed one item a line. */
function LinesInput({ testId, placeholder, ...rest }: { testId: string; placeholder: string; value?: string }) {
  return <Input.TextArea rows={3} maxLength={2000} placeholder={placeholder} data-testid={testId} {...rest} />;
}

// ---------- 受理决定 (部令25号 Art. 18; 条例 Arts. 20–21) ----------

interface AcceptanceValues {
  decision?: AcceptanceDecision;
  violations?: ViolationValues[];
  reason?: string;
  redirectedTo?: string;
  missingMaterial?: string;
}
const ACCEPTANCE_FIELDS = new Set([
  'decision',
  'violations',
  'violations.*.category',
  'violations.*.description',
  'violations.*.beganOn',
  'violations.*.endedOn',
  'violations.*.continuing',
  'violations.*.amountOwedYuan',
  'reason',
  'redirectedTo',
  'missingMaterial',
]);
const ACCEPTANCE_RENAMED = { amountOwedFen: 'amountOwedYuan' };
/** The decisions whose violations are judged (the 2-year window): the others leave the case's as they are. */
const JUDGING_DECISIONS: readonly AcceptanceDecision[] = ['ACCEPTED', 'NOT_ACCEPTED'];

export function AcceptanceStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection;
  const rules = useRules();
  const violations = violationValuesOf(c);
  return (
    <CaseStepForm<AcceptanceValues, InspectionCaseView>
      id="inspection-acceptance"
      title={m.steps.acceptance}
      fields={ACCEPTANCE_FIELDS}
      renamed={ACCEPTANCE_RENAMED}
      initialValues={{
        decision: 'ACCEPTED',
        violations: violations.length > 0 ? violations : [{ category: 'WAGES', continuing: false }],
      }}
      submitLabel={m.acceptance.submit}
      confirm={m.acceptance.confirm}
      submit={(values) => {
        const decision = values.decision ?? 'ACCEPTED';
        const reason = trimmed(values.reason);
        const redirectedTo = trimmed(values.redirectedTo);
        return staffApi.decideInspectionAcceptance(c.caseId, {
          expectedVersion: c.version,
          decision,
          ...(JUDGING_DECISIONS.includes(decision) ? { violations: violationInputsOf(values.violations) } : {}),
          ...(reason ? { reason } : {}),
          ...((decision === 'REDIRECTED' || decision === 'DISPUTE_PROCEDURE') && redirectedTo ? { redirectedTo } : {}),
          ...(decision === 'MATERIAL_REQUESTED' ? { missingMaterial: linesOf(values.missingMaterial) } : {}),
        });
      }}
      onDone={onChanged}
    >
      <Form.Item name="decision" label={m.acceptance.decision} rules={rules.requiredDate}>
        <Radio.Group>
          <Space orientation="vertical" size={4}>
            {ACCEPTANCE_DECISIONS.map((decision) => (
              <Radio key={decision} value={decision} data-testid={`inspection-acceptance-decision-${decision}`}>
                {labelOf(m.decisions, decision)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['decision']}>
        {({ getFieldValue }) => {
          const decision = getFieldValue('decision') as AcceptanceDecision | undefined;
          return (
            <>
              {decision && (
                <Alert type="info" showIcon title={labelOf(m.decisionHints, decision)} style={{ marginBottom: 12 }} />
              )}
              {decision && JUDGING_DECISIONS.includes(decision) && <ViolationRows />}
              {decision === 'REDIRECTED' && (
                <Form.Item name="redirectedTo" label={m.acceptance.redirectedTo} rules={rules.required}>
                  <Input
                    maxLength={200}
                    placeholder={m.acceptance.redirectedToPlaceholder}
                    data-testid="inspection-acceptance-redirected-to"
                  />
                </Form.Item>
              )}
              {decision === 'DISPUTE_PROCEDURE' && (
                <Form.Item name="redirectedTo" label={m.acceptance.disputeOffice} rules={rules.requiredDate}>
                  <Radio.Group>
                    {(['MEDIATION', 'ARBITRATION'] as const).map((office) => (
                      <Radio key={office} value={office} data-testid={`inspection-acceptance-dispute-${office}`}>
                        {labelOf(m.disputeOffices, office)}
                      </Radio>
                    ))}
                  </Radio.Group>
                </Form.Item>
              )}
              {decision === 'MATERIAL_REQUESTED' && (
                <Form.Item
                  name="missingMaterial"
                  label={m.acceptance.missingMaterial}
                  required
                  rules={rules.lines(m.acceptance.missingRequired)}
                >
                  <LinesInput
                    testId="inspection-acceptance-missing-material"
                    placeholder={m.acceptance.missingMaterialPlaceholder}
                  />
                </Form.Item>
              )}
            </>
          );
        }}
      </Form.Item>
      <Form.Item name="reason" label={m.acceptance.reason}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="inspection-acceptance-reason" />
      </Form.Item>
    </CaseStepForm>
  );
}

/** The violations as found: category, what was done, the dates (a continuing act has no last day), wages owed. */
function ViolationRows() {
  const { t } = useI18n();
  const m = t.inspection.acceptance;
  const rules = useRules();
  return (
    <Form.List name="violations">
      {(rows, { add, remove }) => (
        <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
          <Typography.Text strong>{t.inspection.violations}</Typography.Text>
          <Typography.Text type="secondary">{m.violationsHint}</Typography.Text>
          {rows.map((row) => {
            const id = `inspection-acceptance-violation-${row.name}`;
            return (
              <div key={row.key} data-testid={id} style={{ borderTop: '1px dashed #ddd', paddingTop: 8 }}>
                <Space wrap align="start" size={12}>
                  <Form.Item name={[row.name, 'category']} label={m.category} rules={rules.requiredDate}>
                    <Select
                      style={{ minWidth: 220 }}
                      virtual={false}
                      data-testid={`${id}-category`}
                      options={selectOptions(
                        `${id}-category`,
                        CLAIM_CATEGORIES.map((category) => [category, labelOf(t.enums.categories, category)] as const),
                      )}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'beganOn']}
                    label={m.beganOn}
                    rules={rules.requiredDate}
                    {...dateItemProps}
                  >
                    <DateInput testId={`${id}-began-on`} disabledDate={afterToday} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'continuing']} label=" " valuePropName="checked">
                    <Checkbox data-testid={`${id}-continuing`}>{m.continuing}</Checkbox>
                  </Form.Item>
                  <Form.Item noStyle dependencies={[['violations', row.name, 'continuing']]}>
                    {({ getFieldValue }) =>
                      getFieldValue(['violations', row.name, 'continuing']) ? null : (
                        <Form.Item name={[row.name, 'endedOn']} label={m.endedOn} {...dateItemProps}>
                          <DateInput testId={`${id}-ended-on`} disabledDate={afterToday} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Form.Item name={[row.name, 'amountOwedYuan']} label={m.amountOwedYuan} rules={rules.amount(false)}>
                    <Input inputMode="decimal" style={{ width: 160 }} data-testid={`${id}-amount`} />
                  </Form.Item>
                  {rows.length > 1 && (
                    <Form.Item label=" ">
                      <Button onClick={() => remove(row.name)} data-testid={`${id}-remove`}>
                        {t.common.remove}
                      </Button>
                    </Form.Item>
                  )}
                </Space>
                <Form.Item name={[row.name, 'description']} label={m.description} rules={rules.required}>
                  <Input maxLength={500} data-testid={`${id}-description`} />
                </Form.Item>
              </div>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ category: 'WAGES', continuing: false })}
            data-testid="inspection-acceptance-violation-add"
          >
            {m.addViolation}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

// ---------- 补正材料 ----------

interface MaterialValues {
  employer?: EmployerValues;
  note?: string;
}
const MATERIAL_FIELDS = new Set([
  'employer.name',
  'employer.unifiedSocialCreditCode',
  'employer.address',
  'employer.legalRepresentative',
  'note',
]);

/** The employer's fields (the name required), as the supplied material and the supervision forms take them. */
export function EmployerFields({
  prefix,
  labels,
}: {
  prefix: string;
  labels: { employerName: string; uscc: string; address: string; legalRepresentative: string };
}) {
  const { t } = useI18n();
  return (
    <Space wrap align="start" size={12}>
      <Form.Item
        name={['employer', 'name']}
        label={labels.employerName}
        rules={[{ required: true, whitespace: true, message: t.inspection.required }]}
      >
        <Input maxLength={200} style={{ minWidth: 240 }} data-testid={`${prefix}-employer-name`} />
      </Form.Item>
      <Form.Item name={['employer', 'unifiedSocialCreditCode']} label={labels.uscc}>
        <Input maxLength={18} style={{ minWidth: 200 }} data-testid={`${prefix}-employer-uscc`} />
      </Form.Item>
      <Form.Item name={['employer', 'address']} label={labels.address}>
        <Input maxLength={200} style={{ minWidth: 240 }} data-testid={`${prefix}-employer-address`} />
      </Form.Item>
      <Form.Item name={['employer', 'legalRepresentative']} label={labels.legalRepresentative}>
        <Input maxLength={50} data-testid={`${prefix}-employer-legal-representative`} />
      </Form.Item>
    </Space>
  );
}

export function SuppliedMaterialStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.material;
  const employer = c.parties.employer;
  return (
    <CaseStepForm<MaterialValues, InspectionCaseView>
      id="inspection-material"
      title={t.inspection.steps.material}
      fields={MATERIAL_FIELDS}
      initialValues={{ employer: { ...employer } }}
      submitLabel={m.submit}
      submit={(values) => {
        const note = trimmed(values.note);
        return staffApi.recordSuppliedMaterial(c.caseId, {
          expectedVersion: c.version,
          employer: employerInputOf(values.employer),
          ...(note ? { note } : {}),
        });
      }}
      onDone={onChanged}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <EmployerFields prefix="inspection-material" labels={m} />
      <Form.Item name="note" label={m.note}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="inspection-material-note" />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 工程建设项目 (保障农民工工资支付条例 Arts. 29–30, 36) ----------

const PROJECT_FIELDS = new Set([
  'project.name',
  'project.permitNumber',
  'project.employingContractor',
  'project.contractors',
  'project.contractors.*.role',
  'project.contractors.*.name',
  'project.contractors.*.unifiedSocialCreditCode',
  'project.contractors.*.engagedBy',
  'project.contractors.*.unqualified',
  'project.contractors.*.unpaidProjectFundsYuan',
]);
const PROJECT_RENAMED = { unpaidProjectFundsFen: 'unpaidProjectFundsYuan' };

export function ConstructionProjectStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.project;
  const rules = useRules();
  const project = c.project;
  const contractors: ContractorValues[] = project?.contractors.map((contractor) => ({
    role: contractor.role,
    name: contractor.name,
    unifiedSocialCreditCode: contractor.unifiedSocialCreditCode,
    engagedBy: contractor.engagedBy,
    unqualified: contractor.unqualified,
    unpaidProjectFundsYuan: contractor.unpaidProjectFundsFen > 0 ? yuanOf(contractor.unpaidProjectFundsFen) : '',
  })) ?? [{ role: 'DEVELOPER' }, { role: 'GENERAL_CONTRACTOR' }, { role: 'SUBCONTRACTOR' }];
  return (
    <CaseStepForm<ProjectValues, InspectionCaseView>
      id="inspection-project"
      title={t.inspection.steps.project}
      fields={PROJECT_FIELDS}
      renamed={PROJECT_RENAMED}
      initialValues={{
        project: {
          name: project?.name,
          permitNumber: project?.permitNumber,
          employingContractor: project?.employingContractor,
          contractors,
        },
      }}
      submitLabel={m.submit}
      submit={(values) => staffApi.recordConstructionProject(c.caseId, constructionProjectRequestOf(values, c.version))}
      onDone={onChanged}
    >
      <Space wrap align="start" size={12}>
        <Form.Item name={['project', 'name']} label={m.name} rules={rules.required}>
          <Input maxLength={200} style={{ minWidth: 260 }} data-testid="inspection-project-name" />
        </Form.Item>
        <Form.Item name={['project', 'permitNumber']} label={m.permitNumber}>
          <Input maxLength={64} data-testid="inspection-project-permit-number" />
        </Form.Item>
      </Space>
      <Form.Item name={['project', 'employingContractor']} label={m.employingContractor} rules={rules.required}>
        <Input maxLength={200} data-testid="inspection-project-employing-contractor" />
      </Form.Item>
      <Typography.Text strong>{m.contractors}</Typography.Text>
      <Form.List name={['project', 'contractors']}>
        {(rows, { add, remove }) => (
          <Space orientation="vertical" size={4} style={{ width: '100%', marginBottom: 12 }}>
            {rows.map((row) => {
              const id = `inspection-project-contractor-${row.name}`;
              return (
                <Space key={row.key} wrap align="start" size={12} data-testid={id}>
                  <Form.Item name={[row.name, 'role']} label={m.role} rules={rules.requiredDate}>
                    <Select
                      style={{ minWidth: 160 }}
                      virtual={false}
                      data-testid={`${id}-role`}
                      options={selectOptions(
                        `${id}-role`,
                        CONTRACTOR_ROLES.map((role) => [role, labelOf(t.inspection.contractorRoles, role)] as const),
                      )}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'name']} label={m.contractorName} rules={rules.required}>
                    <Input maxLength={200} data-testid={`${id}-name`} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'engagedBy']} label={m.engagedBy}>
                    <Input maxLength={200} data-testid={`${id}-engaged-by`} />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'unpaidProjectFundsYuan']}
                    label={m.unpaidFundsYuan}
                    rules={rules.amount(false)}
                  >
                    <Input inputMode="decimal" style={{ width: 150 }} data-testid={`${id}-unpaid-funds`} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'unqualified']} label=" " valuePropName="checked">
                    <Checkbox data-testid={`${id}-unqualified`}>{m.unqualified}</Checkbox>
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button onClick={() => remove(row.name)} data-testid={`${id}-remove`}>
                      {t.common.remove}
                    </Button>
                  </Form.Item>
                </Space>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ role: 'SUBCONTRACTOR' })}
              data-testid="inspection-project-contractor-add"
            >
              {m.addContractor}
            </Button>
          </Space>
        )}
      </Form.List>
    </CaseStepForm>
  );
}

// ---------- 询问通知书 (部令25号 Art. 20) and 调查取证 ----------

interface InquiryValues {
  appearAt?: string;
  place?: string;
  materials?: string;
}
const INQUIRY_FIELDS = new Set(['appearAt', 'place', 'materials']);

export function InquiryStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.inquiry;
  const rules = useRules();
  return (
    <CaseStepForm<InquiryValues, InspectionCaseView>
      id="inspection-inquiry"
      title={m.title}
      fields={INQUIRY_FIELDS}
      resetOnDone
      submitLabel={m.submit}
      submit={(values) => {
        const materials = linesOf(values.materials);
        return staffApi.issueInquiryNotice(c.caseId, {
          expectedVersion: c.version,
          appearAt: chinaInstantOf(values.appearAt),
          place: trimmed(values.place),
          ...(materials.length > 0 ? { materials } : {}),
        });
      }}
      onDone={onChanged}
    >
      <Space wrap align="start" size={12}>
        <Form.Item name="appearAt" label={m.appearAt} rules={rules.requiredDate} {...chinaTimeItemProps}>
          <ChinaTimeInput testId="inspection-inquiry-appear-at" />
        </Form.Item>
        <Form.Item name="place" label={m.place} rules={rules.required}>
          <Input maxLength={200} style={{ minWidth: 260 }} data-testid="inspection-inquiry-place" />
        </Form.Item>
      </Space>
      <Form.Item name="materials" label={m.materials}>
        <LinesInput testId="inspection-inquiry-materials" placeholder={m.materialsPlaceholder} />
      </Form.Item>
    </CaseStepForm>
  );
}

interface EvidenceValues {
  kind?: string;
  source?: string;
  summary?: string;
}
const EVIDENCE_FIELDS = new Set(['kind', 'source', 'summary']);

export function EvidenceStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.evidence;
  const rules = useRules();
  return (
    <CaseStepForm<EvidenceValues, InspectionCaseView>
      id="inspection-evidence"
      title={m.title}
      fields={EVIDENCE_FIELDS}
      resetOnDone
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.recordEvidence(c.caseId, {
          expectedVersion: c.version,
          kind: trimmed(values.kind),
          source: trimmed(values.source),
          summary: trimmed(values.summary),
        })
      }
      onDone={onChanged}
    >
      <Space wrap align="start" size={12}>
        <Form.Item name="kind" label={m.kind} rules={rules.required}>
          <Input maxLength={100} placeholder={m.kindPlaceholder} data-testid="inspection-evidence-kind" />
        </Form.Item>
        <Form.Item name="source" label={m.source} rules={rules.required}>
          <Input maxLength={200} data-testid="inspection-evidence-source" />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label={m.summary} rules={rules.required}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="inspection-evidence-summary" />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 延长调查期限 (条例 Art. 17): once, approved ----------

interface ExtensionValues {
  approvedBy?: string;
  reason?: string;
}
const EXTENSION_FIELDS = new Set(['approvedBy', 'reason']);

export function InvestigationExtensionStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.extension;
  const rules = useRules();
  return (
    <CaseStepForm<ExtensionValues, InspectionCaseView>
      id="inspection-extension"
      title={t.inspection.steps.extension}
      fields={EXTENSION_FIELDS}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.extendInvestigation(c.caseId, {
          expectedVersion: c.version,
          approvedBy: trimmed(values.approvedBy),
          reason: trimmed(values.reason),
        })
      }
      onDone={onChanged}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Form.Item name="approvedBy" label={m.approvedBy} rules={rules.required}>
        <Input maxLength={100} data-testid="inspection-extension-approved-by" />
      </Form.Item>
      <Form.Item name="reason" label={m.reason} rules={rules.required}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="inspection-extension-reason" />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 陈述申辩 (条例 Art. 19) ----------

interface HearingValues {
  heardOn?: string;
  waived?: boolean;
  statement?: string;
}
const HEARING_FIELDS = new Set(['heardOn', 'waived', 'statement']);

export function EmployerHeardStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.hearing;
  const rules = useRules();
  return (
    <CaseStepForm<HearingValues, InspectionCaseView>
      id="inspection-hearing"
      title={m.title}
      fields={HEARING_FIELDS}
      initialValues={{ heardOn: today(), waived: false }}
      submitLabel={m.submit}
      submit={(values) => {
        const waived = values.waived ?? false;
        const statement = trimmed(values.statement);
        return staffApi.recordEmployerHeard(c.caseId, {
          expectedVersion: c.version,
          heardOn: trimmed(values.heardOn),
          waived,
          ...(!waived && statement ? { statement } : {}),
        });
      }}
      onDone={onChanged}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Space wrap align="start" size={12}>
        <Form.Item name="heardOn" label={m.heardOn} rules={rules.requiredDate} {...dateItemProps}>
          <DateInput testId="inspection-hearing-heard-on" disabledDate={afterToday} />
        </Form.Item>
        <Form.Item name="waived" label=" " valuePropName="checked">
          <Checkbox data-testid="inspection-hearing-waived">{m.waived}</Checkbox>
        </Form.Item>
      </Space>
      <Form.Item noStyle dependencies={['waived']}>
        {({ getFieldValue }) =>
          getFieldValue('waived') ? null : (
            <Form.Item name="statement" label={m.statement} rules={rules.required}>
              <Input.TextArea rows={4} maxLength={4000} data-testid="inspection-hearing-statement" />
            </Form.Item>
          )
        }
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 责令改正 (条例 Art. 18(2)) and 复查 ----------

const CORRECTION_FIELDS = new Set(['corrections', 'correctBy', 'wagesOrderedYuan']);
const CORRECTION_RENAMED = { wagesOrderedFen: 'wagesOrderedYuan' };

export function CorrectionOrderStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.correction;
  const rules = useRules();
  // The wages the violations found owing, as a start: the inspector orders what the investigation established.
  const owed = c.violations.reduce((sum, violation) => sum + violation.amountOwedFen, 0);
  return (
    <CaseStepForm<CorrectionOrderValues, InspectionCaseView>
      id="inspection-correction"
      title={m.title}
      fields={CORRECTION_FIELDS}
      renamed={CORRECTION_RENAMED}
      initialValues={{ wagesOrderedYuan: owed > 0 ? yuanOf(owed) : '0' }}
      submitLabel={m.submit}
      confirm={m.confirm}
      submit={(values) => staffApi.issueCorrectionOrder(c.caseId, correctionOrderRequestOf(values, c.version))}
      onDone={onChanged}
    >
      <Form.Item name="corrections" label={m.corrections} required rules={rules.lines(m.correctionsRequired)}>
        <LinesInput testId="inspection-correction-corrections" placeholder={m.correctionsPlaceholder} />
      </Form.Item>
      <Space wrap align="start" size={12}>
        <Form.Item name="correctBy" label={m.correctBy} rules={rules.requiredDate} {...dateItemProps}>
          <DateInput testId="inspection-correction-correct-by" disabledDate={notAfterTomorrow} />
        </Form.Item>
        <Form.Item
          name="wagesOrderedYuan"
          label={m.wagesOrderedYuan}
          extra={m.wagesOrderedHint}
          rules={rules.amount(false)}
        >
          <Input inputMode="decimal" style={{ width: 180 }} data-testid="inspection-correction-wages" />
        </Form.Item>
      </Space>
    </CaseStepForm>
  );
}

interface ComplianceValues {
  complied?: boolean;
  note?: string;
}
const COMPLIANCE_FIELDS = new Set(['complied', 'note']);

export function ComplianceCheckStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.compliance;
  return (
    <CaseStepForm<ComplianceValues, InspectionCaseView>
      id="inspection-compliance"
      title={m.title}
      fields={COMPLIANCE_FIELDS}
      initialValues={{ complied: true }}
      submitLabel={m.submit}
      submit={(values) => {
        const note = trimmed(values.note);
        return staffApi.recordComplianceCheck(c.caseId, {
          expectedVersion: c.version,
          complied: values.complied ?? true,
          ...(note ? { note } : {}),
        });
      }}
      onDone={onChanged}
    >
      {c.correctionOrder && (
        <Typography.Paragraph type="secondary">
          {t.inspection.correction.entry(c.correctionOrder.number, c.correctionOrder.correctBy)}
        </Typography.Paragraph>
      )}
      <Form.Item name="complied" label={m.complied}>
        <Radio.Group>
          <Radio value={true} data-testid="inspection-compliance-yes">
            {m.yes}
          </Radio>
          <Radio value={false} data-testid="inspection-compliance-no">
            {m.no}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={m.note}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="inspection-compliance-note" />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 行政处罚 (条例 Art. 18(1)): both bases required ----------

const PENALTY_FIELDS = new Set(['violationBasis', 'penaltyBasis', 'fineYuan', 'facts']);
const PENALTY_RENAMED = { fineFen: 'fineYuan' };

export function PenaltyStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.penalty;
  const rules = useRules();
  const basis = [{ required: true, whitespace: true, message: m.basisRequired }];
  return (
    <CaseStepForm<PenaltyValues, InspectionCaseView>
      id="inspection-penalty"
      title={m.title}
      fields={PENALTY_FIELDS}
      renamed={PENALTY_RENAMED}
      initialValues={{ facts: c.facts }}
      submitLabel={m.submit}
      confirm={m.confirm}
      submit={(values) => staffApi.issuePenaltyDecision(c.caseId, penaltyRequestOf(values, c.version))}
      onDone={onChanged}
    >
      <Form.Item name="violationBasis" label={m.violationBasis} rules={basis}>
        <Input
          maxLength={500}
          placeholder={m.violationBasisPlaceholder}
          data-testid="inspection-penalty-violation-basis"
        />
      </Form.Item>
      <Form.Item name="penaltyBasis" label={m.penaltyBasis} rules={basis}>
        <Input maxLength={500} placeholder={m.penaltyBasisPlaceholder} data-testid="inspection-penalty-penalty-basis" />
      </Form.Item>
      <Form.Item name="fineYuan" label={m.fineYuan} rules={rules.amount(true)}>
        <Input inputMode="decimal" style={{ width: 180 }} data-testid="inspection-penalty-fine" />
      </Form.Item>
      <Form.Item name="facts" label={m.facts} rules={rules.required}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="inspection-penalty-facts" />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 撤销立案, 终结调查, 移送公安机关 ----------

interface WithdrawalValues {
  minor?: boolean;
  alreadyCorrected?: boolean;
  reason?: string;
}
const WITHDRAWAL_FIELDS = new Set(['minor', 'alreadyCorrected', 'reason']);

export function WithdrawalStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.withdrawal;
  const rules = useRules();
  return (
    <CaseStepForm<WithdrawalValues, InspectionCaseView>
      id="inspection-withdrawal"
      title={t.inspection.steps.withdrawal}
      fields={WITHDRAWAL_FIELDS}
      initialValues={{ minor: false, alreadyCorrected: false }}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.withdrawFiling(c.caseId, {
          expectedVersion: c.version,
          minor: values.minor ?? false,
          alreadyCorrected: values.alreadyCorrected ?? false,
          reason: trimmed(values.reason),
        })
      }
      onDone={onChanged}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Space wrap size={16}>
        <Form.Item name="minor" valuePropName="checked">
          <Checkbox data-testid="inspection-withdrawal-minor">{m.minor}</Checkbox>
        </Form.Item>
        <Form.Item name="alreadyCorrected" valuePropName="checked">
          <Checkbox data-testid="inspection-withdrawal-already-corrected">{m.alreadyCorrected}</Checkbox>
        </Form.Item>
      </Space>
      <Form.Item name="reason" label={m.reason} rules={rules.required}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="inspection-withdrawal-reason" />
      </Form.Item>
    </CaseStepForm>
  );
}

/** A step that takes a reason only: the end of the investigation, the transfer to public security. */
function ReasonStep({
  id,
  title,
  hint,
  label,
  submitLabel,
  confirm,
  submit,
  onDone,
}: {
  id: string;
  title: string;
  hint: ReactNode;
  label: string;
  submitLabel: string;
  confirm?: string;
  submit: (reason: string) => Promise<InspectionCaseView>;
  onDone: (next: InspectionCaseView) => void;
}) {
  const rules = useRules();
  return (
    <CaseStepForm<{ reason?: string }, InspectionCaseView>
      id={id}
      title={title}
      fields={new Set(['reason'])}
      submitLabel={submitLabel}
      confirm={confirm}
      submit={(values) => submit(trimmed(values.reason))}
      onDone={onDone}
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form.Item name="reason" label={label} rules={rules.required}>
        <Input.TextArea rows={3} maxLength={2000} data-testid={`${id}-reason`} />
      </Form.Item>
    </CaseStepForm>
  );
}

export function EndInvestigationStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.end;
  return (
    <ReasonStep
      id="inspection-end"
      title={t.inspection.steps.end}
      hint={m.hint}
      label={m.reason}
      submitLabel={m.submit}
      submit={(reason) => staffApi.endInvestigation(c.caseId, { expectedVersion: c.version, reason })}
      onDone={onChanged}
    />
  );
}

export function TransferStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.transfer;
  return (
    <ReasonStep
      id="inspection-transfer"
      title={t.inspection.steps.transfer}
      hint={m.hint}
      label={m.reason}
      submitLabel={m.submit}
      confirm={m.confirm}
      submit={(reason) => staffApi.transferToPublicSecurity(c.caseId, { expectedVersion: c.version, reason })}
      onDone={onChanged}
    />
  );
}

// ---------- 拖欠农民工工资失信联合惩戒 (条例 Art. 48; 人社部令第45号) ----------

interface ProposeListingValues {
  grounds?: string;
  seriousSocialImpact?: boolean;
}

export function ProposeListingStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.listing;
  const rules = useRules();
  return (
    <CaseStepForm<ProposeListingValues, InspectionCaseView>
      id="inspection-listing-propose"
      title={t.inspection.steps.listingPropose}
      fields={new Set(['grounds', 'seriousSocialImpact'])}
      initialValues={{ seriousSocialImpact: false }}
      submitLabel={m.proposeSubmit}
      submit={(values) =>
        staffApi.proposeArrearsListing(c.caseId, {
          expectedVersion: c.version,
          grounds: trimmed(values.grounds),
          ...(values.seriousSocialImpact ? { seriousSocialImpact: true } : {}),
        })
      }
      onDone={onChanged}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Form.Item name="grounds" label={m.grounds} rules={rules.required}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="inspection-listing-propose-grounds" />
      </Form.Item>
      <Form.Item name="seriousSocialImpact" valuePropName="checked">
        <Checkbox data-testid="inspection-listing-propose-serious-social-impact">{m.seriousSocialImpact}</Checkbox>
      </Form.Item>
    </CaseStepForm>
  );
}

interface DecideListingValues {
  list?: boolean;
  employerStatement?: string;
  reason?: string;
}

export function DecideListingStep({ inspectionCase: c, onChanged }: InspectionStepProps) {
  const { t } = useI18n();
  const m = t.inspection.listing;
  return (
    <CaseStepForm<DecideListingValues, InspectionCaseView>
      id="inspection-listing-decide"
      title={t.inspection.steps.listingDecide}
      fields={new Set(['list', 'employerStatement', 'reason'])}
      initialValues={{ list: true }}
      submitLabel={m.decideSubmit}
      submit={(values) => {
        const employerStatement = trimmed(values.employerStatement);
        const reason = trimmed(values.reason);
        return staffApi.decideArrearsListing(c.caseId, {
          expectedVersion: c.version,
          list: values.list ?? true,
          ...(employerStatement ? { employerStatement } : {}),
          ...(reason ? { reason } : {}),
        });
      }}
      onDone={onChanged}
    >
      {c.arrearsListing?.heardBy && (
        <Typography.Paragraph type="secondary">{m.heardBy(c.arrearsListing.heardBy)}</Typography.Paragraph>
      )}
      <Form.Item name="list" label={m.list}>
        <Radio.Group>
          <Radio value={true} data-testid="inspection-listing-decide-yes">
            {m.listYes}
          </Radio>
          <Radio value={false} data-testid="inspection-listing-decide-no">
            {m.listNo}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="employerStatement" label={m.employerStatement}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="inspection-listing-decide-employer-statement" />
      </Form.Item>
      <Form.Item name="reason" label={m.reason}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="inspection-listing-decide-reason" />
      </Form.Item>
    </CaseStepForm>
  );
}

const STEP_FORMS: Record<InspectionStep, ComponentType<InspectionStepProps>> = {
  acceptance: AcceptanceStep,
  material: SuppliedMaterialStep,
  project: ConstructionProjectStep,
  inquiry: InquiryStep,
  evidence: EvidenceStep,
  extension: InvestigationExtensionStep,
  hearing: EmployerHeardStep,
  correction: CorrectionOrderStep,
  compliance: ComplianceCheckStep,
  penalty: PenaltyStep,
  withdrawal: WithdrawalStep,
  end: EndInvestigationStep,
  transfer: TransferStep,
  listingPropose: ProposeListingStep,
  listingDecide: DecideListingStep,
};

/**
 * The steps open at the case's status as a picker (the first, the one the case waits for, chosen), and the one
 * chosen as its form. A step no longer open once the case moved on falls back to the first.
 */
export function InspectionStepPicker({
  steps,
  chosen,
  onChoose,
  ...step
}: InspectionStepProps & {
  steps: readonly InspectionStep[];
  chosen: InspectionStep | undefined;
  onChoose: (step: InspectionStep) => void;
}) {
  const { t } = useI18n();
  const current = chosen && steps.includes(chosen) ? chosen : steps[0];
  if (!current) return null;
  const Step = STEP_FORMS[current];
  return (
    <Space
      orientation="vertical"
      size={12}
      style={{ width: '100%' }}
      data-testid="inspection-steps"
      data-step={current}
    >
      {steps.length > 1 && (
        <Radio.Group
          value={current}
          optionType="button"
          buttonStyle="solid"
          onChange={(event) => onChoose(event.target.value as InspectionStep)}
          aria-label={t.inspection.stepPicker}
        >
          {steps.map((name) => (
            <Radio.Button key={name} value={name} data-testid={`inspection-step-${name}`}>
              {labelOf(t.inspection.steps, name)}
            </Radio.Button>
          ))}
        </Radio.Group>
      )}
      {/* Keyed by step and version: a form starts afresh on the case as it now is. */}
      <Step key={`${current}:${step.inspectionCase.version}`} {...step} />
    </Space>
  );
}
