// 仲裁案件: one accepted arbitration case on one screen for the arbitration court (仲裁院) — its state and the step
// it waits for, the parties and claims (as the matter registered them), the award's last day with its steps
// (Art. 43), the documents, and one panel per step of the proceedings (劳动争议调解仲裁法 Arts. 30–50), each shown
// only while the step applies and for the posts that take it: the arbitration window records what the parties do,
// the tribunal (仲裁员) decides. The award drafting computes each claim's finality as the arbitrator types. The
// page refreshes itself while open, since the window and the tribunal work on the same case.
import { ReloadOutlined } from '@ant-design/icons';
import type { ArbitrationCase, MatterDetail } from '@onewindow/gateway-api';
import { Alert, Button, Card, Col, Collapse, Descriptions, Row, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import {
  AdvanceEnforcementStep,
  ChallengeDecisionStep,
  ChallengeStep,
  DefenceStep,
  HearingRecordStep,
  HearingScheduleStep,
  MediationStatementStep,
  PostponementStep,
  ServiceStep,
  StatementSignatureStep,
  TribunalStep,
  type CaseClaim,
} from '../../components/ArbitrationSteps';
import {
  AdvanceEnforcementView,
  AwardsView,
  HearingSummary,
  ServiceView,
  StatementView,
  TribunalView,
} from '../../components/ArbitrationViews';
import { AwardDraftStep } from '../../components/AwardDraft';
import { AwardPeriodPanel } from '../../components/AwardPeriodPanel';
import { CaseDocumentLinks } from '../../components/CaseDocumentLinks';
import { DeadlineTag } from '../../components/DeadlineTag';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ItemList } from '../../components/ItemList';
import { Loading } from '../../components/Results';
import { ADVANCE_ENFORCEMENT_CATEGORIES, nextStepOf } from '../../lib/arbitration-forms';
import { formatFen } from '../../lib/money';
import { testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const REFRESH_MS = 10_000;

const STATUS_COLORS: Readonly<Record<string, string>> = {
  ACCEPTED: 'processing',
  AWARDED: 'success',
  MEDIATED: 'success',
  WITHDRAWN: 'default',
  NOT_ACCEPTED: 'error',
};

export default function ArbitrationCasePage() {
  const { t } = useI18n();
  const { caseId = '' } = useParams();
  const { data, error, reload } = useLoad(() => staffApi.arbitrationCase(caseId), [caseId]);
  // A write answers with the case as it now is; shown until the read it starts comes back (useLoad drops older ones).
  const [written, setWritten] = useState<ArbitrationCase>();
  useEffect(() => setWritten(undefined), [data]);

  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const current = written && written.caseId === caseId ? written : data;
  if (!current) {
    return error ? (
      <>
        <ErrorBanner error={error} />
        <Link to="/staff/queues">{t.common.back}</Link>
      </>
    ) : (
      <Loading />
    );
  }
  return (
    <>
      <ErrorBanner error={error} />
      <CaseScreen
        arbitrationCase={current}
        onChanged={(next) => {
          setWritten(next);
          reload();
        }}
        onReload={reload}
      />
    </>
  );
}

function CaseScreen({
  arbitrationCase: c,
  onChanged,
  onReload,
}: {
  arbitrationCase: ArbitrationCase;
  onChanged: (next: ArbitrationCase) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const m = t.arbitration;
  const { user, abilities } = useStaff();
  const matter = useLoad(() => staffApi.matter(c.matterNumber), [c.matterNumber]);
  const claims = useMemo<CaseClaim[]>(
    () =>
      (matter.data?.matter.content.claims ?? []).map(({ category, amountFen, description }) => ({
        category,
        amountFen,
        description,
      })),
    [matter.data],
  );
  // The documents change with each step: read again whenever the case shows another one may have been issued.
  const revision = [
    c.status,
    c.applicationCopyServedOn,
    c.defenceSubmittedOn,
    c.tribunal?.length,
    c.hearings?.length,
    c.mediationStatement?.status,
    c.awards?.length,
    c.advanceEnforcement?.length,
  ].join('|');
  const documents = useLoad(() => staffApi.documents(c.matterNumber), [c.matterNumber, revision]);

  const step = { arbitrationCase: c, onChanged };
  const accepted = c.status === 'ACCEPTED';
  const suspended = Boolean(c.suspendedSince);
  const seats = c.tribunal ?? [];
  const hearings = c.hearings ?? [];
  const challenges = c.challenges ?? [];
  const statement = c.mediationStatement;
  const awaitingSignatures = statement?.status === 'AWAITING_SIGNATURES';
  const nextStep = nextStepOf(c);
  const record = abilities.recordProceedings && accepted;
  const decide = abilities.decideProceedings && accepted;
  const mayAward = decide && !suspended && nextStep === 'AWARD' && !awaitingSignatures && claims.length > 0;
  const mayEnforceInAdvance = decide && claims.some((claim) => ADVANCE_ENFORCEMENT_CATEGORIES.includes(claim.category));

  return (
    <div
      data-testid="arbitration-case-screen"
      data-case-id={c.caseId}
      data-status={c.status}
      data-next-step={nextStep ?? ''}
    >
      <Header arbitrationCase={c} nextStep={nextStep} onRefresh={onReload} />
      <Row gutter={[16, 16]}>
        {m.ended[c.status] && (
          <Col xs={24}>
            <Alert
              type={c.status === 'WITHDRAWN' ? 'warning' : 'success'}
              showIcon
              title={m.ended[c.status]}
              description={c.withdrawalReason || undefined}
              data-testid="arbitration-ended"
              data-status={c.status}
            />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <PartiesAndClaims matter={matter.data} error={matter.error} />
            {(accepted || Boolean(c.awardPeriodSteps?.length)) && (
              <Card size="small" title={t.awardPeriod.title}>
                {c.awardDue && accepted && (
                  <Space size={4} wrap data-testid="arbitration-award-due" data-due-on={c.awardDue.dueOn}>
                    <Typography.Text type="secondary">{m.awardDue}</Typography.Text>
                    <DeadlineTag deadline={c.awardDue} />
                  </Space>
                )}
                <OptionalStep id="arbitration-award-period" title={m.periodSteps} open={suspended}>
                  <AwardPeriodPanel
                    arbitrationCase={c}
                    mayManage={accepted && abilities.manageAwardPeriod}
                    mayWithdraw={accepted && abilities.recordWithdrawal}
                    onChanged={onChanged}
                  />
                </OptionalStep>
              </Card>
            )}
            <Card size="small" title={m.documents}>
              <ErrorBanner error={documents.error} />
              <CaseDocumentLinks
                documents={documents.data?.documents ?? []}
                download={(document) => staffApi.document(c.caseId, document.kind, document.number)}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={m.service.title} data-testid="arbitration-service-card">
              <ServiceView arbitrationCase={c} />
            </Card>
            {record && !c.applicationCopyServedOn && <ServiceStep {...step} />}
            {record && c.applicationCopyServedOn && !c.defenceSubmittedOn && <DefenceStep {...step} />}
            <Card size="small" title={m.tribunal.title} data-testid="arbitration-tribunal-card">
              <TribunalView arbitrationCase={c} />
            </Card>
            {decide && seats.length === 0 && (
              <TribunalStep {...step} self={{ arbitratorId: user.username, name: user.displayName }} />
            )}
            {decide &&
              challenges.map(
                (challenge, challengeIndex) =>
                  challenge.status === 'PENDING' && (
                    <ChallengeDecisionStep
                      key={challengeIndex}
                      {...step}
                      challenge={challenge}
                      challengeIndex={challengeIndex}
                    />
                  ),
              )}
            {record && seats.length > 0 && !challenges.some((challenge) => challenge.status === 'PENDING') && (
              <OptionalStep id="arbitration-challenge" title={m.challenge.title}>
                <ChallengeStep {...step} />
              </OptionalStep>
            )}
          </Space>
        </Col>
        <Col xs={24}>
          <Card size="small" title={m.hearing.title} data-testid="arbitration-hearings">
            {hearings.length === 0 ? (
              <Typography.Text type="secondary">{m.hearing.none}</Typography.Text>
            ) : (
              <ItemList
                items={hearings}
                itemKey={(hearing) => hearing.hearingId}
                itemAttributes={(hearing) =>
                  testId('arbitration-hearing', { 'hearing-id': hearing.hearingId, status: hearing.status })
                }
              >
                {(hearing, index) => (
                  <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                    <HearingSummary hearing={hearing} number={index + 1} />
                    {decide && hearing.status === 'SCHEDULED' && Date.parse(hearing.startsAt) > Date.now() && (
                      <OptionalStep id={`arbitration-postpone-${index}`} title={m.postpone.title(index + 1)}>
                        <PostponementStep {...step} hearing={hearing} number={index + 1} />
                      </OptionalStep>
                    )}
                    {decide && hearing.status === 'SCHEDULED' && (
                      <HearingRecordStep {...step} hearing={hearing} number={index + 1} />
                    )}
                  </Space>
                )}
              </ItemList>
            )}
            {decide && !suspended && seats.length > 0 && !hearings.some((h) => h.status === 'SCHEDULED') && (
              <div style={{ marginTop: 12 }}>
                <OptionalStep
                  id="arbitration-hearing-schedule"
                  title={m.hearing.scheduleTitle}
                  open={nextStep === 'SCHEDULE_HEARING'}
                >
                  <HearingScheduleStep {...step} />
                </OptionalStep>
              </div>
            )}
          </Card>
        </Col>
        {(c.awards ?? []).length > 0 && (
          <Col xs={24}>
            <Card size="small" title={m.award.awards}>
              <AwardsView arbitrationCase={c} claims={claims} />
            </Card>
          </Col>
        )}
        {mayAward && (
          <Col xs={24}>
            {/* A partial award leaves fewer claims: the draft starts again from those. */}
            <AwardDraftStep key={(c.awards ?? []).length} {...step} claims={claims} />
          </Col>
        )}
        {(statement || (decide && !suspended && seats.length > 0)) && (
          <Col xs={24} lg={12}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small" title={m.statement.title} data-testid="arbitration-statement-card">
                {statement ? (
                  <StatementView arbitrationCase={c} />
                ) : (
                  <Typography.Text type="secondary">{m.statement.hint}</Typography.Text>
                )}
              </Card>
              {decide && !suspended && seats.length > 0 && !statement && claims.length > 0 && (
                <OptionalStep id="arbitration-statement" title={m.statement.issueTitle}>
                  <MediationStatementStep {...step} claims={claims} />
                </OptionalStep>
              )}
              {record && awaitingSignatures && <StatementSignatureStep {...step} />}
            </Space>
          </Col>
        )}
        {(mayEnforceInAdvance || (c.advanceEnforcement ?? []).length > 0) && (
          <Col xs={24} lg={12}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small" title={m.advance.title} data-testid="arbitration-advance-card">
                <AdvanceEnforcementView arbitrationCase={c} />
                {(c.advanceEnforcement ?? []).length === 0 && (
                  <Typography.Text type="secondary">{m.advance.hint}</Typography.Text>
                )}
              </Card>
              {mayEnforceInAdvance && (
                <OptionalStep id="arbitration-advance" title={m.advance.title}>
                  <AdvanceEnforcementStep {...step} claims={claims} />
                </OptionalStep>
              )}
            </Space>
          </Col>
        )}
      </Row>
    </div>
  );
}

/**
 * A step the case may take but does not wait for (a challenge, a 调解书, 先予执行, another hearing): folded away under
 * its title, `${id}-open`, so the step in hand stays in view; open from the start when it is the step in hand.
 */
function OptionalStep({
  id,
  title,
  open = false,
  children,
}: {
  id: string;
  title: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <Collapse
      size="small"
      defaultActiveKey={open ? [id] : []}
      items={[{ key: id, label: <span data-testid={`${id}-open`}>{title}</span>, children }]}
    />
  );
}

function Header({
  arbitrationCase: c,
  nextStep,
  onRefresh,
}: {
  arbitrationCase: ArbitrationCase;
  nextStep: string | undefined;
  onRefresh: () => void;
}) {
  const { t, countyName } = useI18n();
  const m = t.arbitration;
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {m.title}
          </Typography.Title>
          <Tag
            color={STATUS_COLORS[c.status] ?? 'processing'}
            data-testid="arbitration-case-status"
            data-status={c.status}
          >
            {labelOf(t.enums.caseStatuses, c.status)}
          </Tag>
          {c.suspendedSince && <Tag color="warning">{m.suspended}</Tag>}
        </Space>
        <Tooltip title={t.detail.autoRefresh}>
          <Button icon={<ReloadOutlined />} onClick={onRefresh} data-testid="arbitration-refresh">
            {m.refresh}
          </Button>
        </Tooltip>
      </Space>
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'matter',
            label: m.matterNumber,
            children: (
              <Link to={`/staff/matters/${encodeURIComponent(c.matterNumber)}`} data-testid="arbitration-matter-link">
                {c.matterNumber}
              </Link>
            ),
          },
          { key: 'county', label: m.county, children: countyName(c.countyCode) },
          { key: 'acceptedOn', label: m.acceptedOn, children: c.acceptedOn || t.common.none },
          {
            key: 'notice',
            label: m.acceptanceNoticeNumber,
            children: <span className="ow-wrap">{c.acceptanceNoticeNumber || t.common.none}</span>,
          },
          {
            key: 'next',
            label: m.nextStep,
            children: nextStep ? (
              <Tag color="blue" data-testid="arbitration-next-step" data-step={nextStep}>
                {labelOf(m.nextSteps, nextStep)}
              </Tag>
            ) : (
              m.noNextStep
            ),
          },
          ...(c.decidedInAbsenceReason
            ? [{ key: 'absence', label: m.record.decidedInAbsence, children: c.decidedInAbsenceReason }]
            : []),
        ]}
      />
    </Card>
  );
}

/** 申请人 and 被申请人 and the 仲裁请求, as the matter registered them (the case keeps their order: claimIndex). */
function PartiesAndClaims({ matter, error }: { matter?: MatterDetail; error?: unknown }) {
  const { t } = useI18n();
  const m = t.arbitration;
  if (!matter) return error ? <ErrorBanner error={error} /> : <Loading />;
  const { content } = matter.matter;
  const total = content.claims.reduce((sum, claim) => sum + claim.amountFen, 0);
  return (
    <Card size="small" title={m.claims} extra={m.claimsTotal(formatFen(total))} data-testid="arbitration-parties">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'applicant',
            label: m.applicant,
            children: <span data-testid="arbitration-applicant">{content.applicant.name}</span>,
          },
          {
            key: 'respondent',
            label: m.respondent,
            children: <span data-testid="arbitration-respondent">{content.employer.name || t.common.notStated}</span>,
          },
        ]}
      />
      <Table
        size="small"
        pagination={false}
        dataSource={content.claims.map((claim, index) => ({ ...claim, key: index }))}
        data-testid="arbitration-claims"
        columns={[
          {
            key: 'category',
            title: t.form.fields.category,
            render: (_, claim) =>
              `${m.award.claimNumber(claim.key + 1)} ${labelOf(t.enums.categories, claim.category)}`,
          },
          {
            key: 'amount',
            title: t.form.fields.amountYuan,
            align: 'right',
            render: (_, claim) => <span data-testid="arbitration-claim-amount">{formatFen(claim.amountFen)}</span>,
          },
          { key: 'description', title: t.form.fields.claimDescription, dataIndex: 'description' },
        ]}
      />
    </Card>
  );
}
