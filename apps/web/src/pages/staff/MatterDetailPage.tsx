// 一管到底: one matter on one screen — who and what, the unified timeline with every deadline's
// countdown, where it was referred and what came back, and arbitration's acceptance. Refreshes itself
// while open, since the offices' steps arrive as events after registration.
import { EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ArbitrationCase, Matter, PersonalData, Referral } from '@onewindow/gateway-api';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Rate,
  Row,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { AcceptanceActions } from '../../components/AcceptanceActions';
import { AwardPeriodPanel } from '../../components/AwardPeriodPanel';
import { CaseDocumentLinks } from '../../components/CaseDocumentLinks';
import { ConsultationAnswerActions, ConsultationAnswerView } from '../../components/ConsultationAnswerActions';
import { DeadlineTag } from '../../components/DeadlineTag';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ItemList } from '../../components/ItemList';
import { MatterTimeline } from '../../components/MatterTimeline';
import { ReferralActions } from '../../components/ReferralActions';
import { Loading } from '../../components/Results';
import { StageTag } from '../../components/StageTag';
import { StaffInspectionPanel } from '../../components/InspectionPanels';
import { StaffMediationPanel } from '../../components/MediationPanels';
import { StaffSupervisionPanel } from '../../components/SupervisionPanels';
import { StaffSupplementPanel } from '../../components/SupplementPanels';
import { formatInstant } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const REFRESH_MS = 10_000;

export default function MatterDetailPage() {
  const { t } = useI18n();
  const { abilities } = useStaff();
  const { matterNumber = '' } = useParams();
  const { data, error, reload } = useLoad(() => staffApi.matter(matterNumber), [matterNumber]);
  // Shared by the parties and the witnesses: one audited look shows both.
  const [revealed, setRevealed] = useState<PersonalData>();

  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  if (!data) {
    return error ? (
      <>
        <ErrorBanner error={error} />
        <Link to="/staff/matters">{t.common.back}</Link>
      </>
    ) : (
      <Loading />
    );
  }

  const { matter, referrals, arbitrationCase } = data;
  return (
    <>
      <ErrorBanner error={error} />
      <Header matter={matter} onRefresh={reload} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t.detail.timeline} size="small">
            <MatterTimeline entries={matter.timeline} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Parties matter={matter} revealed={revealed} onRevealed={setRevealed} />
            {arbitrationCase && <ArbitrationPanel arbitrationCase={arbitrationCase} onDecided={reload} />}
            {/* 调解: a matter routing sent to mediation has a case there (where the county deploys it). */}
            {referrals.some((referral) => referral.target === 'MEDIATION') && (
              <StaffMediationPanel matterNumber={matter.matterNumber} revision={matter.timeline.length} />
            )}
            {/* 劳动保障监察 and 劳动关系监管: the case or matter an office opened on the matter's referral. */}
            {referrals.some((referral) => referral.target === 'INSPECTION') && abilities.inspectionCases && (
              <StaffInspectionPanel matterId={matter.matterId} revision={matter.timeline.length} />
            )}
            {referrals.some((referral) => referral.target === 'LABOR_RELATIONS_SUPERVISION') &&
              abilities.supervisionMatters && (
                <StaffSupervisionPanel matterId={matter.matterId} revision={matter.timeline.length} />
              )}
          </Space>
        </Col>
        <ConsultationAnswers referrals={referrals} />
        <Col xs={24}>
          <Referrals referrals={referrals} question={matter.content.factsAndReasons} onChanged={reload} />
        </Col>
        <Col xs={24}>
          <Content matter={matter} witnessContacts={revealed?.witnessContacts} />
        </Col>
      </Row>
    </>
  );
}

function Header({ matter, onRefresh }: { matter: Matter; onRefresh: () => void }) {
  const { t, countyName } = useI18n();
  const { content } = matter;
  const { employment } = content;
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t.detail.titlePrefix} <span data-testid="matter-number">{matter.matterNumber}</span>
          </Typography.Title>
          <StageTag stage={matter.stage} testId="matter-stage" />
        </Space>
        <Tooltip title={t.detail.autoRefresh}>
          <Button icon={<ReloadOutlined />} onClick={onRefresh} data-testid="detail-refresh">
            {t.common.refresh}
          </Button>
        </Tooltip>
      </Space>
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'county',
            label: t.detail.county,
            children: (
              <span data-testid="matter-county" data-county={matter.countyCode}>
                {countyName(matter.countyCode)}
              </span>
            ),
          },
          { key: 'registeredAt', label: t.detail.registeredAt, children: formatInstant(matter.registeredAt) },
          { key: 'kind', label: t.detail.kind, children: labelOf(t.enums.kinds, content.kind) },
          { key: 'channel', label: t.detail.channel, children: labelOf(t.enums.channels, content.channel) },
          {
            key: 'employment',
            label: t.detail.employment,
            children: !employment.startDate
              ? t.common.notStated
              : employment.stillEmployed || !employment.endDate
                ? t.detail.employedSince(employment.startDate)
                : t.detail.employedBetween(employment.startDate, employment.endDate),
          },
        ]}
      />
    </Card>
  );
}

/** The parties, de-identified (age, masked numbers); the whole values on request, which is audited. */
function Parties({
  matter,
  revealed,
  onRevealed,
}: {
  matter: Matter;
  revealed?: PersonalData;
  onRevealed: (revealed: PersonalData) => void;
}) {
  const { t } = useI18n();
  const { abilities } = useStaff();
  const { modal } = App.useApp();
  const [error, setError] = useState<unknown>();
  const { applicant, employer } = matter.content;

  const reveal = () =>
    modal.confirm({
      title: t.detail.revealConfirmTitle,
      content: t.detail.revealConfirm,
      okText: t.common.confirm,
      cancelText: t.common.cancel,
      okButtonProps: testId('reveal-confirm'),
      onOk: async () => {
        setError(undefined);
        try {
          onRevealed(await staffApi.personalData(matter.matterNumber));
        } catch (failure) {
          setError(failure);
        }
      },
    });

  return (
    <Card
      title={t.detail.parties}
      size="small"
      extra={
        abilities.personalData &&
        !revealed && (
          <Button size="small" icon={<EyeOutlined />} onClick={reveal} data-testid="reveal-personal-data">
            {t.detail.reveal}
          </Button>
        )
      }
    >
      <ErrorBanner error={error} onClose={() => setError(undefined)} />
      {revealed && (
        <Alert
          type="warning"
          showIcon
          title={t.detail.revealed}
          data-testid="personal-data-notice"
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        title={t.detail.applicant}
        items={[
          {
            key: 'name',
            label: t.form.fields.name,
            children: <span data-testid="applicant-name">{applicant.name}</span>,
          },
          { key: 'sex', label: t.form.fields.sex, children: labelOf(t.enums.sexes, applicant.sex) },
          {
            key: 'age',
            label: t.detail.age,
            children: <span data-testid="applicant-age">{applicant.age}</span>,
          },
          ...(revealed
            ? [
                {
                  key: 'birthDate',
                  label: t.form.fields.birthDate,
                  children: <span data-testid="applicant-birth-date">{revealed.birthDate}</span>,
                },
              ]
            : []),
          {
            key: 'identityNumber',
            label: t.form.fields.identityNumber,
            children: (
              <span className="ow-wrap" data-testid="applicant-identity-number" data-revealed={String(!!revealed)}>
                {revealed?.identityNumber ?? applicant.identityNumber}
              </span>
            ),
          },
          {
            key: 'phone',
            label: t.form.fields.phone,
            children: (
              <span data-testid="applicant-phone" data-revealed={String(!!revealed)}>
                {revealed?.phone ?? applicant.phone}
              </span>
            ),
          },
          { key: 'occupation', label: t.form.fields.occupation, children: applicant.occupation },
          { key: 'domicile', label: t.form.fields.domicile, children: applicant.domicile },
        ]}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        title={t.detail.employer}
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'name',
            label: t.form.fields.employerName,
            children: <span data-testid="employer-name">{employer.name || t.common.notStated}</span>,
          },
          {
            key: 'code',
            label: t.form.fields.unifiedSocialCreditCode,
            children: employer.unifiedSocialCreditCode || t.common.notStated,
          },
          { key: 'address', label: t.form.fields.employerAddress, children: employer.address || t.common.notStated },
          {
            key: 'representative',
            label: t.form.fields.legalRepresentative,
            children: employer.legalRepresentative || t.common.notStated,
          },
        ]}
      />
    </Card>
  );
}

/** 咨询解答: each recorded answer with its basis and who answered (a matter has one consultation as a rule). */
function ConsultationAnswers({ referrals }: { referrals: Referral[] }) {
  const { t } = useI18n();
  const answered = referrals.filter((referral) => referral.consultationAnswer);
  if (answered.length === 0) return null;
  return (
    <Col xs={24}>
      <Card title={t.consultation.recordTitle} size="small" data-testid="consultation-answers">
        {answered.map((referral) => (
          <ConsultationAnswerView key={referral.referralId} answer={referral.consultationAnswer!} />
        ))}
      </Card>
    </Col>
  );
}

function Referrals({
  referrals,
  question,
  onChanged,
}: {
  referrals: Referral[];
  /** The matter's facts and reasons: what a consultation asked. */
  question: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { abilities } = useStaff();
  const ordered = [...referrals].sort((a, b) => a.round - b.round);
  return (
    <Card title={t.detail.referrals} size="small">
      <Table<Referral>
        rowKey="referralId"
        size="small"
        dataSource={ordered}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t.detail.referralsEmpty }}
        data-testid="referrals-table"
        onRow={(referral) =>
          testId('referral-row', {
            'referral-id': referral.referralId,
            target: referral.target,
            status: referral.status,
          })
        }
        columns={[
          {
            key: 'target',
            title: t.detail.columns.target,
            render: (_, referral) => (
              <Space size={4} wrap>
                <Typography.Text strong>{labelOf(t.enums.targets, referral.target)}</Typography.Text>
                {referral.priority === 'HIGH' && <Tag color="red">{labelOf(t.enums.priorities, 'HIGH')}</Tag>}
                {referral.escalated && <Tag color="volcano">{t.detail.escalated}</Tag>}
              </Space>
            ),
          },
          {
            key: 'status',
            title: t.detail.columns.status,
            render: (_, referral) => (
              <span data-testid="referral-status">{labelOf(t.enums.referralStatuses, referral.status)}</span>
            ),
          },
          { key: 'round', title: t.detail.columns.round, render: (_, referral) => t.routing.round(referral.round) },
          {
            key: 'reason',
            title: t.detail.columns.reason,
            render: (_, referral) => (
              <div style={{ maxWidth: 420, whiteSpace: 'normal' }}>
                <div>{referral.reason}</div>
                {referral.legalBasis && <Typography.Text type="secondary">{referral.legalBasis}</Typography.Text>}
              </div>
            ),
          },
          {
            key: 'acknowledgeBy',
            title: t.detail.columns.acknowledgeBy,
            render: (_, referral) =>
              referral.acknowledgeBy && referral.status === 'ISSUED' ? (
                <DeadlineTag deadline={referral.acknowledgeBy} />
              ) : (
                (referral.acknowledgeBy?.dueOn ?? '')
              ),
          },
          {
            key: 'statusReason',
            title: t.detail.columns.statusReason,
            render: (_, referral) => <div style={{ maxWidth: 240, whiteSpace: 'normal' }}>{referral.statusReason}</div>,
          },
          {
            key: 'actions',
            title: t.common.actions,
            render: (_, referral) =>
              referral.target === 'CONSULTATION_CLOSE'
                ? abilities.answerConsultations &&
                  referral.status === 'ISSUED' && (
                    <ConsultationAnswerActions
                      referralId={referral.referralId}
                      question={question}
                      onAnswered={onChanged}
                    />
                  )
                : abilities.referralTargets.includes(referral.target) && (
                    <ReferralActions referralId={referral.referralId} status={referral.status} onChanged={onChanged} />
                  ),
          },
        ]}
      />
    </Card>
  );
}

/** The case's status as a tag: accepted green, refused red, withdrawn grey, the rest in progress. */
const CASE_STATUS_COLORS: Readonly<Record<string, string>> = {
  ACCEPTED: 'success',
  NOT_ACCEPTED: 'error',
  WITHDRAWN: 'default',
  AWARDED: 'success',
  MEDIATED: 'success',
};

/** The statuses of a case past acceptance: its proceedings have their own screen (仲裁院). */
const PROCEEDINGS_STATUSES = new Set(['ACCEPTED', 'AWARDED', 'MEDIATED', 'WITHDRAWN']);

function ArbitrationPanel({ arbitrationCase, onDecided }: { arbitrationCase: ArbitrationCase; onDecided: () => void }) {
  const { t } = useI18n();
  const { abilities } = useStaff();
  const c = arbitrationCase;
  const notStated = (value: string) => value || t.common.none;
  const { data: documents } = useLoad(
    () => staffApi.documents(c.matterNumber),
    [c.matterNumber, c.status, c.supplementNoticeNumber],
  );
  return (
    <Card
      title={t.detail.arbitration}
      size="small"
      data-testid="arbitration-case"
      data-status={c.status}
      data-case-id={c.caseId}
      extra={
        abilities.arbitrationCases &&
        PROCEEDINGS_STATUSES.has(c.status) && (
          <Link to={`/staff/arbitration-cases/${encodeURIComponent(c.caseId)}`} data-testid="arbitration-case-open">
            {t.arbitration.open}
          </Link>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'status',
            label: t.detail.caseStatus,
            children: (
              <Tag color={CASE_STATUS_COLORS[c.status] ?? 'processing'}>
                <span data-testid="arbitration-status">{labelOf(t.enums.caseStatuses, c.status)}</span>
              </Tag>
            ),
          },
          { key: 'receivedOn', label: t.detail.receivedOn, children: notStated(c.receivedOn) },
          { key: 'receipt', label: t.detail.receiptNumber, children: notStated(c.receiptNumber) },
          { key: 'notice', label: t.detail.acceptanceNoticeNumber, children: notStated(c.acceptanceNoticeNumber) },
          { key: 'acceptedOn', label: t.detail.acceptedOn, children: notStated(c.acceptedOn) },
          ...(c.status === 'NOT_ACCEPTED'
            ? [
                { key: 'reason', label: t.detail.nonAcceptanceReason, children: c.nonAcceptanceReason },
                { key: 'remedy', label: t.detail.remedy, children: c.remedy },
              ]
            : []),
          ...(c.status === 'WITHDRAWN'
            ? [
                {
                  key: 'withdrawal',
                  label: t.detail.withdrawalReason,
                  children: <span data-testid="arbitration-withdrawal-reason">{c.withdrawalReason}</span>,
                },
              ]
            : []),
        ]}
      />
      {c.missingItems.length > 0 && (
        <ItemList items={c.missingItems} itemKey={(item) => item.field} header={t.detail.missingItems}>
          {(item) => item.description}
        </ItemList>
      )}
      {c.deadlines.length > 0 && (
        <Space orientation="vertical" size={2} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t.detail.deadlines}</Typography.Text>
          {c.deadlines.map((deadline) => (
            <DeadlineTag key={`${deadline.label}-${deadline.dueOn}`} deadline={deadline} />
          ))}
        </Space>
      )}
      <CaseDocumentLinks
        documents={documents?.documents ?? []}
        download={(document) => staffApi.document(c.caseId, document.kind, document.number)}
      />
      <StaffSupplementPanel arbitrationCase={c} maySubmit={abilities.submitSupplement} onSupplemented={onDecided} />
      {abilities.decideAcceptance && c.status === 'AWAITING_ACCEPTANCE_DECISION' && (
        <div style={{ marginTop: 12 }}>
          <AcceptanceActions caseId={c.caseId} onDecided={onDecided} />
        </div>
      )}
      {c.status === 'ACCEPTED' && (
        <AwardPeriodPanel
          arbitrationCase={c}
          mayManage={abilities.manageAwardPeriod}
          mayWithdraw={abilities.recordWithdrawal}
          onChanged={onDecided}
        />
      )}
    </Card>
  );
}

/** What was registered: claims with amounts, facts, evidence, witnesses and the circumstances routing read. */
function Content({ matter, witnessContacts }: { matter: Matter; witnessContacts?: string[] }) {
  const { t } = useI18n();
  const { content } = matter;
  const total = content.claims.reduce((sum, claim) => sum + claim.amountFen, 0);
  const flags = [
    content.commonClaim && t.detail.collective(content.workerCount),
    !content.commonClaim && content.workerCount > 1 && t.detail.workers(content.workerCount),
    content.migrantWorker && t.form.fields.migrantWorker,
    content.declaresFinancialHardship && t.form.fields.declaresFinancialHardship,
    content.consentToMediationFirst && t.form.fields.consentToMediationFirst,
    content.requestedRemedy && labelOf(t.enums.remedies, content.requestedRemedy),
  ].filter((flag): flag is string => Boolean(flag));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t.detail.claims} size="small" extra={t.detail.claimsTotal(formatFen(total))}>
          <Table
            size="small"
            dataSource={content.claims.map((claim, index) => ({ ...claim, key: index }))}
            pagination={false}
            data-testid="claims-table"
            columns={[
              {
                key: 'category',
                title: t.form.fields.category,
                render: (_, claim) => labelOf(t.enums.categories, claim.category),
              },
              {
                key: 'amount',
                title: t.form.fields.amountYuan,
                align: 'right',
                render: (_, claim) => <span data-testid="claim-amount">{formatFen(claim.amountFen)}</span>,
              },
              { key: 'description', title: t.form.fields.claimDescription, dataIndex: 'description' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t.detail.facts} size="small">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
            {content.factsAndReasons || t.common.notStated}
          </Typography.Paragraph>
          <Space wrap>
            {flags.map((flag) => (
              <Tag key={flag} color="geekblue">
                {flag}
              </Tag>
            ))}
          </Space>
          {content.priorHandling.length > 0 && (
            <ItemList items={content.priorHandling} itemKey={(_, index) => index} header={t.form.sections.prior}>
              {(handling) => (
                <>
                  {labelOf(t.enums.offices, handling.office)} · {labelOf(t.enums.handlingStatuses, handling.status)}
                  {handling.conclusionDisputed ? ` · ${t.form.fields.conclusionDisputed}` : ''}
                </>
              )}
            </ItemList>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t.detail.evidence} size="small">
          {content.evidence.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.common.none} />
          ) : (
            <ItemList items={content.evidence} itemKey={(_, index) => index}>
              {(item) => (
                <>
                  {item.description}
                  {item.source && <Typography.Text type="secondary"> — {item.source}</Typography.Text>}
                </>
              )}
            </ItemList>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t.detail.witnesses} size="small">
          {content.witnesses.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.common.none} />
          ) : (
            <ItemList items={content.witnesses} itemKey={(_, index) => index}>
              {(witness, index) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>
                    {witness.name}{' '}
                    <Typography.Text type="secondary" data-testid="witness-contact">
                      {witnessContacts?.[index] ?? witness.contact}
                    </Typography.Text>
                  </Typography.Text>
                  {witness.statement}
                </Space>
              )}
            </ItemList>
          )}
        </Card>
      </Col>
      {matter.satisfaction && (
        <Col xs={24}>
          <Card title={t.detail.satisfaction} size="small" data-testid="matter-satisfaction">
            <Rate disabled value={matter.satisfaction.score} /> {matter.satisfaction.comment}
          </Card>
        </Col>
      )}
    </Row>
  );
}
