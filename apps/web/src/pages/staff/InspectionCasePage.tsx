// 劳动保障监察案件: one inspection case on one screen — who brought it (a report's reporter sealed, 劳动保障监察条例
// Art. 9), the employer and the violations, the acceptance and investigation deadlines, then the step in hand as
// one form at a time (the inspector's), the construction project with the liable parties the service derived,
// the record of the investigation, the documents (PDF) and how it ended. Every step is sent against the case
// version last read; the page refreshes itself while open.
import { ReloadOutlined } from '@ant-design/icons';
import type { InspectionCaseView } from '@onewindow/gateway-api';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { CaseDocumentLinks } from '../../components/CaseDocumentLinks';
import { ErrorBanner } from '../../components/ErrorBanner';
import {
  BroughtBy,
  InspectionDeadlines,
  InspectionSourceTag,
  InspectionStatusTag,
  InvestigationRecord,
  ProjectPanel,
  ViolationsTable,
} from '../../components/InspectionPanels';
import { InspectionStepPicker } from '../../components/InspectionSteps';
import { Loading } from '../../components/Results';
import { inspectionStepsOf, type InspectionStep } from '../../lib/inspection-forms';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const REFRESH_MS = 10_000;

export default function InspectionCasePage() {
  const { t } = useI18n();
  const { caseId = '' } = useParams();
  const { data, error, reload } = useLoad(() => staffApi.inspectionCase(caseId), [caseId]);
  // A write answers with the case as it now is; shown until a later read is newer.
  const [written, setWritten] = useState<InspectionCaseView>();

  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const current = written && written.caseId === caseId && (!data || written.version > data.version) ? written : data;
  if (!current) {
    return error ? (
      <>
        <ErrorBanner error={error} />
        <Link to="/staff/inspection-cases">{t.common.back}</Link>
      </>
    ) : (
      <Loading />
    );
  }
  return (
    <>
      <ErrorBanner error={error} />
      <CaseScreen inspectionCase={current} onChanged={setWritten} onReload={reload} />
    </>
  );
}

function CaseScreen({
  inspectionCase: c,
  onChanged,
  onReload,
}: {
  inspectionCase: InspectionCaseView;
  onChanged: (next: InspectionCaseView) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const m = t.inspection;
  const { abilities } = useStaff();
  // The step picked by hand; after a write the case's own next step is shown again.
  const [chosen, setChosen] = useState<InspectionStep>();
  const steps = abilities.inspect ? inspectionStepsOf(c) : [];
  const changed = (next: InspectionCaseView) => {
    setChosen(undefined);
    onChanged(next);
  };

  return (
    <div
      data-testid="inspection-case"
      data-case-id={c.caseId}
      data-status={c.status}
      data-version={c.version}
      data-conclusion={c.conclusion ?? ''}
    >
      <Header inspectionCase={c} onRefresh={onReload} />
      <Row gutter={[16, 16]}>
        {c.conclusion && (
          <Col xs={24}>
            <Alert
              type={c.conclusion === 'CORRECTED' || c.conclusion === 'PENALISED' ? 'success' : 'info'}
              showIcon
              title={`${m.conclusion}：${labelOf(m.conclusions, c.conclusion)}`}
              description={
                <>
                  {c.conclusionReason && <div>{c.conclusionReason}</div>}
                  {c.concludedOn && (
                    <Typography.Text type="secondary">
                      {m.concludedOn} {c.concludedOn}
                    </Typography.Text>
                  )}
                </>
              }
              data-testid="inspection-conclusion"
              data-conclusion={c.conclusion}
            />
          </Col>
        )}
        {steps.length > 0 && (
          <Col xs={24}>
            <InspectionStepPicker
              inspectionCase={c}
              onChanged={changed}
              steps={steps}
              chosen={chosen}
              onChoose={setChosen}
            />
          </Col>
        )}
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={m.violations}>
              <ViolationsTable inspectionCase={c} />
              {c.facts && (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}>
                  <Typography.Text type="secondary">{m.facts}：</Typography.Text>
                  {c.facts}
                </Typography.Paragraph>
              )}
            </Card>
            <ProjectPanel inspectionCase={c} />
            <InvestigationRecord inspectionCase={c} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={m.deadlines}>
              <InspectionDeadlines inspectionCase={c} />
            </Card>
            <Card size="small">
              {c.documents.length === 0 ? (
                <Typography.Text type="secondary">
                  {m.documents}：{m.none}
                </Typography.Text>
              ) : (
                <CaseDocumentLinks
                  documents={c.documents}
                  download={(document) => staffApi.inspectionDocument(c.caseId, document.number)}
                  testIds={{ list: 'inspection-documents', item: 'inspection-document' }}
                />
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}

function Header({ inspectionCase: c, onRefresh }: { inspectionCase: InspectionCaseView; onRefresh: () => void }) {
  const { t, countyName } = useI18n();
  const m = t.inspection;
  const { parties } = c;
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {m.caseTitle}
          </Typography.Title>
          <InspectionStatusTag status={c.status} testId="inspection-status" />
          <InspectionSourceTag source={c.source} />
          {c.firstContactResponsible && (
            <Tooltip title={m.firstContactHint}>
              <Tag color="volcano" data-testid="inspection-first-contact">
                {m.firstContact}
              </Tag>
            </Tooltip>
          )}
        </Space>
        <Button icon={<ReloadOutlined />} onClick={onRefresh} data-testid="inspection-refresh">
          {m.refresh}
        </Button>
      </Space>
      <Descriptions
        size="small"
        style={{ marginTop: 12 }}
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'number',
            label: m.caseNumber,
            children: (
              <span className="ow-wrap" data-testid="inspection-case-number">
                {c.caseNumber || m.unfiled}
              </span>
            ),
          },
          ...(c.matterNumber
            ? [
                {
                  key: 'matter',
                  label: m.matterNumber,
                  children: (
                    <Link
                      to={`/staff/matters/${encodeURIComponent(c.matterNumber)}`}
                      data-testid="inspection-matter-link"
                    >
                      {c.matterNumber}
                    </Link>
                  ),
                },
              ]
            : []),
          { key: 'county', label: t.detail.county, children: countyName(c.countyCode) },
          {
            key: 'brought',
            label: m.parties,
            children: (
              <BroughtBy
                source={c.source}
                complainantName={parties.complainantName}
                reporterSealed={parties.reporterSealed}
              />
            ),
          },
          {
            key: 'employer',
            label: m.employer,
            children: (
              <Space orientation="vertical" size={0}>
                <span data-testid="inspection-employer-name">{parties.employer.name}</span>
                {parties.employer.unifiedSocialCreditCode && (
                  <Typography.Text type="secondary">{parties.employer.unifiedSocialCreditCode}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            key: 'workers',
            label: m.workerCount,
            children: (
              <Space size={4}>
                <span>{parties.workerCount}</span>
                {parties.migrantWorker && <Tag color="orange">{m.migrantWorker}</Tag>}
              </Space>
            ),
          },
          { key: 'receivedOn', label: m.receivedOn, children: c.receivedOn },
          ...(c.filedOn ? [{ key: 'filedOn', label: m.filedOn, children: c.filedOn }] : []),
        ]}
      />
    </Card>
  );
}
