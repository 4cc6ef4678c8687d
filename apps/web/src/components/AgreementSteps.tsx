// The 调解协议书 and what follows it (劳动争议调解仲裁法 Arts. 14–16): the draft (amounts per claim in integer fen,
// the payment schedule summed live), the three signatures, the payments against the schedule, and the court
// routes: 支付令 when the law allows it, 司法确认 within its window.
import { todayInChina } from '@onewindow/calendar';
import type { CourtRoute, MediationCase, SignerRole } from '@onewindow/gateway-api';
import { Alert, App, Button, Col, Form, Input, Row, Select, Space, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import { draftAgreementRequestOf, sumOfFen, type DraftAgreementValues } from '../lib/mediation-forms';
import { formatFen, yuanToFen } from '../lib/money';
import { selectOptions, testId } from '../lib/test-id';
import { ErrorBanner } from './ErrorBanner';
import { AddButton, RemoveButton } from './FormRows';
import { ItemList } from './ItemList';
import { DateInput, dateItemProps, CaseStepForm } from './CaseStepForm';
import type { StepProps } from './MediationSteps';

const DRAFT_FIELDS = new Set([
  'agreedOn',
  'settledClaims.*.amountYuan',
  'settledClaims.*.reasonAboveClaim',
  'instalments',
  'instalments.*.dueOn',
  'instalments.*.amountYuan',
  'otherTerms',
]);

/** The form's values from the agreement drafted before (a redraft), or from the claims as claimed. */
function draftValuesOf(c: MediationCase, today: string): DraftAgreementValues {
  const existing = c.agreement;
  if (existing) {
    return {
      agreedOn: existing.agreedOn,
      settledClaims: c.claims.map((_, index) => {
        const settled = existing.settledClaims.find((claim) => claim.claimIndex === index);
        return {
          amountYuan: formatFen(settled?.amountFen ?? 0, false),
          ...(settled?.reasonAboveClaim ? { reasonAboveClaim: settled.reasonAboveClaim } : {}),
        };
      }),
      instalments: existing.instalments.map((instalment) => ({
        dueOn: instalment.dueOn,
        amountYuan: formatFen(instalment.amountFen, false),
      })),
      otherTerms: existing.otherTerms,
    };
  }
  const total = c.claims.reduce((sum, claim) => sum + claim.amountFen, 0);
  return {
    agreedOn: today,
    settledClaims: c.claims.map((claim) => ({ amountYuan: formatFen(claim.amountFen, false) })),
    instalments: total > 0 ? [{ dueOn: today, amountYuan: formatFen(total, false) }] : [],
    otherTerms: '',
  };
}

export function DraftAgreementStep({ mediationCase: c, onChanged }: StepProps) {
  const { t } = useI18n();
  const m = t.mediation.draft;
  const { token } = theme.useToken();
  const today = todayInChina(new Date());
  const amountRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (yuanToFen((value ?? '').trim()) === undefined) throw new Error(t.form.rules.amount);
    },
  };
  return (
    <CaseStepForm<DraftAgreementValues>
      id="mediation-draft"
      title={c.agreement ? m.redraftTitle : m.title}
      fields={DRAFT_FIELDS}
      initialValues={draftValuesOf(c, today)}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.draftAgreement(
          c.caseId,
          draftAgreementRequestOf(
            values,
            c.claims.map((claim) => claim.amountFen),
            c.version,
          ),
        )
      }
      onDone={onChanged}
    >
      <Form.Item
        name="agreedOn"
        label={m.agreedOn}
        rules={[{ required: true, message: m.required }]}
        {...dateItemProps}
      >
        <DateInput testId="mediation-draft-agreed-on" />
      </Form.Item>
      <Typography.Text strong>{t.mediation.agreement.settledClaims}</Typography.Text>
      {c.claims.map((claim, index) => (
        <Row key={index} gutter={8} data-testid={`mediation-draft-claim-${index}`}>
          <Col xs={24} md={8}>
            <Form.Item label={m.claim}>
              <Space orientation="vertical" size={0}>
                <Typography.Text>{labelOf(t.enums.categories, claim.category)}</Typography.Text>
                <Typography.Text type="secondary">{m.claimed(formatFen(claim.amountFen))}</Typography.Text>
              </Space>
            </Form.Item>
          </Col>
          <Col xs={24} sm={10} md={6}>
            <Form.Item
              name={['settledClaims', index, 'amountYuan']}
              label={m.settled}
              extra={index === 0 ? m.settledHint : undefined}
              rules={[amountRule]}
            >
              <Input inputMode="decimal" suffix={t.common.yuan} data-testid={`mediation-draft-claim-${index}-amount`} />
            </Form.Item>
          </Col>
          <Form.Item noStyle dependencies={[['settledClaims', index, 'amountYuan']]}>
            {({ getFieldValue }) =>
              (yuanToFen(String(getFieldValue(['settledClaims', index, 'amountYuan']) ?? '').trim()) ?? 0) >
                claim.amountFen && (
                <Col xs={24} sm={14} md={10}>
                  <Form.Item
                    name={['settledClaims', index, 'reasonAboveClaim']}
                    label={m.reasonAboveClaim}
                    rules={[{ required: true, whitespace: true, message: m.reasonRequired }]}
                  >
                    <Input maxLength={500} data-testid={`mediation-draft-claim-${index}-reason`} />
                  </Form.Item>
                </Col>
              )
            }
          </Form.Item>
        </Row>
      ))}
      <Typography.Text strong>{m.instalments}</Typography.Text>
      <Form.List name="instalments">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} data-testid={`mediation-draft-instalment-${index}`}>
                <Col xs={24} sm={10} md={8}>
                  <Form.Item
                    name={[field.name, 'dueOn']}
                    label={m.instalmentDueOn}
                    rules={[{ required: true, message: m.required }]}
                    {...dateItemProps}
                  >
                    <DateInput testId={`mediation-draft-instalment-${index}-due-on`} />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={10} md={8}>
                  <Form.Item name={[field.name, 'amountYuan']} label={m.instalmentAmount} rules={[amountRule]}>
                    <Input
                      inputMode="decimal"
                      suffix={t.common.yuan}
                      data-testid={`mediation-draft-instalment-${index}-amount`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2}>
                  <RemoveButton
                    label={t.common.remove}
                    testId={`mediation-draft-instalment-${index}-remove`}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <div data-testid="mediation-draft-instalments-errors" style={{ color: token.colorError }}>
              <Form.ErrorList errors={errors} />
            </div>
            <Space wrap style={{ margin: '8px 0 16px' }}>
              <AddButton
                label={m.addInstalment}
                testId="mediation-draft-instalment-add"
                onClick={() => add({ amountYuan: '' })}
              />
              <InstalmentSum />
            </Space>
          </>
        )}
      </Form.List>
      <Form.Item name="otherTerms" label={m.otherTerms}>
        <Input.TextArea
          rows={2}
          maxLength={2000}
          placeholder={m.otherTermsPlaceholder}
          data-testid="mediation-draft-other-terms"
        />
      </Form.Item>
    </CaseStepForm>
  );
}

/** The schedule's sum against the settled total, as the mediator types (the gateway judges on submit). */
function InstalmentSum() {
  const { t } = useI18n();
  const m = t.mediation.draft;
  const form = Form.useFormInstance<DraftAgreementValues>();
  const instalments = Form.useWatch('instalments', form);
  const settled = Form.useWatch('settledClaims', form);
  const sum = sumOfFen(instalments);
  const total = sumOfFen(settled);
  const known = sum !== undefined && total !== undefined;
  const matches = known && sum === total;
  return (
    <Space
      wrap
      size={4}
      data-testid="mediation-draft-sum"
      data-sum-fen={sum ?? ''}
      data-total-fen={total ?? ''}
      data-matches={String(matches)}
    >
      <Typography.Text>
        {m.sum(sum === undefined ? '—' : formatFen(sum), total === undefined ? '—' : formatFen(total))}
      </Typography.Text>
      {!known ? (
        <Tag>{m.sumUnknown}</Tag>
      ) : matches ? (
        <Tag color="success">{m.sumMatches}</Tag>
      ) : (
        <Tag color="error">{m.sumDiffers(formatFen(Math.abs(total - sum)))}</Tag>
      )}
    </Space>
  );
}

/** The three signatures: the parties' given in person and recorded here, the mediator's own. */
export function SignaturesStep({ mediationCase: c, onChanged, userId }: StepProps & { userId: string }) {
  const { t } = useI18n();
  const m = t.mediation.sign;
  const { modal } = App.useApp();
  const [error, setError] = useState<unknown>();
  const agreement = c.agreement!;
  const signedBy = (role: SignerRole) =>
    agreement.signatures.some((signed) => signed.role === role && (role !== 'MEDIATOR' || signed.signerId === userId));
  const mediatesThisCase = c.mediators.some((mediator) => mediator.staffUserId === userId);
  const sign = (role: SignerRole) =>
    modal.confirm({
      title: m.confirmTitle,
      content: m.confirm[role],
      okText: t.common.confirm,
      cancelText: t.common.cancel,
      okButtonProps: testId('mediation-sign-confirm'),
      onOk: async () => {
        setError(undefined);
        try {
          onChanged(await staffApi.signAgreement(c.caseId, { expectedVersion: c.version, role }));
        } catch (failure) {
          setError(failure);
        }
      },
    });
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="mediation-signatures">
      <Typography.Text type="secondary">{m.hint}</Typography.Text>
      <ErrorBanner error={error} onClose={() => setError(undefined)} />
      <Space wrap>
        {(['WORKER', 'EMPLOYER', 'MEDIATOR'] as const).map((role) =>
          signedBy(role) ? (
            <Tag key={role} color="success" data-testid={`mediation-signed-${role}`}>
              {labelOf(t.mediation.signerRoles, role)} {m.done}
            </Tag>
          ) : (
            <Button
              key={role}
              type={role === 'MEDIATOR' ? 'primary' : 'default'}
              disabled={role === 'MEDIATOR' && !mediatesThisCase}
              title={role === 'MEDIATOR' && !mediatesThisCase ? m.notAssigned : undefined}
              onClick={() => sign(role)}
              data-testid={`mediation-sign-${role}`}
            >
              {m[role]}
            </Button>
          ),
        )}
      </Space>
    </Space>
  );
}

interface PaymentValues {
  instalmentIndex?: number;
  amountYuan?: string;
  paidOn?: string;
}
const PAYMENT_FIELDS = new Set(['instalmentIndex', 'amountYuan', 'paidOn']);

/** 履行: what was paid against the schedule; the form offers the instalments not yet paid in full. */
export function PaymentsStep({ mediationCase: c, onChanged, mayRecord }: StepProps & { mayRecord: boolean }) {
  const { t } = useI18n();
  const m = t.mediation.payments;
  const instalments = c.agreement?.instalments ?? [];
  const firstOpen = instalments.findIndex((instalment) => instalment.status !== 'PAID');
  const open = instalments.flatMap((instalment, index) => (instalment.status === 'PAID' ? [] : [index]));
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{m.hint}</Typography.Text>
      {c.payments.length > 0 && (
        <ItemList
          items={c.payments}
          header={m.recorded}
          itemKey={(_, index) => index}
          itemAttributes={(payment) =>
            testId('mediation-payment-entry', { instalment: payment.instalmentIndex, 'amount-fen': payment.amountFen })
          }
        >
          {(payment) =>
            m.entry(payment.instalmentIndex + 1, formatFen(payment.amountFen), payment.paidOn, payment.recordedBy)
          }
        </ItemList>
      )}
      {mayRecord && c.status === 'AGREEMENT_IN_FORCE' && firstOpen >= 0 && (
        <CaseStepForm<PaymentValues>
          key={c.version}
          id="mediation-payment"
          title={m.submit}
          fields={PAYMENT_FIELDS}
          initialValues={{
            instalmentIndex: firstOpen,
            amountYuan: formatFen(instalments[firstOpen]!.amountFen - instalments[firstOpen]!.paidFen, false),
            paidOn: todayInChina(new Date()),
          }}
          submitLabel={m.submit}
          submit={(values) =>
            staffApi.recordPayment(c.caseId, {
              expectedVersion: c.version,
              instalmentIndex: values.instalmentIndex ?? firstOpen,
              amountFen: yuanToFen((values.amountYuan ?? '').trim()) ?? 0,
              paidOn: (values.paidOn ?? '').trim(),
            })
          }
          onDone={onChanged}
        >
          <Space wrap align="start" size={16}>
            <Form.Item name="instalmentIndex" label={m.instalment} style={{ minWidth: 260 }}>
              <Select
                virtual={false}
                data-testid="mediation-payment-instalment"
                options={selectOptions(
                  'mediation-payment-instalment',
                  open.map(
                    (index) =>
                      [
                        String(index),
                        m.instalmentLabel(
                          index + 1,
                          instalments[index]!.dueOn,
                          formatFen(instalments[index]!.amountFen),
                        ),
                      ] as const,
                  ),
                ).map((option) => ({ ...option, value: Number(option.value) }))}
              />
            </Form.Item>
            <Form.Item
              name="amountYuan"
              label={m.amount}
              rules={[
                {
                  validator: async (_, value: string | undefined) => {
                    if (yuanToFen((value ?? '').trim()) === undefined) throw new Error(t.form.rules.amount);
                  },
                },
              ]}
            >
              <Input inputMode="decimal" suffix={t.common.yuan} data-testid="mediation-payment-amount" />
            </Form.Item>
            <Form.Item
              name="paidOn"
              label={m.paidOn}
              rules={[{ required: true, message: m.required }]}
              {...dateItemProps}
            >
              <DateInput testId="mediation-payment-paid-on" />
            </Form.Item>
          </Space>
        </CaseStepForm>
      )}
    </Space>
  );
}

/** 支付令 (Art. 16) when the case's claims and the performance allow it, 司法确认 within 30 days of effect. */
export function CourtRoutesStep({ mediationCase: c, onChanged, mayRequest }: StepProps & { mayRequest: boolean }) {
  const { t } = useI18n();
  const m = t.mediation.court;
  const { modal } = App.useApp();
  const [error, setError] = useState<unknown>();
  const requested = (route: CourtRoute) => c.courtApplications.some((application) => application.route === route);
  const today = todayInChina(new Date());
  const confirmationOpen = Boolean(c.judicialConfirmationDueOn) && today <= c.judicialConfirmationDueOn;
  const request = (route: CourtRoute) =>
    modal.confirm({
      title: m.confirmTitle,
      content: m.confirm(labelOf(t.mediation.courtRoutes, route)),
      okText: t.common.confirm,
      cancelText: t.common.cancel,
      okButtonProps: testId('mediation-court-confirm'),
      onOk: async () => {
        setError(undefined);
        try {
          onChanged(await staffApi.requestCourtRoute(c.caseId, { expectedVersion: c.version, route }));
        } catch (failure) {
          setError(failure);
        }
      },
    });
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="mediation-court">
      <ErrorBanner error={error} onClose={() => setError(undefined)} />
      <Alert
        type={c.paymentOrderAvailable ? 'info' : 'warning'}
        showIcon
        title={m.paymentOrderHint}
        description={<span data-testid="mediation-payment-order-reason">{c.paymentOrderReason}</span>}
      />
      <Typography.Text type="secondary" data-testid="mediation-judicial-confirmation-due-on">
        {c.judicialConfirmationDueOn
          ? confirmationOpen
            ? m.judicialConfirmationDueOn(c.judicialConfirmationDueOn)
            : m.judicialConfirmationClosed
          : ''}
      </Typography.Text>
      {mayRequest && (
        <Space wrap>
          <Button
            disabled={!c.paymentOrderAvailable || requested('PAYMENT_ORDER')}
            onClick={() => request('PAYMENT_ORDER')}
            data-testid="mediation-court-PAYMENT_ORDER"
          >
            {m.PAYMENT_ORDER}
          </Button>
          <Button
            disabled={!confirmationOpen || requested('JUDICIAL_CONFIRMATION')}
            onClick={() => request('JUDICIAL_CONFIRMATION')}
            data-testid="mediation-court-JUDICIAL_CONFIRMATION"
          >
            {m.JUDICIAL_CONFIRMATION}
          </Button>
        </Space>
      )}
      {c.courtApplications.length > 0 && (
        <ItemList
          items={c.courtApplications}
          header={m.applications}
          itemKey={(application) => application.referralId || application.route}
          itemAttributes={(application) => testId('mediation-court-application', { route: application.route })}
        >
          {(application) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text>
                {m.entry(
                  labelOf(t.mediation.courtRoutes, application.route),
                  application.requestedOn,
                  application.requestedBy,
                )}
              </Typography.Text>
              {application.reason && <Typography.Text type="secondary">{application.reason}</Typography.Text>}
            </Space>
          )}
        </ItemList>
      )}
    </Space>
  );
}
