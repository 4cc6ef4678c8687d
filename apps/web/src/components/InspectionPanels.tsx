// 劳动保障监察 as read: the status and source tags, the parties (a report's reporter sealed, 条例 Art. 9), the
// violations, the deadlines, the construction project with the liable parties the service derived, the record
// of the investigation (inquiries, evidence, the employer heard, the order, the penalty, the arrears listing),
// and on the matter page where the inspection stands with the way to its case screen.
import type { InspectionCaseView, InspectionSource, InspectionStatus } from '@onewindow/gateway-api';
import { Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ApiRequestError } from '../api/http';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import { formatInstant } from '../lib/format';
import { formatFen } from '../lib/money';
import { testId } from '../lib/test-id';
import { useLoad } from '../lib/use-load';
import { DeadlineTag } from './DeadlineTag';
import { ErrorBanner } from './ErrorBanner';
import { ItemList } from './ItemList';

const STATUS_COLORS: Record<InspectionStatus, string> = {
  AWAITING_ACCEPTANCE: 'gold',
  AWAITING_MATERIAL: 'orange',
  UNDER_INVESTIGATION: 'processing',
  CORRECTION_ORDERED: 'cyan',
  NOT_COMPLIED: 'error',
  CONCLUDED: 'default',
};

export function InspectionStatusTag({ status, testId: id }: { status: InspectionStatus; testId: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={id} data-status={status}>
      {labelOf(t.inspection.statuses, status)}
    </Tag>
  );
}

export function InspectionSourceTag({ source }: { source: InspectionSource }) {
  const { t } = useI18n();
  return (
    <Tag color={source === 'REPORT' ? 'purple' : source === 'OWN_INITIATIVE' ? 'geekblue' : 'blue'}>
      {labelOf(t.inspection.sources, source)}
    </Tag>
  );
}

/** Who brought the case: the complainant's name, 举报人：保密 for a report, nothing for the office's own. */
export function BroughtBy({
  source,
  complainantName,
  reporterSealed,
}: {
  source: InspectionSource;
  complainantName: string;
  reporterSealed: boolean;
}) {
  const { t } = useI18n();
  if (reporterSealed || source === 'REPORT') {
    return (
      <Tooltip title={t.inspection.reporterSealedHint}>
        <Tag color="purple" data-testid="inspection-reporter-sealed">
          {t.inspection.reporterSealed}
        </Tag>
      </Tooltip>
    );
  }
  if (!complainantName) return null;
  return <span data-testid="inspection-complainant">{t.inspection.complainantIs(complainantName)}</span>;
}

/** The violations as the case holds them: category, dates (a continuing act has no last day), wages owed. */
export function ViolationsTable({ inspectionCase: c }: { inspectionCase: InspectionCaseView }) {
  const { t } = useI18n();
  const m = t.inspection;
  if (c.violations.length === 0) return <Typography.Text type="secondary">{m.noViolations}</Typography.Text>;
  return (
    <Table
      size="small"
      pagination={false}
      data-testid="inspection-violations"
      dataSource={c.violations.map((violation, index) => ({ ...violation, key: index }))}
      columns={[
        {
          key: 'category',
          title: m.acceptance.category,
          render: (_, violation) => labelOf(t.enums.categories, violation.category),
        },
        { key: 'description', title: m.acceptance.description, dataIndex: 'description' },
        {
          key: 'dates',
          title: `${m.acceptance.beganOn} – ${m.acceptance.endedOn}`,
          render: (_, violation) => (
            <Space size={4} wrap>
              <span>
                {violation.beganOn} – {violation.endedOn || m.ongoing}
              </span>
              {violation.continuing && <Tag>{m.continuingAct}</Tag>}
            </Space>
          ),
        },
        {
          key: 'owed',
          title: `${m.amountOwed}（${m.yuan}）`,
          align: 'right',
          render: (_, violation) =>
            violation.amountOwedFen > 0 ? (
              <span data-testid="inspection-violation-owed" data-amount-fen={violation.amountOwedFen}>
                {formatFen(violation.amountOwedFen)}
              </span>
            ) : (
              ''
            ),
        },
      ]}
    />
  );
}

/** The deadlines that run: the acceptance decision (5 working days), the investigation (60, +30 once). */
export function InspectionDeadlines({ inspectionCase: c }: { inspectionCase: InspectionCaseView }) {
  const { t } = useI18n();
  const m = t.inspection;
  const concluded = c.status === 'CONCLUDED';
  const show = (deadline: NonNullable<InspectionCaseView['acceptanceDue']>, running: boolean) =>
    running && !concluded ? (
      <DeadlineTag deadline={deadline} />
    ) : (
      <Typography.Text type="secondary">{t.deadline.dueOn(deadline.dueOn)}</Typography.Text>
    );
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="inspection-deadlines">
      {c.acceptanceDue && (
        <div data-testid="inspection-acceptance-due">
          <Typography.Text type="secondary">{m.acceptanceDue}：</Typography.Text>
          {show(c.acceptanceDue, c.status === 'AWAITING_ACCEPTANCE')}
        </div>
      )}
      {c.investigationDue && (
        <div data-testid="inspection-investigation-due">
          <Typography.Text type="secondary">{m.investigationDue}：</Typography.Text>
          {show(c.investigationDue, c.status !== 'AWAITING_ACCEPTANCE' && c.status !== 'AWAITING_MATERIAL')}
        </div>
      )}
      {/* The order's day: the follow-up check (复查) is due then (条例 Art. 18(2)). */}
      {c.correctionOrder && (
        <div data-testid="inspection-correct-by">
          <Typography.Text type="secondary">{m.correction.correctBy}：</Typography.Text>
          {show(
            {
              label: m.correction.title,
              dueOn: c.correctionOrder.correctBy,
              provisional: false,
              citation: m.correction.citation,
            },
            c.status === 'CORRECTION_ORDERED',
          )}
        </div>
      )}
      {c.extensionApprovedBy && (
        <Typography.Text type="secondary" data-testid="inspection-extended">
          {m.extended(c.extensionApprovedBy, c.extensionReason)}
        </Typography.Text>
      )}
    </Space>
  );
}

/** 工程建设项目: the chain as recorded and who answers for the arrears under it (Arts. 29–30, 36). */
export function ProjectPanel({ inspectionCase: c }: { inspectionCase: InspectionCaseView }) {
  const { t } = useI18n();
  const m = t.inspection.project;
  const project = c.project;
  if (!project) return null;
  return (
    <Card size="small" title={`${m.title}：${project.name}`} data-testid="inspection-project-record">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'permit', label: m.permitNumber, children: project.permitNumber || t.inspection.none },
          { key: 'employing', label: m.employingContractor, children: project.employingContractor },
        ]}
      />
      <ItemList items={project.contractors} header={m.contractors} itemKey={(contractor) => contractor.name}>
        {(contractor) => (
          <Space wrap size={[8, 2]}>
            <Tag>{labelOf(t.inspection.contractorRoles, contractor.role)}</Tag>
            <Typography.Text strong>{contractor.name}</Typography.Text>
            {contractor.engagedBy && (
              <Typography.Text type="secondary">
                {m.engagedBy} {contractor.engagedBy}
              </Typography.Text>
            )}
            {contractor.unqualified && <Tag color="red">{m.unqualified}</Tag>}
            {contractor.unpaidProjectFundsFen > 0 && (
              <Typography.Text type="secondary">
                {m.unpaidFundsYuan} {formatFen(contractor.unpaidProjectFundsFen)}
              </Typography.Text>
            )}
          </Space>
        )}
      </ItemList>
      {c.liableParties.length > 0 && (
        <ItemList
          items={c.liableParties}
          header={m.liableParties}
          itemKey={(party) => `${party.name}:${party.liability}`}
          itemAttributes={(party) => testId('inspection-liable-party', { role: party.role, name: party.name })}
        >
          {(party) => (
            <Space orientation="vertical" size={0}>
              <Space wrap size={[8, 2]}>
                <Typography.Text strong>{party.name}</Typography.Text>
                <Tag>{labelOf(t.inspection.contractorRoles, party.role)}</Tag>
                <Tag color="orange">{party.liability}</Tag>
                {party.limitFen > 0 && <Typography.Text>{m.limit(formatFen(party.limitFen))}</Typography.Text>}
              </Space>
              <Typography.Text type="secondary">{party.citation}</Typography.Text>
            </Space>
          )}
        </ItemList>
      )}
    </Card>
  );
}

/** The investigation as recorded so far: each step that left a trace, in the order they come. */
export function InvestigationRecord({ inspectionCase: c }: { inspectionCase: InspectionCaseView }) {
  const { t } = useI18n();
  const m = t.inspection;
  const order = c.correctionOrder;
  const items = [
    ...(c.acceptance.length > 0
      ? [
          {
            key: 'acceptance',
            label: m.acceptanceHistory,
            children: (
              <ItemList
                items={c.acceptance}
                itemKey={(record, index) => `${index}:${record.decidedOn}`}
                itemAttributes={(record) => testId('inspection-acceptance-record', { decision: record.decision })}
              >
                {(record) => (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text>
                      {m.acceptanceEntry(record.decidedOn, labelOf(m.decisions, record.decision), record.decidedBy)}
                    </Typography.Text>
                    {record.reason && <Typography.Text type="secondary">{record.reason}</Typography.Text>}
                    {record.redirectedTo && (
                      <Typography.Text type="secondary">
                        {m.acceptance.redirectedTo}：{labelOf(m.disputeOffices, record.redirectedTo)}
                      </Typography.Text>
                    )}
                    {record.missingMaterial.length > 0 && (
                      <Typography.Text type="secondary">
                        {m.acceptance.missingMaterial}：{record.missingMaterial.join(t.common.listSeparator)}
                      </Typography.Text>
                    )}
                  </Space>
                )}
              </ItemList>
            ),
          },
        ]
      : []),
    {
      key: 'inquiries',
      label: m.inquiry.title,
      children:
        c.inquiries.length === 0 ? (
          m.inquiry.none
        ) : (
          <ItemList
            items={c.inquiries}
            itemKey={(inquiry) => inquiry.number}
            itemAttributes={(inquiry) => testId('inspection-inquiry', { number: inquiry.number })}
          >
            {(inquiry) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>
                  {m.inquiry.entry(inquiry.number, appearAtText(inquiry.appearAt), inquiry.place)}
                </Typography.Text>
                {inquiry.materials.length > 0 && (
                  <Typography.Text type="secondary">
                    {m.inquiry.materials}：{inquiry.materials.join(t.common.listSeparator)}
                  </Typography.Text>
                )}
              </Space>
            )}
          </ItemList>
        ),
    },
    {
      key: 'evidence',
      label: m.evidence.title,
      children:
        c.evidence.length === 0 ? (
          m.evidence.none
        ) : (
          <ItemList
            items={c.evidence}
            itemKey={(record, index) => `${index}:${record.recordedOn}`}
            itemAttributes={() => testId('inspection-evidence-record')}
          >
            {(record) => (
              <Space orientation="vertical" size={0}>
                <Space wrap size={[8, 2]}>
                  <Tag>{record.kind}</Tag>
                  <Typography.Text>{record.summary}</Typography.Text>
                </Space>
                <Typography.Text type="secondary">
                  {record.source} · {record.recordedOn} · {record.recordedBy}
                </Typography.Text>
              </Space>
            )}
          </ItemList>
        ),
    },
    {
      key: 'hearing',
      label: m.hearing.title,
      children: c.employerHeard ? (
        <Space orientation="vertical" size={0} data-testid="inspection-employer-heard">
          <Typography.Text>
            {c.employerHeard.waived
              ? m.hearing.waivedOn(c.employerHeard.heardOn)
              : m.hearing.heard(c.employerHeard.heardOn)}
          </Typography.Text>
          {c.employerHeard.statement && (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {c.employerHeard.statement}
            </Typography.Paragraph>
          )}
        </Space>
      ) : (
        m.hearing.notYet
      ),
    },
    ...(order
      ? [
          {
            key: 'order',
            label: m.correction.title,
            children: (
              <Space
                orientation="vertical"
                size={0}
                data-testid="inspection-correction-order"
                data-number={order.number}
                data-wages-ordered-fen={order.wagesOrderedFen}
                data-check-result={order.checkResult ?? ''}
              >
                <Typography.Text>{m.correction.entry(order.number, order.correctBy)}</Typography.Text>
                {order.corrections.map((correction) => (
                  <Typography.Text key={correction} type="secondary">
                    · {correction}
                  </Typography.Text>
                ))}
                {order.wagesOrderedFen > 0 && (
                  <Typography.Text>{m.correction.wagesOrdered(formatFen(order.wagesOrderedFen))}</Typography.Text>
                )}
                {order.checkResult && (
                  <Typography.Text strong>
                    {m.compliance.result(
                      order.checkResult === 'COMPLIED' ? m.compliance.yes : m.compliance.no,
                      order.checkedOn,
                    )}
                    {order.checkNote && `（${order.checkNote}）`}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]
      : []),
    ...(c.penalty
      ? [
          {
            key: 'penalty',
            label: m.penalty.title,
            children: (
              <Space
                orientation="vertical"
                size={0}
                data-testid="inspection-penalty-decision"
                data-fine-fen={c.penalty.fineFen}
              >
                <Typography.Text>{m.penalty.entry(c.penalty.number, formatFen(c.penalty.fineFen))}</Typography.Text>
                <Typography.Text type="secondary">
                  {m.penalty.violationBasis}：{c.penalty.violationBasis}；{m.penalty.penaltyBasis}：
                  {c.penalty.penaltyBasis}
                </Typography.Text>
                {c.penalty.remedies && <Typography.Text type="secondary">{c.penalty.remedies}</Typography.Text>}
              </Space>
            ),
          },
        ]
      : []),
    ...(c.arrearsListing
      ? [
          {
            key: 'listing',
            label: m.listing.title,
            children: (
              <Space
                orientation="vertical"
                size={0}
                data-testid="inspection-arrears-listing"
                data-status={c.arrearsListing.status}
              >
                <Typography.Text>
                  {labelOf(m.listing.statuses, c.arrearsListing.status)} {c.arrearsListing.noticeNumber}
                </Typography.Text>
                <Typography.Text type="secondary">{c.arrearsListing.grounds}</Typography.Text>
                {c.arrearsListing.status === 'PROPOSED' && c.arrearsListing.heardBy && (
                  <Typography.Text type="secondary">{m.listing.heardBy(c.arrearsListing.heardBy)}</Typography.Text>
                )}
                {c.arrearsListing.listedUntil && (
                  <Typography.Text>{m.listing.listedUntil(c.arrearsListing.listedUntil)}</Typography.Text>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return <Descriptions size="small" column={1} bordered items={items} data-testid="inspection-record" />;
}

/** An inquiry's appointment as recorded: an instant shown in China time, a bare date as it is. */
function appearAtText(appearAt: string): string {
  return /T/.test(appearAt) ? formatInstant(appearAt) : appearAt;
}

/** 404: the matter never went to inspection; 503: the county does not deploy it. Neither is an error here. */
const noCase = (failure: unknown) =>
  failure instanceof ApiRequestError && (failure.status === 404 || failure.status === 503);

/** On the matter page: where the inspection stands, and the way to its case screen. */
export function StaffInspectionPanel({ matterId, revision }: { matterId: string; revision: number }) {
  const { t } = useI18n();
  const m = t.inspection;
  const { data, error } = useLoad<InspectionCaseView | undefined>(
    () =>
      staffApi.inspectionOfMatter(matterId).catch((failure: unknown) => {
        if (noCase(failure)) return undefined;
        throw failure;
      }),
    [matterId, revision],
  );
  if (!data) return error ? <ErrorBanner error={error} /> : null;
  const due = data.status === 'AWAITING_ACCEPTANCE' ? data.acceptanceDue : data.investigationDue;
  return (
    <Card
      title={m.matterPanel}
      size="small"
      data-testid="matter-inspection"
      data-status={data.status}
      data-case-id={data.caseId}
      extra={
        <Link to={`/staff/inspection-cases/${encodeURIComponent(data.caseId)}`} data-testid="matter-inspection-open">
          {m.open}
        </Link>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'status',
            label: m.status,
            children: <InspectionStatusTag status={data.status} testId="matter-inspection-status" />,
          },
          { key: 'source', label: m.source, children: <InspectionSourceTag source={data.source} /> },
          { key: 'number', label: m.caseNumber, children: data.caseNumber || m.unfiled },
          ...(due && data.status !== 'CONCLUDED'
            ? [{ key: 'due', label: m.deadlines, children: <DeadlineTag deadline={due} /> }]
            : []),
          ...(data.conclusion
            ? [{ key: 'conclusion', label: m.conclusion, children: labelOf(m.conclusions, data.conclusion) }]
            : []),
        ]}
      />
    </Card>
  );
}
