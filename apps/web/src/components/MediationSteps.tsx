// The steps of a mediation before the agreement (劳动争议调解仲裁法 Arts. 5, 10–14; 人民调解法 Art. 19): the
// employer's answer to the 调解建议书, conflicts of interest, the mediators, the sessions with their notices
// and records, and an extension both parties agreed. Each is a CaseStepForm sent against the case version.
import {
  MEDIATION_PARTIES,
  MEDIATOR_KINDS,
  SESSION_ATTENDANCES,
  type MediationCase,
  type MediationParty,
  type MediationSession,
  type MediatorKind,
  type SessionAttendance,
} from '@onewindow/gateway-api';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { staffApi } from '../api/endpoints';
import { ApiRequestError } from '../api/http';
import { labelOf, useI18n } from '../i18n/i18n';
import { formatInstant } from '../lib/format';
import { chinaInstantOf, chinaLocalInputOf } from '../lib/mediation-forms';
import { selectOptions, testId } from '../lib/test-id';
import { useLoad } from '../lib/use-load';
import { ItemList } from './ItemList';
import { VenueText } from './MediationPanels';
import { ChinaTimeInput, chinaTimeItemProps, DateInput, dateItemProps, CaseStepForm } from './CaseStepForm';

export interface StepProps {
  mediationCase: MediationCase;
  onChanged: (next: MediationCase) => void;
}

const trimmed = (value: string | undefined) => (value ?? '').trim();

// ---------- The employer's answer (用人单位是否同意调解, Art. 5) ----------

interface ConsentValues {
  consents?: boolean;
  answeredAt?: string;
  how?: string;
}
const CONSENT_FIELDS = new Set(['consents', 'answeredAt', 'how']);

export function ConsentStep({ mediationCase: c, onChanged }: StepProps) {
  const { t } = useI18n();
  const m = t.mediation.consent;
  return (
    <CaseStepForm<ConsentValues>
      id="mediation-consent"
      title={m.title}
      fields={CONSENT_FIELDS}
      initialValues={{ consents: true, answeredAt: chinaLocalInputOf(new Date()), how: '' }}
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.recordEmployerConsent(c.caseId, {
          expectedVersion: c.version,
          consents: values.consents ?? true,
          answeredAt: chinaInstantOf(values.answeredAt),
          how: trimmed(values.how),
        })
      }
      onDone={onChanged}
    >
      <Alert type="info" showIcon title={m.hint} style={{ marginBottom: 12 }} />
      <Form.Item name="consents" label={m.consents} rules={[{ required: true }]}>
        <Radio.Group>
          <Radio value={true} data-testid="mediation-consent-yes">
            {m.yes}
          </Radio>
          <Radio value={false} data-testid="mediation-consent-no">
            {m.no}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="answeredAt"
        label={m.answeredAt}
        rules={[{ required: true, message: t.mediation.extension.required }]}
        {...chinaTimeItemProps}
      >
        <ChinaTimeInput testId="mediation-consent-answered-at" />
      </Form.Item>
      <Form.Item name="how" label={m.how} rules={[{ required: true, whitespace: true, message: m.howRequired }]}>
        <Input maxLength={200} placeholder={m.howPlaceholder} data-testid="mediation-consent-how" />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- Mediators: assignment by load or by choice, conflicts of interest ----------

interface AssignValues {
  mode?: 'LOAD' | 'CHOICE';
  panelSize?: number;
  kinds?: MediatorKind[];
  staffUserIds?: string[];
}
const ASSIGN_FIELDS = new Set(['panelSize', 'kinds', 'staffUserIds']);

/** The case's mediators, and while none is assigned the assignment: by open cases, or chosen from the roll. */
export function MediatorsStep({ mediationCase: c, onChanged, mayAssign }: StepProps & { mayAssign: boolean }) {
  const { t } = useI18n();
  const m = t.mediation.mediators;
  const roll = useLoad(() => staffApi.mediators(c.countyCode), [c.countyCode]);
  const mediators = roll.data?.mediators ?? [];
  const conflicted = new Set(c.conflicts.map((conflict) => conflict.staffUserId));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {c.mediators.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        <ItemList
          items={c.mediators}
          itemKey={(mediator) => mediator.staffUserId}
          itemAttributes={(mediator) => testId('mediation-mediator', { 'staff-user-id': mediator.staffUserId })}
        >
          {(mediator, index) => (
            <Space wrap size={[8, 2]}>
              <Typography.Text strong>{mediator.name}</Typography.Text>
              <Tag>{labelOf(t.mediation.mediatorKinds, mediator.kind)}</Tag>
              {index === 0 && c.mediators.length > 1 && <Tag color="blue">{t.mediation.presiding}</Tag>}
              <Typography.Text type="secondary">{mediator.staffUserId}</Typography.Text>
            </Space>
          )}
        </ItemList>
      )}
      {mayAssign && c.mediators.length === 0 && c.status === 'IN_MEDIATION' && (
        <CaseStepForm<AssignValues>
          id="mediation-assign"
          title={t.mediation.mediators.submit}
          fields={ASSIGN_FIELDS}
          initialValues={{ mode: 'LOAD', panelSize: 1, kinds: [], staffUserIds: [] }}
          submitLabel={m.submit}
          submit={(values) =>
            staffApi.assignMediators(
              c.caseId,
              values.mode === 'CHOICE'
                ? { expectedVersion: c.version, staffUserIds: values.staffUserIds ?? [] }
                : {
                    expectedVersion: c.version,
                    panelSize: values.panelSize ?? 1,
                    ...(values.kinds && values.kinds.length > 0 ? { kinds: values.kinds } : {}),
                  },
            )
          }
          onDone={onChanged}
        >
          {roll.data && mediators.length === 0 && (
            <Alert
              type="warning"
              showIcon
              title={m.emptyRoll}
              style={{ marginBottom: 12 }}
              data-testid="mediation-roll-empty"
            />
          )}
          <Form.Item name="mode" label={m.mode}>
            <Radio.Group>
              <Radio value="LOAD" data-testid="mediation-assign-mode-LOAD">
                {m.byLoad}
              </Radio>
              <Radio value="CHOICE" data-testid="mediation-assign-mode-CHOICE">
                {m.byChoice}
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle dependencies={['mode']}>
            {({ getFieldValue }) =>
              getFieldValue('mode') === 'CHOICE' ? (
                <Form.Item
                  name="staffUserIds"
                  label={m.chosen}
                  rules={[{ required: true, type: 'array', min: 1, message: m.chosenRequired }]}
                >
                  <Select
                    mode="multiple"
                    virtual={false}
                    data-testid="mediation-assign-mediators"
                    options={selectOptions(
                      'mediation-assign-mediators',
                      mediators
                        .filter((mediator) => !conflicted.has(mediator.staffUserId))
                        .map(
                          (mediator) =>
                            [
                              mediator.staffUserId,
                              `${mediator.name}（${labelOf(t.mediation.mediatorKinds, mediator.kind)}，${t.mediation.openCases(mediator.openCases)}）`,
                            ] as const,
                        ),
                    )}
                  />
                </Form.Item>
              ) : (
                <Space wrap align="start" size={16}>
                  <Form.Item name="panelSize" label={m.panelSize} extra={m.panelSizeHint}>
                    <InputNumber min={1} max={9} precision={0} data-testid="mediation-assign-panel-size" />
                  </Form.Item>
                  <Form.Item name="kinds" label={m.kinds} style={{ minWidth: 260 }}>
                    <Select
                      mode="multiple"
                      virtual={false}
                      data-testid="mediation-assign-kinds"
                      options={selectOptions(
                        'mediation-assign-kinds',
                        MEDIATOR_KINDS.map((kind) => [kind, labelOf(t.mediation.mediatorKinds, kind)] as const),
                      )}
                    />
                  </Form.Item>
                </Space>
              )
            }
          </Form.Item>
        </CaseStepForm>
      )}
    </Space>
  );
}

interface ConflictValues {
  staffUserId?: string;
  party?: MediationParty;
  reason?: string;
}
const CONFLICT_FIELDS = new Set(['staffUserId', 'party', 'reason']);

/** 利益冲突: declared before assignment, so the mediator concerned is never assigned to the case. */
export function ConflictsStep({ mediationCase: c, onChanged, mayDeclare }: StepProps & { mayDeclare: boolean }) {
  const { t } = useI18n();
  const m = t.mediation.conflicts;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{m.hint}</Typography.Text>
      {c.conflicts.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        <ItemList
          items={c.conflicts}
          itemKey={(conflict) => `${conflict.staffUserId}:${conflict.party}`}
          itemAttributes={(conflict) => testId('mediation-conflict-entry', { 'staff-user-id': conflict.staffUserId })}
        >
          {(conflict) =>
            m.entry(
              conflict.staffUserId,
              labelOf(t.mediation.parties, conflict.party),
              conflict.reason,
              conflict.declaredOn,
            )
          }
        </ItemList>
      )}
      {mayDeclare && (
        <CaseStepForm<ConflictValues>
          id="mediation-conflict"
          title={m.title}
          fields={CONFLICT_FIELDS}
          resetOnDone
          submitLabel={m.submit}
          submit={(values) =>
            staffApi.declareConflict(c.caseId, {
              expectedVersion: c.version,
              staffUserId: trimmed(values.staffUserId),
              party: values.party ?? 'EMPLOYER',
              reason: trimmed(values.reason),
            })
          }
          onDone={onChanged}
        >
          <Form.Item
            name="staffUserId"
            label={m.staffUserId}
            rules={[{ required: true, whitespace: true, message: m.required }]}
          >
            <Input maxLength={64} placeholder="mediator.zengdu" data-testid="mediation-conflict-staff-user-id" />
          </Form.Item>
          <Form.Item name="party" label={m.party} rules={[{ required: true, message: m.required }]}>
            <Radio.Group>
              {MEDIATION_PARTIES.map((party) => (
                <Radio key={party} value={party} data-testid={`mediation-conflict-party-${party}`}>
                  {labelOf(t.mediation.parties, party)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item name="reason" label={m.reason} rules={[{ required: true, whitespace: true, message: m.required }]}>
            <Input maxLength={500} placeholder={m.reasonPlaceholder} data-testid="mediation-conflict-reason" />
          </Form.Item>
        </CaseStepForm>
      )}
    </Space>
  );
}

// ---------- Sessions: scheduled with SMS notices, then attendance and the 调解笔录 ----------

interface ScheduleValues {
  startsAt?: string;
  venue?: { mode?: 'ON_SITE' | 'ONLINE'; place?: string; meetingLink?: string };
  employerContactPhone?: string;
}
const SCHEDULE_FIELDS = new Set(['startsAt', 'venue.mode', 'venue.place', 'venue.meetingLink', 'employerContactPhone']);

/** Tomorrow at 09:30 China time, a working morning to start from. */
function tomorrowMorning(): string {
  return `${chinaLocalInputOf(new Date(Date.now() + 24 * 60 * 60_000)).slice(0, 10)}T09:30`;
}

export function SessionsStep({
  mediationCase: c,
  onChanged,
  onReload,
  mayMediate,
}: StepProps & { onReload: () => void; mayMediate: boolean }) {
  const { t } = useI18n();
  const m = t.mediation.sessions;
  const open = c.status === 'IN_MEDIATION';
  // The first session's form is open; a further one is asked for, so the step in hand stays in view.
  const [scheduling, setScheduling] = useState(c.sessions.length === 0);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {c.sessions.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        <ItemList
          items={c.sessions}
          itemKey={(session) => session.index}
          itemAttributes={(session) =>
            testId('mediation-session', {
              index: session.index,
              mode: session.venue.mode,
              recorded: String(Boolean(session.record)),
            })
          }
        >
          {(session) => (
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <SessionSummary session={session} />
              {!session.record &&
                open &&
                mayMediate &&
                (Date.parse(session.startsAt) <= Date.now() ? (
                  <RecordSessionForm mediationCase={c} session={session} onChanged={onChanged} />
                ) : (
                  <Typography.Text type="secondary">{m.notBegun}</Typography.Text>
                ))}
            </Space>
          )}
        </ItemList>
      )}
      {open && mayMediate && !scheduling && (
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => setScheduling(true)}
          data-testid="mediation-schedule-open"
        >
          {m.scheduleTitle}
        </Button>
      )}
      {open && mayMediate && scheduling && (
        <CaseStepForm<ScheduleValues>
          id="mediation-schedule"
          title={m.scheduleTitle}
          fields={SCHEDULE_FIELDS}
          resetOnDone
          initialValues={{ startsAt: tomorrowMorning(), venue: { mode: 'ON_SITE' } }}
          submitLabel={m.submit}
          submit={(values) => {
            const venue = values.venue ?? {};
            const phone = trimmed(values.employerContactPhone);
            return staffApi.scheduleSession(c.caseId, {
              expectedVersion: c.version,
              startsAt: chinaInstantOf(values.startsAt),
              venue:
                venue.mode === 'ONLINE'
                  ? { mode: 'ONLINE', meetingLink: trimmed(venue.meetingLink) }
                  : { mode: 'ON_SITE', place: trimmed(venue.place) },
              ...(phone ? { employerContactPhone: phone } : {}),
            });
          }}
          onDone={(next) => {
            setScheduling(false);
            onChanged(next);
          }}
          // 502: scheduled, but the SMS notice was not sent; the session is on the case all the same.
          onRefused={(failure) => failure instanceof ApiRequestError && failure.status >= 500 && onReload()}
        >
          <Form.Item
            name="startsAt"
            label={m.startsAt}
            rules={[{ required: true, message: m.startsAtRequired }]}
            {...chinaTimeItemProps}
          >
            <ChinaTimeInput testId="mediation-schedule-starts-at" />
          </Form.Item>
          <Form.Item name={['venue', 'mode']} label={m.mode}>
            <Radio.Group>
              {(['ON_SITE', 'ONLINE'] as const).map((mode) => (
                <Radio key={mode} value={mode} data-testid={`mediation-schedule-mode-${mode}`}>
                  {labelOf(t.mediation.venueModes, mode)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle dependencies={[['venue', 'mode']]}>
            {({ getFieldValue }) =>
              getFieldValue(['venue', 'mode']) === 'ONLINE' ? (
                <Form.Item
                  name={['venue', 'meetingLink']}
                  label={m.meetingLink}
                  rules={[{ required: true, pattern: /^https:\/\/\S+$/, message: m.meetingLinkRule }]}
                >
                  <Input
                    maxLength={500}
                    placeholder="https://"
                    inputMode="url"
                    data-testid="mediation-schedule-meeting-link"
                  />
                </Form.Item>
              ) : (
                <Form.Item
                  name={['venue', 'place']}
                  label={m.place}
                  rules={[{ required: true, whitespace: true, message: m.placeRequired }]}
                >
                  <Input maxLength={200} placeholder={m.placePlaceholder} data-testid="mediation-schedule-place" />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item
            name="employerContactPhone"
            label={m.employerPhone}
            extra={m.employerPhoneHint}
            rules={[{ pattern: /^1[3-9]\d{9}$/, message: m.employerPhoneRule }]}
          >
            <Input maxLength={11} inputMode="tel" data-testid="mediation-schedule-employer-phone" />
          </Form.Item>
        </CaseStepForm>
      )}
    </Space>
  );
}

function SessionSummary({ session }: { session: MediationSession }) {
  const { t } = useI18n();
  const m = t.mediation.sessions;
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Space wrap size={[8, 2]}>
        <Typography.Text strong>{m.entry(session.index + 1)}</Typography.Text>
        <Typography.Text data-testid="mediation-session-starts-at">{formatInstant(session.startsAt)}</Typography.Text>
        <Tag>{labelOf(t.mediation.venueModes, session.venue.mode)}</Tag>
        <VenueText venue={session.venue} />
      </Space>
      <Space wrap size={[4, 2]}>
        <Typography.Text type="secondary">{m.notices}</Typography.Text>
        {session.notices.length === 0 ? (
          <Typography.Text type="warning">{m.noNotices}</Typography.Text>
        ) : (
          session.notices.map((notice) => (
            <Tag key={notice} color="green" data-testid="mediation-session-notice">
              {notice}
            </Tag>
          ))
        )}
      </Space>
      {session.record && (
        <>
          <Typography.Text type="secondary">
            {m.workerAttendance} {labelOf(t.mediation.attendance, session.workerAttendance)} · {m.employerAttendance}{' '}
            {labelOf(t.mediation.attendance, session.employerAttendance)}
          </Typography.Text>
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
            data-testid="mediation-session-record"
          >
            {session.record}
          </Typography.Paragraph>
        </>
      )}
    </Space>
  );
}

interface RecordValues {
  workerAttendance?: SessionAttendance;
  employerAttendance?: SessionAttendance;
  record?: string;
}
const RECORD_FIELDS = new Set(['workerAttendance', 'employerAttendance', 'record']);

function RecordSessionForm({ mediationCase: c, session, onChanged }: StepProps & { session: MediationSession }) {
  const { t } = useI18n();
  const m = t.mediation.sessions;
  const id = `mediation-record-${session.index}`;
  const attendance = (name: 'workerAttendance' | 'employerAttendance', label: string) => (
    <Form.Item name={name} label={label}>
      <Radio.Group>
        {SESSION_ATTENDANCES.map((value) => (
          <Radio
            key={value}
            value={value}
            data-testid={`${id}-${name === 'workerAttendance' ? 'worker' : 'employer'}-${value}`}
          >
            {labelOf(t.mediation.attendance, value)}
          </Radio>
        ))}
      </Radio.Group>
    </Form.Item>
  );
  return (
    <CaseStepForm<RecordValues>
      id={id}
      title={m.recordTitle(session.index + 1)}
      fields={RECORD_FIELDS}
      initialValues={{ workerAttendance: 'PRESENT', employerAttendance: 'PRESENT' }}
      submitLabel={m.recordSubmit}
      submit={(values) =>
        staffApi.recordSession(c.caseId, session.index, {
          expectedVersion: c.version,
          workerAttendance: values.workerAttendance ?? 'PRESENT',
          employerAttendance: values.employerAttendance ?? 'PRESENT',
          record: trimmed(values.record),
        })
      }
      onDone={onChanged}
    >
      <Space wrap size={24}>
        {attendance('workerAttendance', m.workerAttendance)}
        {attendance('employerAttendance', m.employerAttendance)}
      </Space>
      <Form.Item name="record" label={m.record} rules={[{ required: true, min: 10, max: 4000, message: m.recordRule }]}>
        <Input.TextArea rows={5} maxLength={4000} showCount data-testid={`${id}-text`} />
      </Form.Item>
    </CaseStepForm>
  );
}

// ---------- Extension both parties agreed (延长调解期限) ----------

interface ExtensionValues {
  newDueOn?: string;
  workerAgreedAt?: string;
  employerAgreedAt?: string;
}
const EXTENSION_FIELDS = new Set(['newDueOn', 'workerAgreedAt', 'employerAgreedAt']);

export function ExtensionStep({ mediationCase: c, onChanged }: StepProps) {
  const { t } = useI18n();
  const m = t.mediation.extension;
  return (
    <CaseStepForm<ExtensionValues>
      id="mediation-extension"
      title={m.title}
      fields={EXTENSION_FIELDS}
      resetOnDone
      submitLabel={m.submit}
      submit={(values) =>
        staffApi.extendPeriod(c.caseId, {
          expectedVersion: c.version,
          newDueOn: trimmed(values.newDueOn),
          workerAgreedAt: chinaInstantOf(values.workerAgreedAt),
          employerAgreedAt: chinaInstantOf(values.employerAgreedAt),
        })
      }
      onDone={onChanged}
    >
      <Typography.Paragraph type="secondary">{m.hint}</Typography.Paragraph>
      <Space wrap align="start" size={16}>
        <Form.Item
          name="newDueOn"
          label={m.newDueOn}
          rules={[{ required: true, message: m.required }]}
          {...dateItemProps}
        >
          <DateInput testId="mediation-extension-new-due-on" />
        </Form.Item>
        <Form.Item
          name="workerAgreedAt"
          label={m.workerAgreedAt}
          rules={[{ required: true, message: m.required }]}
          {...chinaTimeItemProps}
        >
          <ChinaTimeInput testId="mediation-extension-worker-agreed-at" />
        </Form.Item>
        <Form.Item
          name="employerAgreedAt"
          label={m.employerAgreedAt}
          rules={[{ required: true, message: m.required }]}
          {...chinaTimeItemProps}
        >
          <ChinaTimeInput testId="mediation-extension-employer-agreed-at" />
        </Form.Item>
      </Space>
    </CaseStepForm>
  );
}
