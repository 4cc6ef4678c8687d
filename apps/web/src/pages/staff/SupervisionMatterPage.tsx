// 劳动关系监管事项: one supervision matter on one screen — the employer, the layoff report with the thresholds and
// the 30-day explanation (劳动合同法 Art. 41) or the check with its findings and breaches, the step in hand as one
// form (the officer's), the conclusion (compliant / guidance with its items and day / referred to inspection) and
// the documents (PDF). Every step is sent against the matter version last read.
import { ReloadOutlined } from '@ant-design/icons';
import type { SupervisionMatterView } from '@onewindow/gateway-api';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { CaseDocumentLinks } from '../../components/CaseDocumentLinks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Results';
import { FindingsPanel, LayoffReportPanel, SupervisionStatusTag } from '../../components/SupervisionPanels';
import { SupervisionStepPicker } from '../../components/SupervisionSteps';
import { supervisionStepsOf, type SupervisionStep } from '../../lib/inspection-forms';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

const REFRESH_MS = 10_000;

export default function SupervisionMatterPage() {
  const { t } = useI18n();
  const { supervisionId = '' } = useParams();
  const { data, error, reload } = useLoad(() => staffApi.supervisionMatter(supervisionId), [supervisionId]);
  const [written, setWritten] = useState<SupervisionMatterView>();

  useEffect(() => {
    const timer = setInterval(() => document.visibilityState === 'visible' && reload(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const current =
    written && written.supervisionId === supervisionId && (!data || written.version > data.version) ? written : data;
  if (!current) {
    return error ? (
      <>
        <ErrorBanner error={error} />
        <Link to="/staff/supervision-matters">{t.common.back}</Link>
      </>
    ) : (
      <Loading />
    );
  }
  return (
    <>
      <ErrorBanner error={error} />
      <MatterScreen matter={current} onChanged={setWritten} onReload={reload} />
    </>
  );
}

function MatterScreen({
  matter: s,
  onChanged,
  onReload,
}: {
  matter: SupervisionMatterView;
  onChanged: (next: SupervisionMatterView) => void;
  onReload: () => void;
}) {
  const { t, countyName } = useI18n();
  const m = t.supervision;
  const { abilities } = useStaff();
  const [chosen, setChosen] = useState<SupervisionStep>();
  const steps = abilities.superviseLaborRelations ? supervisionStepsOf(s) : [];
  const changed = (next: SupervisionMatterView) => {
    setChosen(undefined);
    onChanged(next);
  };
  return (
    <div
      data-testid="supervision-matter"
      data-supervision-id={s.supervisionId}
      data-status={s.status}
      data-kind={s.kind ?? ''}
      data-version={s.version}
      data-conclusion={s.conclusion ?? ''}
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {m.matterTitle}
            </Typography.Title>
            <SupervisionStatusTag status={s.status} testId="supervision-status" />
          </Space>
          <Button icon={<ReloadOutlined />} onClick={onReload} data-testid="supervision-refresh">
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
              label: m.number,
              children: (
                <span className="ow-wrap" data-testid="supervision-number">
                  {s.number}
                </span>
              ),
            },
            ...(s.kind ? [{ key: 'kind', label: m.kind, children: labelOf(m.kinds, s.kind) }] : []),
            ...(s.matterNumber
              ? [
                  {
                    key: 'matter',
                    label: m.matterNumber,
                    children: (
                      <Link
                        to={`/staff/matters/${encodeURIComponent(s.matterNumber)}`}
                        data-testid="supervision-matter-link"
                      >
                        {s.matterNumber}
                      </Link>
                    ),
                  },
                ]
              : []),
            { key: 'county', label: m.county, children: countyName(s.countyCode) },
            {
              key: 'employer',
              label: m.employer,
              children: <span data-testid="supervision-employer-name">{s.employer.name}</span>,
            },
            { key: 'openedOn', label: m.openedOn, children: s.openedOn },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        {s.conclusion && (
          <Col xs={24}>
            <Alert
              type={s.conclusion === 'REFERRED_TO_INSPECTION' ? 'warning' : 'success'}
              showIcon
              title={`${m.conclusion.result}：${labelOf(m.conclusions, s.conclusion)}`}
              data-testid="supervision-conclusion-result"
              data-conclusion={s.conclusion}
              description={
                <Space orientation="vertical" size={2}>
                  {s.conclusionReason && <span>{s.conclusionReason}</span>}
                  {s.guidance.map((item) => (
                    <span key={item}>· {item}</span>
                  ))}
                  {s.correctBy && (
                    <span>
                      {m.conclusion.correctBy} {s.correctBy}
                    </span>
                  )}
                  {s.inspectionCaseId && (
                    <span data-testid="supervision-inspection-case">
                      {m.conclusion.inspectionCase} {s.inspectionCaseId}
                    </span>
                  )}
                  {s.concludedOn && (
                    <Typography.Text type="secondary">
                      {m.concludedOn} {s.concludedOn}
                    </Typography.Text>
                  )}
                </Space>
              }
            />
          </Col>
        )}
        {steps.length > 0 && (
          <Col xs={24}>
            <SupervisionStepPicker matter={s} onChanged={changed} steps={steps} chosen={chosen} onChoose={setChosen} />
          </Col>
        )}
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <LayoffReportPanel matter={s} />
            <FindingsPanel matter={s} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small">
            {s.documents.length === 0 ? (
              <Typography.Text type="secondary">
                {m.documents}：{m.none}
              </Typography.Text>
            ) : (
              <CaseDocumentLinks
                documents={s.documents}
                download={(document) => staffApi.supervisionDocument(s.supervisionId, document.number)}
                testIds={{ list: 'supervision-documents', item: 'supervision-document' }}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
