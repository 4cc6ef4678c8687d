// 调解 on the two pages that show a matter's mediation besides the case screen: the staff matter page (where
// it stands, and the way to the case screen) and the worker's tracking page (the period, the sessions, the
// agreement to read and sign online, the documents). The agreement is shown the same way on all three.
import { LinkOutlined } from '@ant-design/icons';
import type {
  MediationCase,
  MediationSessionVenue,
  MediationStatus,
  PublicMediationAgreement,
  PublicMediationView,
} from '@onewindow/gateway-api';
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiRequestError } from '../api/http';
import { publicApi, staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import { formatInstant } from '../lib/format';
import { formatFen } from '../lib/money';
import { testId } from '../lib/test-id';
import { useLoad } from '../lib/use-load';
import { CaseDocumentLinks } from './CaseDocumentLinks';
import { DeadlineTag } from './DeadlineTag';
import { ErrorBanner } from './ErrorBanner';
import { ItemList } from './ItemList';

const STATUS_COLORS: Record<MediationStatus, string> = {
  AWAITING_CONSENT: 'gold',
  IN_MEDIATION: 'processing',
  AGREEMENT_IN_FORCE: 'cyan',
  RESOLVED: 'success',
  FAILED: 'error',
  DECLINED: 'default',
};

export const ENDED_STATUSES: readonly MediationStatus[] = ['RESOLVED', 'FAILED', 'DECLINED'];

export function MediationStatusTag({ status, testId: id }: { status: MediationStatus; testId: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={id} data-status={status}>
      {labelOf(t.mediation.statuses, status)}
    </Tag>
  );
}

/** Where a session is held: the place, or the meeting link (opened in a new tab). */
export function VenueText({ venue }: { venue: MediationSessionVenue }) {
  const { t } = useI18n();
  if (venue.mode === 'ONLINE') {
    return (
      <Typography.Link href={venue.meetingLink} target="_blank" rel="noreferrer" className="ow-wrap">
        <LinkOutlined /> {t.mediation.sessions.joinOnline}
      </Typography.Link>
    );
  }
  return <span className="ow-wrap">{venue.place}</span>;
}

/** The 调解协议书: amounts per claim, the schedule with each instalment's status, other terms, who signed. */
export function AgreementView({ agreement, prefix }: { agreement: PublicMediationAgreement; prefix: string }) {
  const { t } = useI18n();
  const m = t.mediation;
  const id = (name: string) => `${prefix}-${name}`;
  const signature = (role: 'WORKER' | 'EMPLOYER' | 'MEDIATOR') =>
    agreement.signatures.filter((signed) => signed.role === role);
  return (
    <Space
      orientation="vertical"
      size={8}
      style={{ width: '100%' }}
      data-testid={id('agreement')}
      data-status={agreement.status}
      data-number={agreement.number}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'number',
            label: m.agreement.number,
            children: (
              <span className="ow-wrap" data-testid={id('agreement-number')}>
                {agreement.number || m.agreement.unnumbered}
              </span>
            ),
          },
          {
            key: 'status',
            label: m.agreement.status,
            children: (
              <Tag color={agreement.status === 'SEALED' ? 'success' : 'processing'}>
                {labelOf(m.agreementStatuses, agreement.status)}
              </Tag>
            ),
          },
          { key: 'agreedOn', label: m.agreement.agreedOn, children: agreement.agreedOn },
          ...(agreement.effectiveOn
            ? [{ key: 'effectiveOn', label: m.agreement.effectiveOn, children: agreement.effectiveOn }]
            : []),
          {
            key: 'total',
            label: m.agreement.total,
            children: (
              <Typography.Text strong data-testid={id('agreement-total')} data-total-fen={agreement.totalFen}>
                {formatFen(agreement.totalFen)} {t.common.yuan}
              </Typography.Text>
            ),
          },
        ]}
      />
      <ItemList
        items={agreement.settledClaims}
        header={m.agreement.settledClaims}
        itemKey={(claim) => claim.claimIndex}
        itemAttributes={(claim) => testId(id('settled-claim'), { 'amount-fen': claim.amountFen })}
      >
        {(claim) => (
          <Space orientation="vertical" size={0}>
            <Typography.Text>{labelOf(t.enums.categories, claim.category)}</Typography.Text>
            <Typography.Text type="secondary">
              {m.agreement.claimed} {formatFen(claim.claimedFen)} · {m.agreement.settled}{' '}
              <Typography.Text strong>{formatFen(claim.amountFen)}</Typography.Text> {t.common.yuan}
            </Typography.Text>
            {claim.reasonAboveClaim && <Typography.Text type="secondary">{claim.reasonAboveClaim}</Typography.Text>}
          </Space>
        )}
      </ItemList>
      {agreement.instalments.length > 0 && (
        <ItemList
          items={agreement.instalments}
          header={m.agreement.instalments}
          itemKey={(_, index) => index}
          itemAttributes={(instalment) =>
            testId(id('instalment'), { status: instalment.status, 'amount-fen': instalment.amountFen })
          }
        >
          {(instalment, index) => (
            <Space wrap size={[8, 2]}>
              <Typography.Text>
                {m.payments.instalmentLabel(index + 1, instalment.dueOn, formatFen(instalment.amountFen))}
              </Typography.Text>
              <Tag
                color={instalment.status === 'PAID' ? 'success' : instalment.status === 'UNPAID' ? 'error' : 'default'}
                data-testid={id('instalment-status')}
              >
                {labelOf(m.instalmentStatuses, instalment.status)}
              </Tag>
              {instalment.paidFen > 0 && instalment.status !== 'PAID' && (
                <Typography.Text type="secondary">
                  {m.agreement.paid} {formatFen(instalment.paidFen)}
                </Typography.Text>
              )}
            </Space>
          )}
        </ItemList>
      )}
      {agreement.otherTerms && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          <Typography.Text type="secondary">{m.agreement.otherTerms}：</Typography.Text>
          {agreement.otherTerms}
        </Typography.Paragraph>
      )}
      <ItemList
        items={['WORKER', 'EMPLOYER', 'MEDIATOR'] as const}
        header={m.agreement.signatures}
        itemKey={(role) => role}
      >
        {(role) => (
          <Space wrap size={[8, 2]}>
            <Typography.Text strong>{labelOf(m.signerRoles, role)}</Typography.Text>
            {signature(role).length === 0 ? (
              <Typography.Text type="secondary">{m.agreement.notSigned}</Typography.Text>
            ) : (
              signature(role).map((signed) => (
                <Tag
                  key={signed.signedAt}
                  color="success"
                  {...testId(id('signature'), { role: signed.role, method: signed.method })}
                >
                  {m.agreement.signedAt(formatInstant(signed.signedAt), labelOf(m.signatureMethods, signed.method))}
                </Tag>
              ))
            )}
          </Space>
        )}
      </ItemList>
    </Space>
  );
}

/** 404: the matter never went to mediation; 503: the county does not deploy it. Neither is an error here. */
const noMediation = (failure: unknown) =>
  failure instanceof ApiRequestError && (failure.status === 404 || failure.status === 503);

/** On the matter page: where the mediation stands, and the way to its case screen. */
export function StaffMediationPanel({ matterNumber, revision }: { matterNumber: string; revision: number }) {
  const { t } = useI18n();
  const m = t.mediation;
  const { data, error } = useLoad<MediationCase | undefined>(
    () =>
      staffApi.mediationOfMatter(matterNumber).catch((failure: unknown) => {
        if (noMediation(failure)) return undefined;
        throw failure;
      }),
    [matterNumber, revision],
  );
  if (!data) return error ? <ErrorBanner error={error} /> : null;
  return (
    <Card
      title={m.matterPanel}
      size="small"
      data-testid="matter-mediation"
      data-status={data.status}
      data-case-id={data.caseId}
      extra={
        <Link to={`/staff/mediation-cases/${encodeURIComponent(data.caseId)}`} data-testid="matter-mediation-open">
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
            children: <MediationStatusTag status={data.status} testId="matter-mediation-status" />,
          },
          {
            key: 'number',
            label: m.recommendationNumber,
            children: <span className="ow-wrap">{data.recommendationNumber}</span>,
          },
          ...(data.period && !ENDED_STATUSES.includes(data.status)
            ? [{ key: 'period', label: m.period, children: <DeadlineTag deadline={data.period} /> }]
            : []),
          {
            key: 'mediators',
            label: m.mediators.title,
            children: data.mediators.map((mediator) => mediator.name).join(t.common.listSeparator) || m.mediators.none,
          },
          ...(data.agreement
            ? [
                {
                  key: 'agreement',
                  label: m.agreement.title,
                  children: `${labelOf(m.agreementStatuses, data.agreement.status)} ${data.agreement.number}`,
                },
              ]
            : []),
          ...(data.outcomeReason ? [{ key: 'outcome', label: m.outcome.title, children: data.outcomeReason }] : []),
        ]}
      />
    </Card>
  );
}

/**
 * The worker's own mediation on the tracking page: status, the period, the sessions, the agreement with its
 * amounts and schedule, and while it awaits the worker's signature a button to sign it online. The tracking
 * session was opened with a one-time code sent to the phone on record, which makes the signature theirs.
 */
export function PublicMediationPanel({
  matterNumber,
  token,
  revision,
  onSigned,
}: {
  matterNumber: string;
  token: string;
  revision: number;
  /** Called after the worker signed (the matter's timeline has moved on). */
  onSigned: () => void;
}) {
  const { t } = useI18n();
  const m = t.mediation;
  const { modal } = App.useApp();
  const [view, setView] = useState<PublicMediationView>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    publicApi.mediation(matterNumber, token).then(setView, (failure: unknown) => {
      setView(undefined);
      if (!noMediation(failure)) setError(failure);
    });
  }, [matterNumber, token, revision]);
  if (!view) return error ? <ErrorBanner error={error} onClose={() => setError(undefined)} /> : null;

  const agreement = view.agreement;
  const workerSigned = agreement?.signatures.some((signed) => signed.role === 'WORKER') ?? false;
  const sign = () =>
    modal.confirm({
      title: m.public.signConfirmTitle,
      content: m.public.signConfirm(formatFen(agreement?.totalFen ?? 0)),
      okText: m.public.sign,
      cancelText: t.common.cancel,
      okButtonProps: testId('track-mediation-sign-confirm'),
      onOk: async () => {
        setError(undefined);
        try {
          setView(await publicApi.signMediationAgreement(matterNumber, token, { expectedVersion: view.version }));
          onSigned();
        } catch (failure) {
          setError(failure);
        }
      },
    });

  return (
    <Card title={m.public.title} size="small" data-testid="track-mediation" data-status={view.status}>
      <ErrorBanner error={error} onClose={() => setError(undefined)} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'status',
              label: m.public.status,
              children: <MediationStatusTag status={view.status} testId="track-mediation-status" />,
            },
            {
              key: 'number',
              label: m.recommendationNumber,
              children: <span className="ow-wrap">{view.recommendationNumber}</span>,
            },
            ...(view.period && !ENDED_STATUSES.includes(view.status) && view.status !== 'AGREEMENT_IN_FORCE'
              ? [
                  {
                    key: 'period',
                    label: m.public.period,
                    children: (
                      <span data-testid="track-mediation-period">
                        <DeadlineTag deadline={view.period} />
                      </span>
                    ),
                  },
                ]
              : []),
            ...(view.mediators.length > 0
              ? [
                  {
                    key: 'mediators',
                    label: m.public.mediators,
                    children: view.mediators
                      .map((mediator) => `${mediator.name}（${labelOf(m.mediatorKinds, mediator.kind)}）`)
                      .join(t.common.listSeparator),
                  },
                ]
              : []),
          ]}
        />
        {!ENDED_STATUSES.includes(view.status) && view.status !== 'AGREEMENT_IN_FORCE' && (
          <div>
            <Typography.Text strong>{m.public.sessions}</Typography.Text>
            {view.sessions.length === 0 ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {m.public.noSessions}
              </Typography.Paragraph>
            ) : (
              <ItemList
                items={view.sessions}
                itemKey={(session) => session.startsAt}
                itemAttributes={(session) => testId('track-mediation-session', { mode: session.venue.mode })}
              >
                {(session) => (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{formatInstant(session.startsAt)}</Typography.Text>
                    <Typography.Text>
                      {labelOf(m.venueModes, session.venue.mode)} · <VenueText venue={session.venue} />
                    </Typography.Text>
                  </Space>
                )}
              </ItemList>
            )}
          </div>
        )}
        {agreement && (
          <div>
            <Typography.Text strong>{m.public.agreement}</Typography.Text>
            <AgreementView agreement={agreement} prefix="track-mediation" />
          </div>
        )}
        {view.workerMaySign && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Alert type="info" showIcon title={m.public.signHint} />
            <Button type="primary" size="large" block onClick={sign} data-testid="track-mediation-sign">
              {m.public.sign}
            </Button>
          </Space>
        )}
        {workerSigned && agreement?.status !== 'SEALED' && (
          <Alert type="success" showIcon title={m.public.signed} data-testid="track-mediation-signed" />
        )}
        {agreement?.status === 'SEALED' && (
          <Alert
            type="success"
            showIcon
            title={m.public.sealed(agreement.number)}
            data-testid="track-mediation-sealed"
          />
        )}
        {view.outcomeReason && (
          <Alert
            type={view.status === 'RESOLVED' ? 'success' : 'warning'}
            showIcon
            title={m.public.outcome}
            description={view.outcomeReason}
            data-testid="track-mediation-outcome"
          />
        )}
        <CaseDocumentLinks
          documents={view.documents}
          download={(document) => publicApi.mediationDocument(matterNumber, document.kind, token)}
          testIds={{ list: 'track-mediation-documents', item: 'track-mediation-document' }}
        />
      </Space>
    </Card>
  );
}
