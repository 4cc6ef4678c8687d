// The steps of an accepted arbitration case before the award (劳动争议调解仲裁法 Arts. 30–44): the application copy
// served and the defence (Art. 30), the tribunal with its seats (Arts. 31–32), a challenge and its decision
// (Arts. 33–34), the hearing scheduled in a room or online (Art. 35), postponed, and held with its record and
// who was absent (Arts. 36, 40), the 仲裁调解书 issued, signed for or gone back on (Art. 42), and 先予执行 (Art. 44).
// Each is a CaseStepForm answered with the case as it now is: a 400's violations under their fields, a 409's
// reason (e.g. a room clash naming the other hearing) or a 403's in its banner.
import { addPeriod, todayInChina } from '@onewindow/calendar';
import {
  ABSENCE_KINDS,
  ARBITRATION_PARTIES,
  CHALLENGE_DECIDERS,
  CHALLENGE_GROUNDS,
  CHALLENGE_STAGES,
  HEARING_NOTICE_WORKING_DAYS,
  SERVICE_METHODS,
  TRIBUNAL_FORMS,
  type AbsenceKind,
  type ArbitrationCase,
  type ArbitrationParty,
  type ArbitratorSeat,
  type ChallengeDecider,
  type ChallengeDecision,
  type ChallengeGround,
  type ChallengeStage,
  type ElectronicServiceSent,
  type HearingSlot,
  type ServiceMethod,
  type TribunalChallenge,
  type TribunalForm,
} from '@onewindow/gateway-api';
import { Alert, App, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import {
  ADVANCE_ENFORCEMENT_CATEGORIES,
  advanceEnforcementRequestOf,
  mediationStatementRequestOf,
  scheduleHearingRequestOf,
  seatRolesOf,
  type AdvanceEnforcementValues,
  type HearingScheduleValues,
  type StatementValues,
} from '../lib/arbitration-forms';
import { formatInstant } from '../lib/format';
import { chinaInstantOf, chinaLocalInputOf } from '../lib/mediation-forms';
import { formatFen, yuanToFen } from '../lib/money';
import { selectOptions } from '../lib/test-id';
import { useLoad } from '../lib/use-load';
import { ChinaTimeInput, chinaTimeItemProps, CaseStepForm, DateInput, dateItemProps } from './CaseStepForm';
import { AddButton, RemoveButton } from './FormRows';

/** A day the step's form must have, kept and sent as YYYY-MM-DD (the steps' dates are all of this kind). */
function RequiredDate({ name, label, testId }: { name: string; label: string; testId: string }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t.arbitration.required }]}
      {...dateItemProps}
    >
      <DateInput testId={testId} />
    </Form.Item>
  );
}

export interface ProceedingsStepProps {
  arbitrationCase: ArbitrationCase;
  onChanged: (next: ArbitrationCase) => void;
}

/** A claim of the case, in the application's order (its index is the claimIndex the requests take). */
export interface CaseClaim {
  category: string;
  amountFen: number;
  description: string;
}

const trimmed = (value: string | undefined) => (value ?? '').trim();
const today = () => todayInChina(new Date());

/** Says so, then shows the case as the step left it. */
function useDone(onChanged: (next: ArbitrationCase) => void) {
  const { message } = App.useApp();
  return (text: string) => (next: ArbitrationCase) => {
    message.success(text);
    onChanged(next);
  };
}

function PartySelect({ id, exclude = [] }: { id: string; exclude?: readonly string[] }) {
  const { t } = useI18n();
  return (
    <Radio.Group>
      {ARBITRATION_PARTIES.filter((party) => !exclude.includes(party)).map((party) => (
        <Radio key={party} value={party} data-testid={`${id}-${party}`}>
          {labelOf(t.arbitration.parties, party)}
        </Radio>
      ))}
    </Radio.Group>
  );
}

// ---------- 送达 and 答辩 (Art. 30) ----------

interface ServiceValues {
  trackingNumber?: string;
  signedBy?: string;
  receivedOn?: string;
}
const SERVICE_FIELDS = new Set(['method', 'trackingNumber', 'signedBy', 'receivedOn']);

/** 邮寄, 直接 or 电子送达: the last only with the respondent's written agreement (民事诉讼法 Art. 90). */
type ServiceWay = ServiceMethod | 'ELECTRONIC';
const SERVICE_WAYS: readonly ServiceWay[] = [...SERVICE_METHODS, 'ELECTRONIC'];

function ServiceWayChoice({ value, onChange }: { value: ServiceWay; onChange: (next: ServiceWay) => void }) {
  const { t } = useI18n();
  const s = t.arbitration.service;
  return (
    <Form.Item label={s.method} required>
      <Radio.Group value={value} onChange={(event) => onChange(event.target.value as ServiceWay)}>
        {SERVICE_WAYS.map((way) => (
          <Radio key={way} value={way} data-testid={`arbitration-service-method-${way}`}>
            {labelOf(s.methods, way)}
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
}

/** 送达: by post or in person, recorded once received; or electronically, by the SMS link the respondent confirms. */
export function ServiceStep(props: ProceedingsStepProps) {
  const agreed = Boolean(props.arbitrationCase.electronicService?.agreedAt);
  const [way, setWay] = useState<ServiceWay>(agreed ? 'ELECTRONIC' : 'POST');
  const choice = <ServiceWayChoice value={way} onChange={setWay} />;
  if (way !== 'ELECTRONIC') return <PaperServiceStep {...props} method={way} choice={choice} />;
  return agreed ? (
    <ElectronicServiceSendStep {...props} choice={choice} />
  ) : (
    <ElectronicServiceConsentStep {...props} choice={choice} />
  );
}

function PaperServiceStep({
  arbitrationCase: c,
  onChanged,
  method,
  choice,
}: ProceedingsStepProps & { method: ServiceMethod; choice: ReactNode }) {
  const { t } = useI18n();
  const s = t.arbitration.service;
  const done = useDone(onChanged);
  return (
    <CaseStepForm<ServiceValues, ArbitrationCase>
      id="arbitration-service"
      title={s.title}
      fields={SERVICE_FIELDS}
      initialValues={{ receivedOn: today() }}
      submitLabel={s.submit}
      submit={(values) =>
        staffApi.recordApplicationCopyService(c.caseId, {
          method,
          receivedOn: trimmed(values.receivedOn),
          ...(method === 'POST'
            ? { trackingNumber: trimmed(values.trackingNumber) }
            : { signedBy: trimmed(values.signedBy) }),
        })
      }
      onDone={done(s.done)}
    >
      <Typography.Paragraph type="secondary">{s.hint}</Typography.Paragraph>
      {choice}
      <Space wrap align="start" size={16}>
        {method === 'IN_PERSON' ? (
          <Form.Item
            name="signedBy"
            label={s.signedBy}
            rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
          >
            <Input maxLength={64} data-testid="arbitration-service-signed-by" />
          </Form.Item>
        ) : (
          <Form.Item
            name="trackingNumber"
            label={s.trackingNumber}
            rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
          >
            <Input maxLength={64} placeholder="EMS1234567890CN" data-testid="arbitration-service-tracking-number" />
          </Form.Item>
        )}
        <RequiredDate name="receivedOn" label={s.receivedOn} testId="arbitration-service-received-on" />
      </Space>
    </CaseStepForm>
  );
}

interface ConsentValues {
  agreedAt?: string;
  mobile?: string;
}

/** 电子送达确认书: when the respondent agreed in writing, and the mobile its agreement names. */
function ElectronicServiceConsentStep({
  arbitrationCase: c,
  onChanged,
  choice,
}: ProceedingsStepProps & { choice: ReactNode }) {
  const { t } = useI18n();
  const s = t.arbitration.service;
  const e = s.electronic;
  const done = useDone(onChanged);
  return (
    <CaseStepForm<ConsentValues, ArbitrationCase>
      id="arbitration-electronic-consent"
      title={s.title}
      fields={new Set(['agreedAt', 'mobile'])}
      initialValues={{ agreedAt: chinaLocalInputOf(new Date()) }}
      submitLabel={e.recordConsent}
      submit={(values) =>
        staffApi.recordElectronicServiceConsent(c.caseId, {
          agreedAt: chinaInstantOf(values.agreedAt),
          mobile: trimmed(values.mobile),
        })
      }
      onDone={done(e.consentRecorded)}
    >
      <Typography.Paragraph type="secondary">{e.hint}</Typography.Paragraph>
      {choice}
      <Typography.Text strong>{e.consentTitle}</Typography.Text>
      <Space wrap align="start" size={16} style={{ marginTop: 8 }}>
        <Form.Item
          name="agreedAt"
          label={e.agreedAt}
          rules={[{ required: true, message: t.arbitration.required }]}
          {...chinaTimeItemProps}
        >
          <ChinaTimeInput testId="arbitration-electronic-consent-agreed-at" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={e.mobile}
          rules={[{ required: true, pattern: /^\s*1\d{10}\s*$/, message: e.mobileRule }]}
        >
          <Input
            maxLength={11}
            inputMode="numeric"
            placeholder="13812345678"
            data-testid="arbitration-electronic-consent-mobile"
          />
        </Form.Item>
      </Space>
    </CaseStepForm>
  );
}

/**
 * 发送电子送达短信: a new link and one-time code to the agreed mobile (a second send replaces the first). The answer
 * names the masked mobile and the link's expiry; the code is only in the SMS. Served once the respondent enters it.
 */
function ElectronicServiceSendStep({
  arbitrationCase: c,
  onChanged,
  choice,
}: ProceedingsStepProps & { choice: ReactNode }) {
  const { t } = useI18n();
  const s = t.arbitration.service;
  const e = s.electronic;
  const { message } = App.useApp();
  const [sent, setSent] = useState<ElectronicServiceSent>();
  const service = c.electronicService!;
  const expired = Boolean(service.expiresAt) && Date.now() >= Date.parse(service.expiresAt);
  const lastSent = sent ?? (service.sentAt ? { sentTo: service.mobile, expiresAt: service.expiresAt } : undefined);
  return (
    <CaseStepForm<object, ElectronicServiceSent>
      id="arbitration-electronic-service"
      title={s.title}
      fields={new Set()}
      submitLabel={service.sentAt ? e.sendAgain : e.send}
      submit={() => staffApi.sendApplicationCopyElectronically(c.caseId)}
      onDone={(answer) => {
        message.success(e.sentDone);
        setSent(answer);
        onChanged(answer.case);
      }}
    >
      <Typography.Paragraph type="secondary">{e.hint}</Typography.Paragraph>
      {choice}
      <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 16 }}>
        <Typography.Text data-testid="arbitration-electronic-consent-view" data-mobile={service.mobile}>
          {e.agreed(formatInstant(service.agreedAt), service.mobile)}
        </Typography.Text>
        {lastSent && (
          <Alert
            type={service.locked || expired ? 'warning' : 'info'}
            showIcon
            title={e.sentTo(lastSent.sentTo, formatInstant(lastSent.expiresAt))}
            description={
              <Space orientation="vertical" size={0}>
                {service.sentAt && <span>{e.sentAt(formatInstant(service.sentAt))}</span>}
                <span>{service.locked ? e.locked : expired ? e.expired : e.awaiting}</span>
                {service.wrongCodes > 0 && !service.locked && <span>{e.wrongCodes(service.wrongCodes)}</span>}
              </Space>
            }
            data-testid="arbitration-electronic-service-sent"
            data-sent-to={lastSent.sentTo}
            data-expires-at={lastSent.expiresAt}
            data-locked={String(service.locked)}
          />
        )}
      </Space>
    </CaseStepForm>
  );
}

export function DefenceStep({ arbitrationCase: c, onChanged }: ProceedingsStepProps) {
  const { t } = useI18n();
  const d = t.arbitration.defence;
  const done = useDone(onChanged);
  return (
    <CaseStepForm<{ submittedOn?: string }, ArbitrationCase>
      id="arbitration-defence"
      title={d.title}
      fields={new Set(['submittedOn'])}
      initialValues={{ submittedOn: today() }}
      submitLabel={d.submit}
      submit={(values) => staffApi.recordDefence(c.caseId, { submittedOn: trimmed(values.submittedOn) })}
      onDone={done(d.done)}
    >
      <Typography.Paragraph type="secondary">{d.hint}</Typography.Paragraph>
      <RequiredDate name="submittedOn" label={d.submittedOn} testId="arbitration-defence-submitted-on" />
    </CaseStepForm>
  );
}

// ---------- 组庭 (Arts. 31–32) ----------

interface TribunalValues {
  form?: TribunalForm;
  arbitrators?: (Partial<Pick<ArbitratorSeat, 'arbitratorId' | 'name'>> | undefined)[];
  composedOn?: string;
  notifiedOn?: string;
  factsClear?: boolean;
  bothPartiesAgree?: boolean;
}
const TRIBUNAL_FIELDS = new Set([
  'form',
  'arbitrators',
  'arbitrators.*.arbitratorId',
  'arbitrators.*.name',
  'composedOn',
  'notifiedOn',
  'factsClear',
  'bothPartiesAgree',
]);

export function TribunalStep({
  arbitrationCase: c,
  onChanged,
  self,
}: ProceedingsStepProps & { self: { arbitratorId: string; name: string } }) {
  const { t } = useI18n();
  const m = t.arbitration.tribunal;
  const done = useDone(onChanged);
  return (
    <CaseStepForm<TribunalValues, ArbitrationCase>
      id="arbitration-tribunal"
      title={m.title}
      fields={TRIBUNAL_FIELDS}
      initialValues={{
        form: 'THREE_ARBITRATORS',
        arbitrators: [self, {}, {}],
        composedOn: today(),
        notifiedOn: today(),
      }}
      submitLabel={m.submit}
      submit={(values) => {
        const form = values.form ?? 'THREE_ARBITRATORS';
        const notifiedOn = trimmed(values.notifiedOn);
        return staffApi.composeTribunal(c.caseId, {
          form,
          arbitrators: seatRolesOf(form).map((role, index) => ({
            arbitratorId: trimmed(values.arbitrators?.[index]?.arbitratorId),
            name: trimmed(values.arbitrators?.[index]?.name),
            role,
          })),
          composedOn: trimmed(values.composedOn),
          ...(notifiedOn ? { notifiedOn } : {}),
          ...(form === 'SOLE_ARBITRATOR'
            ? { factsClear: values.factsClear === true, bothPartiesAgree: values.bothPartiesAgree === true }
            : {}),
        });
      }}
      onDone={done(m.done)}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Form.Item name="form" label={m.form}>
        <Radio.Group>
          {TRIBUNAL_FORMS.map((form) => (
            <Radio key={form} value={form} data-testid={`arbitration-tribunal-form-${form}`}>
              {labelOf(m.forms, form)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['form']}>
        {({ getFieldValue }) => {
          const form = getFieldValue('form') as TribunalForm | undefined;
          return (
            <>
              {seatRolesOf(form).map((role, index) => (
                <Row key={`${role}-${index}`} gutter={8} data-testid={`arbitration-tribunal-seat-${index}`}>
                  <Col xs={24} sm={6}>
                    <Form.Item label={index === 0 ? ' ' : undefined} colon={false}>
                      <Typography.Text strong>{labelOf(m.roles, role)}</Typography.Text>
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={9}>
                    <Form.Item
                      name={['arbitrators', index, 'arbitratorId']}
                      label={index === 0 ? m.arbitratorId : undefined}
                      rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
                    >
                      <Input maxLength={64} data-testid={`arbitration-tribunal-seat-${index}-id`} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={9}>
                    <Form.Item
                      name={['arbitrators', index, 'name']}
                      label={index === 0 ? m.name : undefined}
                      rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
                    >
                      <Input maxLength={64} data-testid={`arbitration-tribunal-seat-${index}-name`} />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              {form === 'SOLE_ARBITRATOR' && (
                <>
                  <Typography.Paragraph type="secondary">{m.simpleHint}</Typography.Paragraph>
                  <Form.Item name="factsClear" valuePropName="checked" style={{ marginBottom: 4 }}>
                    <Checkbox data-testid="arbitration-tribunal-facts-clear">{m.factsClear}</Checkbox>
                  </Form.Item>
                  <Form.Item name="bothPartiesAgree" valuePropName="checked">
                    <Checkbox data-testid="arbitration-tribunal-both-agree">{m.bothPartiesAgree}</Checkbox>
                  </Form.Item>
                </>
              )}
            </>
          );
        }}
      </Form.Item>
      <Space wrap align="start" size={16}>
        <RequiredDate name="composedOn" label={m.composedOn} testId="arbitration-tribunal-composed-on" />
        <Form.Item name="notifiedOn" label={m.notifiedOn} extra={m.notifiedOnHint} {...dateItemProps}>
          <DateInput testId="arbitration-tribunal-notified-on" />
        </Form.Item>
      </Space>
    </CaseStepForm>
  );
}

// ---------- 回避 (Arts. 33–34) ----------

interface ChallengeValues {
  arbitratorId?: string;
  party?: ArbitrationParty;
  ground?: ChallengeGround;
  reason?: string;
  filedOn?: string;
  stage?: ChallengeStage;
  groundLearnedAfterHearingBegan?: boolean;
  challengedIsCommissionChair?: boolean;
}
const CHALLENGE_FIELDS = new Set([
  'arbitratorId',
  'party',
  'ground',
  'reason',
  'filedOn',
  'stage',
  'groundLearnedAfterHearingBegan',
  'challengedIsCommissionChair',
]);

export function ChallengeStep({ arbitrationCase: c, onChanged }: ProceedingsStepProps) {
  const { t } = useI18n();
  const m = t.arbitration.challenge;
  const done = useDone(onChanged);
  const seats = c.tribunal ?? [];
  return (
    <CaseStepForm<ChallengeValues, ArbitrationCase>
      id="arbitration-challenge"
      title={m.title}
      fields={CHALLENGE_FIELDS}
      resetOnDone
      initialValues={{ filedOn: today(), stage: 'BEFORE_HEARING', party: 'RESPONDENT' }}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.challengeArbitrator(c.caseId, {
          arbitratorId: trimmed(values.arbitratorId),
          party: values.party ?? 'RESPONDENT',
          ground: values.ground!,
          reason: trimmed(values.reason),
          filedOn: trimmed(values.filedOn),
          stage: values.stage ?? 'BEFORE_HEARING',
          ...(values.stage === 'DURING_HEARING'
            ? { groundLearnedAfterHearingBegan: values.groundLearnedAfterHearingBegan === true }
            : {}),
          challengedIsCommissionChair: values.challengedIsCommissionChair === true,
        })
      }
      onDone={done(m.done)}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Space wrap align="start" size={16}>
        <Form.Item
          name="arbitratorId"
          label={m.arbitrator}
          rules={[{ required: true, message: t.arbitration.required }]}
        >
          <Select
            style={{ minWidth: 220 }}
            virtual={false}
            data-testid="arbitration-challenge-arbitrator"
            options={selectOptions(
              'arbitration-challenge-arbitrator',
              seats.map(
                (seat) =>
                  [seat.arbitratorId, `${seat.name}（${labelOf(t.arbitration.tribunal.roles, seat.role)}）`] as const,
              ),
            )}
          />
        </Form.Item>
        <Form.Item name="party" label={m.party} rules={[{ required: true, message: t.arbitration.required }]}>
          <PartySelect id="arbitration-challenge-party" />
        </Form.Item>
      </Space>
      <Form.Item name="ground" label={m.ground} rules={[{ required: true, message: t.arbitration.required }]}>
        <Select
          virtual={false}
          popupMatchSelectWidth={false}
          data-testid="arbitration-challenge-ground"
          options={selectOptions(
            'arbitration-challenge-ground',
            CHALLENGE_GROUNDS.map((ground) => [ground, labelOf(m.grounds, ground)] as const),
          )}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={m.reason}
        rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
      >
        <Input.TextArea rows={2} maxLength={2000} data-testid="arbitration-challenge-reason" />
      </Form.Item>
      <Space wrap align="start" size={16}>
        <RequiredDate name="filedOn" label={m.filedOn} testId="arbitration-challenge-filed-on" />
        <Form.Item name="stage" label={m.stage} rules={[{ required: true, message: t.arbitration.required }]}>
          <Select
            style={{ minWidth: 180 }}
            virtual={false}
            data-testid="arbitration-challenge-stage"
            options={selectOptions(
              'arbitration-challenge-stage',
              CHALLENGE_STAGES.map((stage) => [stage, labelOf(m.stages, stage)] as const),
            )}
          />
        </Form.Item>
      </Space>
      <Form.Item noStyle dependencies={['stage']}>
        {({ getFieldValue }) =>
          getFieldValue('stage') === 'DURING_HEARING' && (
            <Form.Item name="groundLearnedAfterHearingBegan" valuePropName="checked" style={{ marginBottom: 4 }}>
              <Checkbox data-testid="arbitration-challenge-learned-after">{m.learnedAfter}</Checkbox>
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="challengedIsCommissionChair" valuePropName="checked">
        <Checkbox data-testid="arbitration-challenge-is-chair">{m.isChair}</Checkbox>
      </Form.Item>
    </CaseStepForm>
  );
}

interface DecisionValues {
  decision?: ChallengeDecision;
  decidedBy?: ChallengeDecider;
  decidedOn?: string;
  reason?: string;
  replacementArbitratorId?: string;
  replacementName?: string;
}
const DECISION_FIELDS = new Set([
  'decision',
  'decidedBy',
  'decidedOn',
  'reason',
  'replacementArbitratorId',
  'replacementName',
]);

/** The decision on one pending challenge (`challengeIndex` into the case's challenges). */
export function ChallengeDecisionStep({
  arbitrationCase: c,
  onChanged,
  challenge,
  challengeIndex,
}: ProceedingsStepProps & { challenge: TribunalChallenge; challengeIndex: number }) {
  const { t } = useI18n();
  const m = t.arbitration.decision;
  const done = useDone(onChanged);
  const seat = (c.tribunal ?? []).find((s) => s.arbitratorId === challenge.arbitratorId);
  const id = `arbitration-challenge-decision-${challengeIndex}`;
  return (
    <CaseStepForm<DecisionValues, ArbitrationCase>
      id={id}
      title={m.title(seat?.name ?? challenge.arbitratorId)}
      fields={DECISION_FIELDS}
      initialValues={{
        decision: 'REFUSED',
        decidedBy: 'COMMISSION_CHAIR',
        decidedOn: today(),
      }}
      submitLabel={m.submit}
      submit={(values) => {
        const decision = values.decision ?? 'REFUSED';
        return staffApi.decideChallenge(c.caseId, challengeIndex, {
          decision,
          decidedBy: values.decidedBy ?? 'COMMISSION_CHAIR',
          decidedOn: trimmed(values.decidedOn),
          reason: trimmed(values.reason),
          ...(decision === 'GRANTED'
            ? {
                replacementArbitratorId: trimmed(values.replacementArbitratorId),
                replacementName: trimmed(values.replacementName),
              }
            : {}),
        });
      }}
      onDone={done(m.done)}
    >
      <Form.Item name="decision" label={m.decision}>
        <Radio.Group>
          {(['GRANTED', 'REFUSED'] as const).map((decision) => (
            <Radio key={decision} value={decision} data-testid={`${id}-${decision}`}>
              {labelOf(m.decisions, decision)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Space wrap align="start" size={16}>
        <Form.Item name="decidedBy" label={m.decidedBy}>
          <Select
            style={{ minWidth: 200 }}
            virtual={false}
            data-testid={`${id}-decided-by`}
            options={selectOptions(
              `${id}-decided-by`,
              CHALLENGE_DECIDERS.map((decider) => [decider, labelOf(m.deciders, decider)] as const),
            )}
          />
        </Form.Item>
        <RequiredDate name="decidedOn" label={m.decidedOn} testId={`${id}-decided-on`} />
      </Space>
      <Form.Item
        name="reason"
        label={m.reason}
        rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
      >
        <Input.TextArea rows={2} maxLength={2000} data-testid={`${id}-reason`} />
      </Form.Item>
      <Form.Item noStyle dependencies={['decision']}>
        {({ getFieldValue }) =>
          getFieldValue('decision') === 'GRANTED' && (
            <Space wrap align="start" size={16}>
              <Form.Item
                name="replacementArbitratorId"
                label={m.replacementId}
                rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
              >
                <Input maxLength={64} data-testid={`${id}-replacement-id`} />
              </Form.Item>
              <Form.Item
                name="replacementName"
                label={m.replacementName}
                rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
              >
                <Input maxLength={64} data-testid={`${id}-replacement-name`} />
              </Form.Item>
            </Space>
          )
        }
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- 开庭 (Arts. 35–36, 40) ----------

const SCHEDULE_FIELDS = new Set(['startsAt', 'endsAt', 'roomId', 'meetingLink', 'noticeServedOn']);
/** The form's names where they differ from the request's: endsAt comes from the length, place from the room. */
const SCHEDULE_RENAMED: Readonly<Record<string, string>> = { endsAt: 'hours', place: 'roomId' };

/** The first morning a notice served today allows (five working days, Art. 35), as the form's default. */
function firstHearingMorning(): string {
  const day = addPeriod(today(), { amount: HEARING_NOTICE_WORKING_DAYS, unit: 'WORKING_DAYS' }).due;
  return `${day}T09:00`;
}

export function HearingScheduleStep({ arbitrationCase: c, onChanged }: ProceedingsStepProps) {
  const { t } = useI18n();
  const m = t.arbitration.hearing;
  const done = useDone(onChanged);
  const rooms = useLoad(() => staffApi.hearingRooms(c.countyCode), [c.countyCode]);
  const list = rooms.data?.rooms ?? [];
  const nameOf = (roomId: string) => list.find((room) => room.roomId === roomId)?.name;
  return (
    <CaseStepForm<HearingScheduleValues, ArbitrationCase>
      id="arbitration-hearing-schedule"
      title={m.scheduleTitle}
      fields={new Set([...SCHEDULE_FIELDS, ...Object.values(SCHEDULE_RENAMED)])}
      renamed={SCHEDULE_RENAMED}
      resetOnDone
      initialValues={{ mode: 'ON_SITE', startsAt: firstHearingMorning(), hours: 2, noticeServedOn: today() }}
      submitLabel={m.submit}
      submit={(values) => staffApi.scheduleHearing(c.caseId, scheduleHearingRequestOf(values, nameOf))}
      onDone={done(m.done)}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Form.Item name="mode" label={m.mode}>
        <Radio.Group>
          {(['ON_SITE', 'ONLINE'] as const).map((mode) => (
            <Radio key={mode} value={mode} data-testid={`arbitration-hearing-schedule-mode-${mode}`}>
              {labelOf(m.modes, mode)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['mode']}>
        {({ getFieldValue }) =>
          getFieldValue('mode') === 'ONLINE' ? (
            <Form.Item
              name="meetingLink"
              label={m.meetingLink}
              rules={[{ required: true, pattern: /^https:\/\/\S+$/, message: m.meetingLinkRule }]}
            >
              <Input maxLength={500} placeholder="https://" data-testid="arbitration-hearing-schedule-meeting-link" />
            </Form.Item>
          ) : (
            <Form.Item name="roomId" label={m.room} rules={[{ required: true, message: t.arbitration.required }]}>
              <Select
                style={{ maxWidth: 320 }}
                virtual={false}
                data-testid="arbitration-hearing-schedule-room"
                notFoundContent={m.noRooms}
                options={selectOptions(
                  'arbitration-hearing-schedule-room',
                  list.map((room) => [room.roomId, room.name] as const),
                )}
              />
            </Form.Item>
          )
        }
      </Form.Item>
      <Space wrap align="start" size={16}>
        <Form.Item
          name="startsAt"
          label={m.startsAt}
          rules={[{ required: true, message: t.arbitration.required }]}
          {...chinaTimeItemProps}
        >
          <ChinaTimeInput testId="arbitration-hearing-schedule-starts-at" />
        </Form.Item>
        <Form.Item name="hours" label={m.hours} rules={[{ required: true, message: t.arbitration.required }]}>
          <InputNumber min={0.5} max={12} step={0.5} data-testid="arbitration-hearing-schedule-hours" />
        </Form.Item>
        <RequiredDate
          name="noticeServedOn"
          label={m.noticeServedOn}
          testId="arbitration-hearing-schedule-notice-served-on"
        />
      </Space>
    </CaseStepForm>
  );
}

interface PostponementValues {
  party?: ArbitrationParty;
  requestedOn?: string;
  reason?: string;
  granted?: boolean;
  decidedOn?: string;
  decisionReason?: string;
}
const POSTPONEMENT_FIELDS = new Set(['party', 'requestedOn', 'reason', 'granted', 'decidedOn', 'decisionReason']);

/** A party's request to postpone a scheduled hearing, and the commission's decision taken with it. */
export function PostponementStep({
  arbitrationCase: c,
  onChanged,
  hearing,
  number,
}: ProceedingsStepProps & { hearing: HearingSlot; number: number }) {
  const { t } = useI18n();
  const m = t.arbitration.postpone;
  const done = useDone(onChanged);
  const id = `arbitration-postpone-${number - 1}`;
  return (
    <CaseStepForm<PostponementValues, ArbitrationCase>
      id={id}
      title={m.title(number)}
      fields={POSTPONEMENT_FIELDS}
      initialValues={{ party: 'RESPONDENT', requestedOn: today(), granted: true, decidedOn: today() }}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.postponeHearing(c.caseId, hearing.hearingId, {
          party: values.party ?? 'RESPONDENT',
          requestedOn: trimmed(values.requestedOn),
          reason: trimmed(values.reason),
          granted: values.granted !== false,
          decidedOn: trimmed(values.decidedOn),
          decisionReason: trimmed(values.decisionReason),
        })
      }
      onDone={done(m.done)}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Space wrap align="start" size={16}>
        <Form.Item name="party" label={m.party}>
          <PartySelect id={`${id}-party`} />
        </Form.Item>
        <RequiredDate name="requestedOn" label={m.requestedOn} testId={`${id}-requested-on`} />
      </Space>
      <Form.Item
        name="reason"
        label={m.reason}
        rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
      >
        <Input maxLength={2000} data-testid={`${id}-reason`} />
      </Form.Item>
      <Space wrap align="start" size={16}>
        <Form.Item name="granted" label={m.granted}>
          <Radio.Group>
            <Radio value={true} data-testid={`${id}-grant`}>
              {m.grant}
            </Radio>
            <Radio value={false} data-testid={`${id}-refuse`}>
              {m.refuse}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <RequiredDate name="decidedOn" label={m.decidedOn} testId={`${id}-decided-on`} />
      </Space>
      <Form.Item
        name="decisionReason"
        label={m.decisionReason}
        rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
      >
        <Input maxLength={2000} data-testid={`${id}-decision-reason`} />
      </Form.Item>
    </CaseStepForm>
  );
}

interface AbsenceValues {
  party?: ArbitrationParty;
  kind?: AbsenceKind;
  writtenNoticeReceivedOn?: string;
  reason?: string;
  reasonAccepted?: boolean;
}
interface RecordValues {
  recordText?: string;
  absences?: (AbsenceValues | undefined)[];
}
const RECORD_FIELDS = new Set([
  'recordText',
  'absences',
  'absences.*.party',
  'absences.*.kind',
  'absences.*.writtenNoticeReceivedOn',
  'absences.*.reason',
  'absences.*.reasonAccepted',
]);

/** 庭审笔录 of a hearing begun, and who was absent (Art. 36: the applicant's case withdrawn, the respondent decided in absence). */
export function HearingRecordStep({
  arbitrationCase: c,
  onChanged,
  hearing,
  number,
}: ProceedingsStepProps & { hearing: HearingSlot; number: number }) {
  const { t } = useI18n();
  const m = t.arbitration.record;
  const done = useDone(onChanged);
  const id = `arbitration-record-${number - 1}`;
  return (
    <CaseStepForm<RecordValues, ArbitrationCase>
      id={id}
      title={m.title(number)}
      fields={RECORD_FIELDS}
      initialValues={{ absences: [] }}
      submitLabel={m.submit}
      confirm={m.confirm}
      submit={(values) =>
        staffApi.recordHearing(c.caseId, hearing.hearingId, {
          recordText: trimmed(values.recordText),
          absences: (values.absences ?? []).map((absence) => {
            const received = trimmed(absence?.writtenNoticeReceivedOn);
            const reason = trimmed(absence?.reason);
            return {
              party: absence?.party ?? 'RESPONDENT',
              kind: absence?.kind ?? 'DID_NOT_APPEAR',
              ...(received ? { writtenNoticeReceivedOn: received } : {}),
              ...(reason ? { reason, reasonAccepted: absence?.reasonAccepted === true } : {}),
            };
          }),
        })
      }
      onDone={done(m.done)}
    >
      <Alert type="info" showIcon title={m.hint} style={{ marginBottom: 12 }} />
      <Form.Item
        name="recordText"
        label={m.text}
        rules={[{ required: true, whitespace: true, min: 10, max: 20_000, message: m.textRule }]}
      >
        <Input.TextArea rows={5} maxLength={20_000} showCount data-testid={`${id}-text`} />
      </Form.Item>
      <Typography.Text strong>{m.absences}</Typography.Text>
      <Form.List name="absences">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="bottom" data-testid={`${id}-absence-${index}`}>
                <Col xs={24} md={5}>
                  <Form.Item
                    name={[field.name, 'party']}
                    label={m.party}
                    rules={[{ required: true, message: t.arbitration.required }]}
                  >
                    <Select
                      virtual={false}
                      data-testid={`${id}-absence-${index}-party`}
                      options={selectOptions(
                        `${id}-absence-${index}-party`,
                        ARBITRATION_PARTIES.map((party) => [party, labelOf(t.arbitration.parties, party)] as const),
                      )}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={m.kind}
                    rules={[{ required: true, message: t.arbitration.required }]}
                  >
                    <Select
                      virtual={false}
                      popupMatchSelectWidth={false}
                      data-testid={`${id}-absence-${index}-kind`}
                      options={selectOptions(
                        `${id}-absence-${index}-kind`,
                        ABSENCE_KINDS.map((kind) => [kind, labelOf(m.kinds, kind)] as const),
                      )}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={5}>
                  <Form.Item
                    name={[field.name, 'writtenNoticeReceivedOn']}
                    label={m.noticeReceivedOn}
                    {...dateItemProps}
                  >
                    <DateInput testId={`${id}-absence-${index}-notice-received-on`} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={6}>
                  <Form.Item name={[field.name, 'reason']} label={m.reason}>
                    <Input maxLength={500} data-testid={`${id}-absence-${index}-reason`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reasonAccepted']} valuePropName="checked">
                    <Checkbox data-testid={`${id}-absence-${index}-reason-accepted`}>{m.reasonAccepted}</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <RemoveButton
                    label={t.common.remove}
                    testId={`${id}-absence-${index}-remove`}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <div style={{ margin: '8px 0 16px' }}>
              <AddButton
                label={m.addAbsence}
                testId={`${id}-absence-add`}
                onClick={() => add({ kind: 'DID_NOT_APPEAR', writtenNoticeReceivedOn: hearing.noticeServedOn })}
              />
            </div>
          </>
        )}
      </Form.List>
    </CaseStepForm>
  );
}

// ---------- 仲裁调解书 (Art. 42) ----------

const STATEMENT_FIELDS = new Set([
  'issuedOn',
  'settledClaims',
  'settledClaims.*.amountYuan',
  'settledClaims.*.reasonAboveClaim',
  'otherTerms',
]);

export function MediationStatementStep({
  arbitrationCase: c,
  onChanged,
  claims,
}: ProceedingsStepProps & { claims: readonly CaseClaim[] }) {
  const { t } = useI18n();
  const m = t.arbitration.statement;
  const done = useDone(onChanged);
  const amountRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (yuanToFen((value ?? '').trim()) === undefined) throw new Error(t.arbitration.amountRule);
    },
  };
  return (
    <CaseStepForm<StatementValues, ArbitrationCase>
      id="arbitration-statement"
      title={m.issueTitle}
      fields={STATEMENT_FIELDS}
      initialValues={{
        issuedOn: today(),
        settledClaims: claims.map((claim) => ({ amountYuan: formatFen(claim.amountFen, false) })),
      }}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.issueMediationStatement(
          c.caseId,
          mediationStatementRequestOf(
            values,
            claims.map((claim) => claim.amountFen),
          ),
        )
      }
      onDone={done(m.done)}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <RequiredDate name="issuedOn" label={m.issuedOn} testId="arbitration-statement-issued-on" />
      {claims.map((claim, index) => (
        <Row key={index} gutter={8} data-testid={`arbitration-statement-claim-${index}`}>
          <Col xs={24} md={8}>
            <Form.Item label={t.arbitration.award.claim}>
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
              <Input
                inputMode="decimal"
                suffix={t.common.yuan}
                data-testid={`arbitration-statement-claim-${index}-amount`}
              />
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
                    rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
                  >
                    <Input maxLength={500} data-testid={`arbitration-statement-claim-${index}-reason`} />
                  </Form.Item>
                </Col>
              )
            }
          </Form.Item>
        </Row>
      ))}
      <Form.Item name="otherTerms" label={m.otherTerms}>
        <Input.TextArea
          rows={2}
          maxLength={2000}
          placeholder={m.otherTermsPlaceholder}
          data-testid="arbitration-statement-other-terms"
        />
      </Form.Item>
    </CaseStepForm>
  );
}

/** A party's signature for the 调解书 (签收), recorded at the window: the second puts it in force. */
export function StatementSignatureStep({ arbitrationCase: c, onChanged }: ProceedingsStepProps) {
  const { t } = useI18n();
  const m = t.arbitration.statement;
  const done = useDone(onChanged);
  const signed = (c.mediationStatement?.signatures ?? []).map((signature) => signature.party);
  const unsigned = ARBITRATION_PARTIES.filter((party) => !signed.includes(party));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {unsigned.map((party) => (
        <CaseStepForm<object, ArbitrationCase>
          key={party}
          id={`arbitration-statement-sign-${party}`}
          title={labelOf(m.sign, party)}
          fields={new Set()}
          submitLabel={labelOf(m.sign, party)}
          confirm={m.signConfirm(labelOf(t.arbitration.parties, party))}
          submit={() => staffApi.signForMediationStatement(c.caseId, { party })}
          onDone={done(m.signed)}
        >
          {null}
        </CaseStepForm>
      ))}
      <CaseStepForm<{ party?: ArbitrationParty; reason?: string }, ArbitrationCase>
        id="arbitration-statement-retract"
        title={m.retractTitle}
        fields={new Set(['party', 'reason'])}
        initialValues={{ party: unsigned[0] ?? 'RESPONDENT' }}
        submitLabel={m.retractSubmit}
        confirm={m.retractConfirm}
        submit={(values) =>
          staffApi.retractMediationStatement(c.caseId, {
            party: values.party ?? 'RESPONDENT',
            reason: trimmed(values.reason),
          })
        }
        onDone={done(m.retractSubmit)}
      >
        <Form.Item name="party" label={m.retractParty}>
          <PartySelect id="arbitration-statement-retract-party" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={m.retractReason}
          rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
        >
          <Input maxLength={2000} data-testid="arbitration-statement-retract-reason" />
        </Form.Item>
      </CaseStepForm>
    </Space>
  );
}

// ---------- 先予执行 (Art. 44) ----------

const ADVANCE_FIELDS = new Set([
  'appliedOn',
  'decidedOn',
  'items',
  'items.*.claimIndex',
  'items.*.amountYuan',
  'rightsAndObligationsClear',
  'livelihoodSeriouslyAffected',
]);

export function AdvanceEnforcementStep({
  arbitrationCase: c,
  onChanged,
  claims,
}: ProceedingsStepProps & { claims: readonly CaseClaim[] }) {
  const { t } = useI18n();
  const m = t.arbitration.advance;
  const done = useDone(onChanged);
  const eligible = claims
    .map((claim, claimIndex) => ({ ...claim, claimIndex }))
    .filter((claim) => ADVANCE_ENFORCEMENT_CATEGORIES.includes(claim.category));
  const amountRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (yuanToFen((value ?? '').trim()) === undefined) throw new Error(t.arbitration.amountRule);
    },
  };
  return (
    <CaseStepForm<AdvanceEnforcementValues, ArbitrationCase>
      id="arbitration-advance"
      title={m.title}
      fields={ADVANCE_FIELDS}
      resetOnDone
      initialValues={{
        appliedOn: today(),
        decidedOn: today(),
        items: eligible.slice(0, 1).map((claim) => ({ claimIndex: claim.claimIndex, amountYuan: '' })),
      }}
      submitLabel={m.submit}
      submit={(values) => staffApi.decideAdvanceEnforcement(c.caseId, advanceEnforcementRequestOf(values))}
      onDone={done(m.done)}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Space wrap align="start" size={16}>
        <RequiredDate name="appliedOn" label={m.appliedOn} testId="arbitration-advance-applied-on" />
        <RequiredDate name="decidedOn" label={m.decidedOn} testId="arbitration-advance-decided-on" />
      </Space>
      <Typography.Text strong>{m.items}</Typography.Text>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} data-testid={`arbitration-advance-item-${index}`}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[field.name, 'claimIndex']}
                    label={m.claim}
                    rules={[{ required: true, message: t.arbitration.required }]}
                  >
                    <Select
                      virtual={false}
                      data-testid={`arbitration-advance-item-${index}-claim`}
                      options={eligible.map((claim) => ({
                        value: claim.claimIndex,
                        label: `${t.arbitration.award.claimNumber(claim.claimIndex + 1)} ${labelOf(t.enums.categories, claim.category)}（${formatFen(claim.amountFen)}）`,
                        'data-testid': `arbitration-advance-item-${index}-claim-option-${claim.claimIndex}`,
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={20} md={10}>
                  <Form.Item name={[field.name, 'amountYuan']} label={m.amount} rules={[amountRule]}>
                    <Input
                      inputMode="decimal"
                      suffix={t.common.yuan}
                      data-testid={`arbitration-advance-item-${index}-amount`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <RemoveButton
                    label={t.common.remove}
                    testId={`arbitration-advance-item-${index}-remove`}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <div style={{ margin: '8px 0 16px' }}>
              <AddButton
                label={m.addItem}
                testId="arbitration-advance-item-add"
                onClick={() => add({ amountYuan: '' })}
              />
            </div>
          </>
        )}
      </Form.List>
      <Form.Item name="rightsAndObligationsClear" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox data-testid="arbitration-advance-clear">{m.clear}</Checkbox>
      </Form.Item>
      <Form.Item name="livelihoodSeriouslyAffected" valuePropName="checked">
        <Checkbox data-testid="arbitration-advance-livelihood">{m.livelihood}</Checkbox>
      </Form.Item>
    </CaseStepForm>
  );
}
