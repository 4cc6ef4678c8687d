// The matter's content as one form, shared by the window (一窗受理, staff wording) and the online
// application (网上申请, plain wording for workers). It catches obvious mistakes before sending; the
// gateway's own field violations are put on the same fields by showViolations.
import { todayInChina } from '@onewindow/calendar';
import type { FieldViolation } from '@onewindow/gateway-api';
import { HANDLING_OFFICES, HANDLING_STATUSES, MATTER_KINDS, REQUESTED_REMEDIES, SEXES } from '@onewindow/matter';
import {
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  type DatePickerProps,
  type FormInstance,
  type FormRule,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { readIdentityNumber, isPhoneNumber } from '../lib/identity';
import { formFieldOf, type FormPath, type MatterFormValues } from '../lib/matter-form';
import { yuanToFen } from '../lib/money';
import { selectOptions } from '../lib/test-id';
import { AddButton, ClaimRowList, RemoveButton, TextRowList } from './FormRows';
import { useI18n } from '../i18n/i18n';

export type FormVariant = 'staff' | 'public';

interface Props {
  form: FormInstance<MatterFormValues>;
  variant: FormVariant;
  /** The counties offered: the clerk's own, or all for the public. */
  counties: readonly string[];
  initialValues: MatterFormValues;
  onValuesChange?: () => void;
  disabled?: boolean;
}

const HALF = { xs: 24, sm: 12 };
const THIRD = { xs: 24, sm: 12, lg: 8 };

// Dates are kept as YYYY-MM-DD strings in the form values; the picker works with dayjs.
const dateProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};
const notAfterToday = (current: Dayjs) => current.format('YYYY-MM-DD') > todayInChina(new Date());

export function MatterContentForm({ form, variant, counties, initialValues, onValuesChange, disabled }: Props) {
  const { t, countyName } = useI18n();
  const rules = t.form.rules;
  const staff = variant === 'staff';
  const prefix = staff ? 'intake' : 'apply';
  const id = (name: string) => `${prefix}-${name}`;
  const label = staff ? t.form.fields : { ...t.form.fields, ...t.apply.fields };
  const required: FormRule = { required: true, whitespace: true, message: rules.required };
  const isConsultation = () => form.getFieldValue('kind') === 'CONSULTATION';
  // Required except for a consultation (咨询), which may concern no particular employer or job.
  const requiredUnlessConsultation: FormRule = () => ({
    required: !isConsultation(),
    whitespace: true,
    message: rules.required,
  });

  const identityRule: FormRule = {
    validator: async (_, value: string | undefined) => {
      if (!value) return;
      const reading = readIdentityNumber(value);
      if (reading.ok) return;
      throw new Error(
        {
          shape: rules.identityNumber,
          region: rules.identityNumber,
          birthDate: rules.identityBirthDate,
          checksum: rules.identityChecksum,
        }[reading.problem],
      );
    },
  };
  const matchesIdentity =
    (part: 'birthDate' | 'sex', message: string): FormRule =>
    ({ getFieldValue }) => ({
      validator: async (_, value: string | undefined) => {
        const reading = readIdentityNumber(getFieldValue(['applicant', 'identityNumber']) ?? '');
        if (value && reading.ok && reading[part] !== value) throw new Error(message);
      },
    });
  const phoneRule: FormRule = {
    validator: async (_, value: string | undefined) => {
      if (value && !isPhoneNumber(value)) throw new Error(rules.phone);
    },
  };
  const amountRule: FormRule = {
    validator: async (_, value: string | undefined) => {
      if (!value?.trim()) throw new Error(rules.required);
      if (yuanToFen(value) === undefined) throw new Error(rules.amount);
    },
  };
  const endDateRule: FormRule = ({ getFieldValue }) => ({
    validator: async (_, value: string | undefined) => {
      const start: string | undefined = getFieldValue(['employment', 'startDate']);
      if (!value && start) throw new Error(rules.endRequired);
      if (value && start && value < start) throw new Error(rules.endBeforeStart);
    },
  });

  const fillFromIdentity = (value: string) => {
    const reading = readIdentityNumber(value);
    if (!reading.ok) return;
    form.setFieldValue(['applicant', 'birthDate'], reading.birthDate);
    form.setFieldValue(['applicant', 'sex'], reading.sex);
  };

  const enumOptions = <T extends string>(selectId: string, values: readonly T[], labels: Record<T, string>) =>
    selectOptions(
      selectId,
      values.map((value) => [value, labels[value]] as const),
    );

  return (
    <Form<MatterFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      disabled={disabled}
      data-testid={`${prefix}-form`}
    >
      <Section title={t.form.sections.basics}>
        <Row gutter={16}>
          <Col {...HALF}>
            <Form.Item name="countyCode" label={label.countyCode} rules={[{ required: true, message: rules.required }]}>
              <Select
                data-testid={id('county')}
                options={selectOptions(
                  id('county'),
                  counties.map((code) => [code, countyName(code)] as const),
                )}
              />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="kind" label={label.kind} rules={[{ required: true, message: rules.required }]}>
              <Radio.Group data-testid={id('kind')}>
                <Space orientation="vertical" size={4}>
                  {MATTER_KINDS.map((kind) => (
                    <Radio key={kind} value={kind} data-testid={id(`kind-${kind}`)}>
                      {t.enums.kinds[kind]}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section title={t.form.sections.applicant}>
        <Row gutter={16}>
          <Col {...THIRD}>
            <Form.Item name={['applicant', 'name']} label={label.name} rules={[required]}>
              <Input maxLength={50} autoComplete="name" data-testid={id('applicant-name')} />
            </Form.Item>
          </Col>
          <Col {...THIRD}>
            <Form.Item
              name={['applicant', 'identityNumber']}
              label={label.identityNumber}
              extra={t.form.hints.identityNumber}
              rules={[required, identityRule]}
            >
              <Input
                maxLength={18}
                autoComplete="off"
                data-testid={id('applicant-identity-number')}
                onChange={(event) => fillFromIdentity(event.target.value)}
              />
            </Form.Item>
          </Col>
          <Col {...THIRD}>
            <Form.Item name={['applicant', 'phone']} label={label.phone} rules={[required, phoneRule]}>
              <Input maxLength={20} inputMode="tel" autoComplete="tel" data-testid={id('applicant-phone')} />
            </Form.Item>
          </Col>
          <Col {...THIRD}>
            <Form.Item
              name={['applicant', 'sex']}
              label={label.sex}
              dependencies={[['applicant', 'identityNumber']]}
              rules={[{ required: true, message: rules.required }, matchesIdentity('sex', rules.identityMismatchSex)]}
            >
              <Radio.Group data-testid={id('applicant-sex')}>
                {SEXES.map((sex) => (
                  <Radio key={sex} value={sex} data-testid={id(`applicant-sex-${sex}`)}>
                    {t.enums.sexes[sex]}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col {...THIRD}>
            <Form.Item
              name={['applicant', 'birthDate']}
              label={label.birthDate}
              dependencies={[['applicant', 'identityNumber']]}
              rules={[
                { required: true, message: rules.required },
                matchesIdentity('birthDate', rules.identityMismatchBirth),
              ]}
              {...dateProps}
            >
              <PastDatePicker testId={id('applicant-birth-date')} />
            </Form.Item>
          </Col>
          <Col {...THIRD}>
            <Form.Item name={['applicant', 'occupation']} label={label.occupation} rules={[required]}>
              <Input maxLength={50} data-testid={id('applicant-occupation')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={['applicant', 'domicile']} label={label.domicile} rules={[required]}>
              <Input maxLength={200} autoComplete="street-address" data-testid={id('applicant-domicile')} />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section title={t.form.sections.employer}>
        <Row gutter={16}>
          <Col {...HALF}>
            <Form.Item
              name={['employer', 'name']}
              label={label.employerName}
              dependencies={['kind']}
              rules={[requiredUnlessConsultation]}
            >
              <Input maxLength={100} data-testid={id('employer-name')} />
            </Form.Item>
          </Col>
          {staff && (
            <Col {...HALF}>
              <Form.Item
                name={['employer', 'unifiedSocialCreditCode']}
                label={label.unifiedSocialCreditCode}
                extra={t.form.hints.unifiedSocialCreditCode}
              >
                <Input maxLength={18} data-testid={id('employer-credit-code')} />
              </Form.Item>
            </Col>
          )}
          <Col {...HALF}>
            <Form.Item name={['employer', 'address']} label={label.employerAddress}>
              <Input maxLength={200} data-testid={id('employer-address')} />
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name={['employer', 'legalRepresentative']} label={label.legalRepresentative}>
              <Input maxLength={50} data-testid={id('employer-legal-representative')} />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section title={t.form.sections.employment}>
        <Row gutter={16} align="bottom">
          <Col {...THIRD}>
            <Form.Item
              name={['employment', 'startDate']}
              label={label.startDate}
              dependencies={['kind']}
              rules={[requiredUnlessConsultation]}
              {...dateProps}
            >
              <PastDatePicker testId={id('employment-start')} />
            </Form.Item>
          </Col>
          <Col {...THIRD}>
            <Form.Item name={['employment', 'stillEmployed']} valuePropName="checked">
              <Checkbox data-testid={id('employment-still-employed')}>{label.stillEmployed}</Checkbox>
            </Form.Item>
          </Col>
          <Form.Item noStyle dependencies={[['employment', 'stillEmployed']]}>
            {() =>
              !form.getFieldValue(['employment', 'stillEmployed']) && (
                <Col {...THIRD}>
                  <Form.Item
                    name={['employment', 'endDate']}
                    label={label.endDate}
                    dependencies={[['employment', 'startDate']]}
                    rules={[endDateRule]}
                    {...dateProps}
                  >
                    <PastDatePicker testId={id('employment-end')} />
                  </Form.Item>
                </Col>
              )
            }
          </Form.Item>
        </Row>
      </Section>

      <Section title={t.form.sections.claims}>
        <ClaimRowList
          id={id}
          labels={{
            category: label.category,
            amountYuan: label.amountYuan,
            description: label.claimDescription,
            add: t.form.add.claim,
          }}
          amountRule={amountRule}
          required={{ required: true, message: rules.required }}
          amountHint={t.form.hints.amountYuan}
          listRules={[
            {
              validator: async (_, claims: unknown[] | undefined) => {
                if (!isConsultation() && (claims ?? []).length === 0) throw new Error(rules.atLeastOneClaim);
              },
            },
          ]}
        />
      </Section>

      <Section title={t.form.sections.facts}>
        <Form.Item name="factsAndReasons" label={label.factsAndReasons}>
          <Input.TextArea rows={4} maxLength={10_000} showCount data-testid={id('facts')} />
        </Form.Item>
      </Section>

      <Section title={t.form.sections.evidence}>
        <TextRowList
          listName="evidence"
          rowId={(index) => id(`evidence-${index}`)}
          columns={[
            { field: 'description', label: label.evidenceDescription, maxLength: 500, span: 12, required },
            { field: 'source', label: label.evidenceSource, maxLength: 200, span: 10 },
          ]}
          removeLabel={t.common.remove}
          add={{ label: t.form.add.evidence, testId: id('evidence-add') }}
        />
      </Section>

      <Section title={t.form.sections.witnesses}>
        <TextRowList
          listName="witnesses"
          rowId={(index) => id(`witness-${index}`)}
          columns={[
            { field: 'name', label: label.witnessName, maxLength: 50, span: 6, required },
            { field: 'contact', label: label.witnessContact, maxLength: 100, span: 7 },
            { field: 'statement', label: label.witnessStatement, maxLength: 2000, span: 9 },
          ]}
          removeLabel={t.common.remove}
          add={{ label: t.form.add.witness, testId: id('witness-add') }}
        />
      </Section>

      <Section title={t.form.sections.circumstances}>
        <Row gutter={16}>
          <Col {...THIRD}>
            <Form.Item
              name="workerCount"
              label={label.workerCount}
              extra={t.form.hints.workerCount}
              rules={[{ required: true, message: rules.required }]}
            >
              <InputNumber
                min={1}
                max={100_000}
                precision={0}
                style={{ width: '100%' }}
                data-testid={id('worker-count')}
              />
            </Form.Item>
          </Col>
          <Col {...THIRD}>
            <Form.Item name="requestedRemedy" label={label.requestedRemedy}>
              <Select
                allowClear
                placeholder={t.common.notStated}
                data-testid={id('requested-remedy')}
                options={enumOptions(id('requested-remedy'), REQUESTED_REMEDIES, t.enums.remedies)}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col {...HALF}>
            <Form.Item
              name="commonClaim"
              valuePropName="checked"
              dependencies={['workerCount']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, common: boolean | undefined) => {
                    if (common && (getFieldValue('workerCount') ?? 1) < 2)
                      throw new Error(rules.commonClaimNeedsWorkers);
                  },
                }),
              ]}
            >
              <Checkbox data-testid={id('common-claim')}>{label.commonClaim}</Checkbox>
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="consentToMediationFirst" valuePropName="checked">
              <Checkbox data-testid={id('consent-mediation')}>{label.consentToMediationFirst}</Checkbox>
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="migrantWorker" valuePropName="checked">
              <Checkbox data-testid={id('migrant-worker')}>{label.migrantWorker}</Checkbox>
            </Form.Item>
          </Col>
          <Col {...HALF}>
            <Form.Item name="declaresFinancialHardship" valuePropName="checked">
              <Checkbox data-testid={id('financial-hardship')}>{label.declaresFinancialHardship}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
      </Section>

      {staff && (
        <Section title={t.form.sections.prior}>
          <Form.List name="priorHandling">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Row key={field.key} gutter={8} align="bottom" data-testid={id(`prior-${index}`)}>
                    <Col xs={24} sm={8}>
                      <Form.Item
                        name={[field.name, 'office']}
                        label={label.priorOffice}
                        rules={[{ required: true, message: rules.required }]}
                      >
                        <Select
                          data-testid={id(`prior-${index}-office`)}
                          options={enumOptions(id(`prior-${index}-office`), HANDLING_OFFICES, t.enums.offices)}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={7}>
                      <Form.Item
                        name={[field.name, 'status']}
                        label={label.priorStatus}
                        rules={[{ required: true, message: rules.required }]}
                      >
                        <Select
                          data-testid={id(`prior-${index}-status`)}
                          options={enumOptions(
                            id(`prior-${index}-status`),
                            HANDLING_STATUSES,
                            t.enums.handlingStatuses,
                          )}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} sm={7}>
                      <Form.Item
                        name={[field.name, 'conclusionDisputed']}
                        valuePropName="checked"
                        dependencies={[['priorHandling', field.name, 'status']]}
                        rules={[
                          ({ getFieldValue }) => ({
                            validator: async (_, disputed: boolean | undefined) => {
                              if (disputed && getFieldValue(['priorHandling', field.name, 'status']) !== 'CONCLUDED') {
                                throw new Error(rules.disputedNeedsConclusion);
                              }
                            },
                          }),
                        ]}
                      >
                        <Checkbox data-testid={id(`prior-${index}-disputed`)}>{label.conclusionDisputed}</Checkbox>
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={2}>
                      <RemoveButton
                        label={t.common.remove}
                        testId={id(`prior-${index}-remove`)}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                ))}
                <AddButton
                  label={t.form.add.prior}
                  testId={id('prior-add')}
                  onClick={() => add({ conclusionDisputed: false })}
                />
              </>
            )}
          </Form.List>
        </Section>
      )}

      {staff && (
        <Section title={t.form.sections.layoff}>
          <Form.Item name="hasLayoff" valuePropName="checked">
            <Checkbox data-testid={id('has-layoff')}>{label.hasLayoff}</Checkbox>
          </Form.Item>
          <Form.Item noStyle dependencies={['hasLayoff']}>
            {() =>
              form.getFieldValue('hasLayoff') && (
                <Row gutter={16}>
                  <Col {...HALF}>
                    <Form.Item
                      name={['layoff', 'workersLaidOff']}
                      label={label.workersLaidOff}
                      dependencies={[['layoff', 'workforce']]}
                      rules={[
                        { required: true, message: rules.required },
                        ({ getFieldValue }) => ({
                          validator: async (_, laidOff: number | undefined) => {
                            const workforce: number | undefined = getFieldValue(['layoff', 'workforce']);
                            if (laidOff && workforce && laidOff > workforce) {
                              throw new Error(rules.laidOffMoreThanWorkforce);
                            }
                          },
                        }),
                      ]}
                    >
                      <InputNumber
                        min={1}
                        max={100_000}
                        precision={0}
                        style={{ width: '100%' }}
                        data-testid={id('layoff-laid-off')}
                      />
                    </Form.Item>
                  </Col>
                  <Col {...HALF}>
                    <Form.Item
                      name={['layoff', 'workforce']}
                      label={label.workforce}
                      rules={[{ required: true, message: rules.required }]}
                    >
                      <InputNumber
                        min={1}
                        max={100_000}
                        precision={0}
                        style={{ width: '100%' }}
                        data-testid={id('layoff-workforce')}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              )
            }
          </Form.Item>
        </Section>
      )}
    </Form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

/** A calendar date on or before today in China (birth, start and end of employment). Antd passes value and onChange through. */
function PastDatePicker({ testId, ...props }: { testId: string } & DatePickerProps) {
  return (
    <DatePicker
      {...props}
      style={{ width: '100%' }}
      format="YYYY-MM-DD"
      disabledDate={notAfterToday}
      data-testid={testId}
    />
  );
}

/**
 * Puts the gateway's field violations on the fields that show them (content.applicant.identityNumber →
 * the identity number input) and returns the ones no field shows, for the error banner.
 */
export function showViolations(
  form: FormInstance<MatterFormValues>,
  violations: readonly FieldViolation[],
): FieldViolation[] {
  const onFields = new Map<string, { name: FormPath; errors: string[] }>();
  const elsewhere: FieldViolation[] = [];
  for (const violation of violations) {
    const name = formFieldOf(violation.field);
    if (!name) {
      elsewhere.push(violation);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = onFields.get(key) ?? { name, errors: [] };
    entry.errors.push(violation.description);
    onFields.set(key, entry);
  }
  const fields = [...onFields.values()];
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  if (fields.length > 0) form.scrollToField(fields[0].name, { block: 'center' });
  return elsewhere;
}

/** The form's values when its own checks pass; otherwise scrolls to the first problem and gives undefined. */
export async function checkedMatterValues(form: FormInstance<MatterFormValues>): Promise<MatterFormValues | undefined> {
  try {
    return await form.validateFields();
  } catch (failure) {
    const first = (failure as { errorFields?: Array<{ name: FormPath }> }).errorFields?.[0];
    if (first) form.scrollToField(first.name, { block: 'center' });
    return undefined;
  }
}
