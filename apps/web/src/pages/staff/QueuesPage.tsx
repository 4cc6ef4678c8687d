// 我的待办: one card per queue the user's posts have (a mediator who is also a part-time inspector and
// arbitrator sees three), each item linked to its matter with the action it waits for; a mediation case
// (where the county deploys mediation) with its status, whether it is the caller's, and its case screen; for the
// arbitration court, each accepted case with the step it awaits, the award's last day and its case screen; an
// inspection case (监察案件) or a supervision matter (劳动关系监管) with its status and its screen.
import type { ArbitrationProceedingsItem, QueueItem, WorkQueue } from '@onewindow/gateway-api';
import { Badge, Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { InspectionStatusTag } from '../../components/InspectionPanels';
import { MediationStatusTag } from '../../components/MediationPanels';
import { staffApi } from '../../api/endpoints';
import { AcceptanceActions } from '../../components/AcceptanceActions';
import { ConsultationAnswerActions } from '../../components/ConsultationAnswerActions';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ItemList } from '../../components/ItemList';
import { ReferralActions, type ReferralChange } from '../../components/ReferralActions';
import { Loading } from '../../components/Results';
import { countdownOf } from '../../lib/countdown';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

export default function QueuesPage() {
  const { t } = useI18n();
  const { data, error, reload } = useLoad(() => staffApi.queues(), []);
  // Referrals accepted here stay on screen, so their outcome can be reported without leaving the page.
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());

  const onReferralChanged = (referralId: string) => (change: ReferralChange) => {
    if (change === 'accepted') {
      setAccepted((current) => new Set(current).add(referralId));
      return;
    }
    setAccepted((current) => new Set([...current].filter((id) => id !== referralId)));
    reload();
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t.queues.title}</Typography.Title>
        <Button onClick={reload} data-testid="queues-refresh">
          {t.common.refresh}
        </Button>
      </Space>
      <ErrorBanner error={error} />
      {!data && !error && <Loading />}
      {data && data.queues.length === 0 && !data.arbitrationProceedings && <Empty description={t.queues.none} />}
      <Row gutter={[16, 16]}>
        {data?.queues.map((queue) => (
          <Col key={`${queue.id}:${queue.target ?? ''}:${queue.role}`} xs={24} lg={12} xxl={8}>
            <QueueCard queue={queue} accepted={accepted} onReferralChanged={onReferralChanged} onDecided={reload} />
          </Col>
        ))}
        {data?.arbitrationProceedings && (
          <Col xs={24} lg={12} xxl={8}>
            <ProceedingsCard items={data.arbitrationProceedings} />
          </Col>
        )}
      </Row>
    </>
  );
}

interface QueueCardProps {
  queue: WorkQueue;
  accepted: ReadonlySet<string>;
  onReferralChanged: (referralId: string) => (change: ReferralChange) => void;
  onDecided: () => void;
}

function QueueCard({ queue, accepted, onReferralChanged, onDecided }: QueueCardProps) {
  const { t } = useI18n();
  const title =
    t.enums.queues[queue.id] + (queue.target ? t.queues.forTarget(labelOf(t.enums.targets, queue.target)) : '');
  return (
    <Card
      size="small"
      data-testid="queue-card"
      data-queue-id={queue.id}
      data-queue-target={queue.target ?? ''}
      data-queue-role={queue.role}
      data-count={queue.items.length}
      title={
        <Space wrap size={4}>
          <span data-testid="queue-title">{title}</span>
          <Badge count={queue.items.length} showZero color={queue.items.some((i) => i.overdue) ? 'red' : 'blue'} />
        </Space>
      }
      extra={<Tag color="blue">{labelOf(t.enums.roles, queue.role)}</Tag>}
    >
      {queue.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.queues.empty} />
      ) : (
        <ItemList
          items={queue.items}
          itemKey={(item) => item.deadline?.deadlineId ?? item.referralId ?? item.caseId ?? item.matterId}
          itemAttributes={(item) => ({
            'data-testid': 'queue-item',
            'data-matter-number': item.matterNumber,
            'data-referral-id': item.referralId ?? '',
            'data-case-id': item.caseId ?? '',
            'data-deadline-state': item.deadline?.state ?? '',
            'data-mediation-status': item.mediationStatus ?? '',
            'data-inspection-status': item.inspectionStatus ?? '',
            'data-supervision-status': item.supervisionStatus ?? '',
            'data-assigned-to-me': item.assignedToMe === undefined ? '' : String(item.assignedToMe),
          })}
        >
          {(item) => (
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <QueueItemHeading item={item} />
              <QueueItemActions
                queue={queue}
                item={item}
                accepted={accepted}
                onReferralChanged={onReferralChanged}
                onDecided={onDecided}
              />
            </Space>
          )}
        </ItemList>
      )}
    </Card>
  );
}

function QueueItemHeading({ item }: { item: QueueItem }) {
  const { t, countyName } = useI18n();
  const countdown = item.dueOn ? countdownOf(item.dueOn) : undefined;
  let due = '';
  if (item.overdue) due = t.queues.overdue;
  else if (countdown?.state === 'today') due = t.deadline.dueToday;
  else if (countdown?.state === 'left') due = t.deadline.daysLeft(countdown.days);
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      {/* An office's own case (主动监察, a check it opened) has no matter behind it. */}
      {item.matterNumber && (
        <Link
          to={`/staff/matters/${encodeURIComponent(item.matterNumber)}`}
          data-testid="queue-item-link"
          className="ow-wrap"
        >
          {item.matterNumber}
        </Link>
      )}
      <Typography.Text className="ow-wrap">{item.title}</Typography.Text>
      {item.deadline && (
        <Typography.Text type="secondary" className="ow-wrap" data-testid="queue-item-legal-basis">
          {t.queues.legalBasis} {item.deadline.legalBasis}
        </Typography.Text>
      )}
      <Space wrap size={4}>
        {item.mediationStatus && (
          <MediationStatusTag status={item.mediationStatus} testId="queue-item-mediation-status" />
        )}
        {item.inspectionStatus && (
          <InspectionStatusTag status={item.inspectionStatus} testId="queue-item-inspection-status" />
        )}
        {item.supervisionStatus && (
          <Tag color="processing" data-testid="queue-item-supervision-status" data-status={item.supervisionStatus}>
            {labelOf(t.supervision.statuses, item.supervisionStatus)}
          </Tag>
        )}
        {item.assignedToMe && (
          <Tag color="blue" data-testid="queue-item-assigned-to-me">
            {t.mediation.assignedToMe}
          </Tag>
        )}
        <Tag>{countyName(item.countyCode)}</Tag>
        {item.dueOn && (
          <Tag
            color={item.overdue ? 'red' : countdown?.state === 'today' ? 'orange' : 'default'}
            data-testid="queue-item-due"
            data-overdue={String(item.overdue)}
          >
            {t.queues.due} {item.dueOn}
            {due && ` · ${due}`}
          </Tag>
        )}
      </Space>
    </Space>
  );
}

/** 仲裁案件办理: the accepted cases, each with the step it awaits and the award's last day (Art. 43). */
function ProceedingsCard({ items }: { items: ArbitrationProceedingsItem[] }) {
  const { t, countyName } = useI18n();
  const m = t.arbitration;
  return (
    <Card
      size="small"
      data-testid="proceedings-card"
      data-count={items.length}
      title={
        <Space wrap size={4}>
          <span>{m.queueTitle}</span>
          <Badge count={items.length} showZero color={items.some((item) => item.overdue) ? 'red' : 'blue'} />
        </Space>
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.queueEmpty} />
      ) : (
        <ItemList
          items={items}
          itemKey={(item) => item.caseId}
          itemAttributes={(item) => ({
            'data-testid': 'proceedings-item',
            'data-case-id': item.caseId,
            'data-matter-number': item.matterNumber,
            'data-next-step': item.nextStep,
            'data-overdue': String(item.overdue),
          })}
        >
          {(item) => {
            const countdown = item.awardDueOn ? countdownOf(item.awardDueOn) : undefined;
            let due = '';
            if (item.overdue) due = t.queues.overdue;
            else if (countdown?.state === 'today') due = t.deadline.dueToday;
            else if (countdown?.state === 'left') due = t.deadline.daysLeft(countdown.days);
            return (
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap size={8}>
                  <Link to={`/staff/matters/${encodeURIComponent(item.matterNumber)}`} className="ow-wrap">
                    {item.matterNumber}
                  </Link>
                  <Typography.Text>{item.applicantName}</Typography.Text>
                </Space>
                <Space wrap size={4}>
                  <Tag color="blue" data-testid="proceedings-item-next-step">
                    {m.nextStep}：{labelOf(m.nextSteps, item.nextStep)}
                  </Tag>
                  {item.suspendedSince && <Tag color="warning">{m.suspended}</Tag>}
                  <Tag>{countyName(item.countyCode)}</Tag>
                  {item.awardDueOn && (
                    <Tag
                      color={item.overdue ? 'red' : countdown?.state === 'today' ? 'orange' : 'default'}
                      data-testid="proceedings-item-award-due"
                      data-due-on={item.awardDueOn}
                    >
                      {m.awardDue} {item.awardDueOn}
                      {due && ` · ${due}`}
                    </Tag>
                  )}
                </Space>
                <Link
                  to={`/staff/arbitration-cases/${encodeURIComponent(item.caseId)}`}
                  data-testid="proceedings-item-open"
                >
                  <Button size="small" type="primary" tabIndex={-1}>
                    {m.open}
                  </Button>
                </Link>
              </Space>
            );
          }}
        </ItemList>
      )}
    </Card>
  );
}

function QueueItemActions({
  queue,
  item,
  accepted,
  onReferralChanged,
  onDecided,
}: QueueCardProps & { item: QueueItem }) {
  const { t } = useI18n();
  if (queue.id === 'MEDIATION_CASES' && item.caseId) {
    return (
      <Link to={`/staff/mediation-cases/${encodeURIComponent(item.caseId)}`} data-testid="queue-item-open-case">
        <Button size="small" type="primary" tabIndex={-1}>
          {t.mediation.open}
        </Button>
      </Link>
    );
  }
  if (queue.id === 'INSPECTION_CASES' && item.caseId) {
    return (
      <Link to={`/staff/inspection-cases/${encodeURIComponent(item.caseId)}`} data-testid="queue-item-open-case">
        <Button size="small" type="primary" tabIndex={-1}>
          {t.inspection.open}
        </Button>
      </Link>
    );
  }
  if (queue.id === 'SUPERVISION_MATTERS' && item.caseId) {
    return (
      <Link to={`/staff/supervision-matters/${encodeURIComponent(item.caseId)}`} data-testid="queue-item-open-case">
        <Button size="small" type="primary" tabIndex={-1}>
          {t.supervision.open}
        </Button>
      </Link>
    );
  }
  if (queue.id === 'REFERRALS_TO_ACKNOWLEDGE' && item.referralId) {
    return (
      <ReferralActions
        referralId={item.referralId}
        status={accepted.has(item.referralId) ? 'ACCEPTED' : 'ISSUED'}
        onChanged={onReferralChanged(item.referralId)}
      />
    );
  }
  if (queue.id === 'ARBITRATION_ACCEPTANCE_DECISIONS' && item.caseId) {
    return <AcceptanceActions caseId={item.caseId} onDecided={onDecided} />;
  }
  if (queue.id === 'CONSULTATIONS_TO_ANSWER' && item.referralId) {
    return (
      <ConsultationAnswerActions referralId={item.referralId} question={item.question ?? ''} onAnswered={onDecided} />
    );
  }
  return null;
}
