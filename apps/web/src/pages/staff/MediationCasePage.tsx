// 调解案件: one mediation case on one screen — the 调解建议书, the parties and their claims, the 15-day period
// with its extensions (劳动争议调解仲裁法 Art. 14 para 3), then the step in hand: the employer's answer, the
// mediators, the sessions, the agreement and its signatures, the payments and the court routes, and how it
// ended. Every step is sent against the case version last read; the page refreshes itself while open, since
// the worker may sign online meanwhile.
import { ReloadOutlined } from '@ant-design/icons';
import type { MediationCase } from '@onewindow/gateway-api';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Table, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { CourtRoutesStep, DraftAgreementStep, PaymentsStep, SignaturesStep } from '../../components/AgreementSteps';
import { CaseDocumentLinks } from '../../components/CaseDocumentLinks';
import { DeadlineTag } from '../../components/DeadlineTag';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ItemList } from '../../components/ItemList';
import { AgreementView, ENDED_STATUSES, MediationStatusTag } from '../../components/MediationPanels';
import {
  ConflictsStep,
  ConsentStep,
  ExtensionStep,
  MediatorsStep,
  SessionsStep,
} from '../../components/MediationSteps';
import { Loading } from '../../components/Results';
import { formatInstant } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const REFRESH_MS = 10_000;

export default function MediationCasePage() {
  const { t } = useI18n();
  const { caseId = '' } = useParams();
  const { data, error, reload } = useLoad(() => staffApi.mediationCase(caseId), [caseId]);
  // A write answers with the case as it now is; shown until a later read is newer.
  const [written, setWritten] = useState<MediationCase>();

  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const current = written && written.caseId === caseId && (!data || written.version > data.version) ? written : data;
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
      <CaseScreen mediationCase={current} onChanged={setWritten} onReload={reload} />
    </>
  );
}

function CaseScreen({
  mediationCase: c,
  onChanged,
  onReload,
}: {
  mediationCase: MediationCase;
  onChanged: (next: MediationCase) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const m = t.mediation;
  const { user, abilities } = useStaff();
  const step = { mediationCase: c, onChanged };
  const ended = ENDED_STATUSES.includes(c.status);
  const agreement = c.agreement;
  const unsigned = agreement !== undefined && agreement.status !== 'SEALED' && agreement.signatures.length === 0;
  const mayDraft =
    abilities.mediate && c.status === 'IN_MEDIATION' && c.mediators.length > 0 && (!agreement || unsigned);

  return (
    <div data-testid="mediation-case" data-case-id={c.caseId} data-status={c.status} data-version={c.version}>
      <Header mediationCase={c} onRefresh={onReload} />
      <Row gutter={[16, 16]}>
        {ended && (
          <Col xs={24}>
            <Alert
              type={c.status === 'RESOLVED' ? 'success' : 'warning'}
              showIcon
              title={`${m.outcome.title}：${labelOf(m.statuses, c.status)}`}
              description={
                <>
                  <div>{c.outcomeReason}</div>
                  {c.concludedOn && (
                    <Typography.Text type="secondary">
                      {m.outcome.concludedOn} {c.concludedOn}
                    </Typography.Text>
                  )}
                </>
              }
              data-testid="mediation-outcome"
              data-status={c.status}
            />
          </Col>
        )}
        {c.status === 'AWAITING_CONSENT' && abilities.mediate && (
          <Col xs={24} lg={12}>
            <ConsentStep {...step} />
          </Col>
        )}
        {c.status !== 'AWAITING_CONSENT' && !ended && (
          <Col xs={24} lg={12}>
            <Card size="small" title={m.mediators.title} data-testid="mediation-mediators">
              <MediatorsStep {...step} mayAssign={abilities.assignMediators} />
            </Card>
          </Col>
        )}
        {!ended && (
          <Col xs={24} lg={12}>
            <Card size="small" title={m.conflicts.title} data-testid="mediation-conflicts">
              <ConflictsStep {...step} mayDeclare={abilities.mediate && c.mediators.length === 0} />
            </Card>
          </Col>
        )}
        {(c.status === 'IN_MEDIATION' || c.sessions.length > 0) && (
          <Col xs={24}>
            <Card size="small" title={m.sessions.title} data-testid="mediation-sessions">
              <SessionsStep {...step} onReload={onReload} mayMediate={abilities.mediate} />
            </Card>
          </Col>
        )}
        {agreement && (
          <Col xs={24} lg={mayDraft ? 24 : 12}>
            <Card size="small" title={m.agreement.title}>
              <AgreementView agreement={agreement} prefix="mediation" />
              {agreement.status === 'SEALED' && (
                <Alert
                  type="success"
                  showIcon
                  style={{ marginTop: 12 }}
                  title={m.agreement.sealed(agreement.number)}
                  data-testid="mediation-agreement-sealed"
                />
              )}
            </Card>
          </Col>
        )}
        {mayDraft && (
          <Col xs={24}>
            <DraftAgreementStep {...step} />
          </Col>
        )}
        {agreement && agreement.status !== 'SEALED' && c.status === 'IN_MEDIATION' && abilities.mediate && (
          <Col xs={24} lg={12}>
            <Card size="small" title={m.sign.title}>
              <SignaturesStep {...step} userId={user.username} />
            </Card>
          </Col>
        )}
        {agreement?.status === 'SEALED' && agreement.instalments.length > 0 && (
          <Col xs={24} lg={12}>
            <Card size="small" title={m.payments.title} data-testid="mediation-payments">
              <PaymentsStep {...step} mayRecord={abilities.mediate} />
            </Card>
          </Col>
        )}
        {agreement?.status === 'SEALED' && (
          <Col xs={24} lg={12}>
            <Card size="small" title={m.court.title}>
              <CourtRoutesStep {...step} mayRequest={abilities.mediate} />
            </Card>
          </Col>
        )}
        {c.status === 'IN_MEDIATION' && abilities.mediate && (
          <Col xs={24} lg={12}>
            <ExtensionStep {...step} />
          </Col>
        )}
        <Col xs={24} lg={12}>
          <Card size="small">
            <CaseDocumentLinks
              documents={c.documents}
              download={(document) => staffApi.mediationDocument(c.caseId, document.kind)}
              testIds={{ list: 'mediation-documents', item: 'mediation-document' }}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

function Header({ mediationCase: c, onRefresh }: { mediationCase: MediationCase; onRefresh: () => void }) {
  const { t, countyName } = useI18n();
  const m = t.mediation;
  const total = c.claims.reduce((sum, claim) => sum + claim.amountFen, 0);
  const ended = ENDED_STATUSES.includes(c.status);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {m.title}
          </Typography.Title>
          <MediationStatusTag status={c.status} testId="mediation-status" />
        </Space>
        <Tooltip title={t.detail.autoRefresh}>
          <Button icon={<ReloadOutlined />} onClick={onRefresh} data-testid="mediation-refresh">
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
            key: 'recommendation',
            label: m.recommendationNumber,
            children: (
              <span className="ow-wrap" data-testid="mediation-recommendation-number">
                {c.recommendationNumber}
              </span>
            ),
          },
          {
            key: 'matter',
            label: m.matterNumber,
            children: (
              <Link to={`/staff/matters/${encodeURIComponent(c.matterNumber)}`} data-testid="mediation-matter-link">
                {c.matterNumber}
              </Link>
            ),
          },
          { key: 'county', label: t.detail.county, children: countyName(c.countyCode) },
          {
            key: 'worker',
            label: m.worker,
            children: <span data-testid="mediation-worker-name">{c.workerName}</span>,
          },
          {
            key: 'employer',
            label: m.employer,
            children: <span data-testid="mediation-employer-name">{c.employerName}</span>,
          },
          { key: 'receivedOn', label: m.receivedOn, children: c.receivedOn },
          {
            key: 'consent',
            label: m.consent.consents,
            children: c.employerAnsweredAt
              ? c.employerConsented
                ? m.consent.answered(formatInstant(c.employerAnsweredAt))
                : `${m.consent.no}（${formatInstant(c.employerAnsweredAt)}）`
              : t.common.none,
          },
        ]}
      />
      <Row gutter={[16, 8]} style={{ marginTop: 8 }}>
        <Col xs={24} lg={12}>
          <Typography.Text strong>
            {m.claims} <Typography.Text type="secondary">{m.claimsTotal(formatFen(total))}</Typography.Text>
          </Typography.Text>
          <Table
            size="small"
            pagination={false}
            dataSource={c.claims.map((claim, index) => ({ ...claim, key: index }))}
            data-testid="mediation-claims"
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
                render: (_, claim) => <span data-testid="mediation-claim-amount">{formatFen(claim.amountFen)}</span>,
              },
              { key: 'description', title: t.form.fields.claimDescription, dataIndex: 'description' },
            ]}
          />
        </Col>
        <Col xs={24} lg={12} data-testid="mediation-period">
          <Typography.Text strong>{m.period}</Typography.Text>
          <Space orientation="vertical" size={4} style={{ width: '100%', marginTop: 8 }}>
            {c.period && !ended && c.status !== 'AGREEMENT_IN_FORCE' ? (
              <DeadlineTag deadline={c.period} />
            ) : (
              c.period && <Typography.Text>{t.deadline.dueOn(c.period.dueOn)}</Typography.Text>
            )}
            <Typography.Text type="secondary" data-testid="mediation-statutory-due-on" data-due-on={c.statutoryDueOn}>
              {m.statutoryDueOn} {c.statutoryDueOn}
            </Typography.Text>
            {c.extensions.length === 0 ? (
              <Typography.Text type="secondary">{m.noExtensions}</Typography.Text>
            ) : (
              <ItemList
                items={c.extensions}
                header={m.extensions}
                itemKey={(extension) => extension}
                itemAttributes={() => ({ 'data-testid': 'mediation-extension' })}
              >
                {(extension) => extension}
              </ItemList>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.periodHint}
            </Typography.Text>
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
