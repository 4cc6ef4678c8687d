// 补正 on the two pages that show an arbitration case awaiting a supplement: the worker's tracking page
// (with the tracking token of the matter) and the staff matter page (the arbitration window). Each shows
// what the notice in force asks for, takes it, and shows where the case stands afterwards.
import type { ArbitrationCase, SupplementNoticeView } from '@onewindow/gateway-api';
import { Alert, Space } from 'antd';
import { useEffect, useState } from 'react';
import { publicApi, staffApi } from '../api/endpoints';
import { useI18n } from '../i18n/i18n';
import { SupplementForm, SupplementHistory } from './SupplementForm';

type Outcome = { kind: 'complete' | 'not-accepted' } | { kind: 'still-missing'; noticeNumber: string };

/** Where the case stands after the review of the supplemented application. */
const outcomeOf = (status: string, noticeNumber: string): Outcome =>
  status === 'AWAITING_SUPPLEMENT'
    ? { kind: 'still-missing', noticeNumber }
    : { kind: status === 'NOT_ACCEPTED' ? 'not-accepted' : 'complete' };

function OutcomeNotice({ outcome, prefix }: { outcome?: Outcome; prefix: string }) {
  const { t } = useI18n();
  if (!outcome) return null;
  return (
    <Alert
      type={outcome.kind === 'complete' ? 'success' : 'warning'}
      showIcon
      title={t.supplement.submitted}
      description={
        outcome.kind === 'still-missing'
          ? t.supplement.stillMissing(outcome.noticeNumber)
          : outcome.kind === 'complete'
            ? t.supplement.complete
            : t.supplement.notAccepted
      }
      data-testid={`${prefix}-outcome`}
      data-outcome={outcome.kind}
    />
  );
}

/** The worker's own supplement: the notice in force, the form, and the supplements sent before. */
export function PublicSupplementPanel({
  matterNumber,
  token,
  onSupplemented,
}: {
  matterNumber: string;
  token: string;
  /** Called after a supplement was taken (the matter's timeline has moved on). */
  onSupplemented: () => void;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<SupplementNoticeView>();
  const [outcome, setOutcome] = useState<Outcome>();
  useEffect(() => {
    publicApi.supplementNotice(matterNumber, token).then(setView, () => setView(undefined));
  }, [matterNumber, token]);
  if (!view || (!view.awaiting && view.supplements.length === 0 && !outcome)) return null;

  return (
    <Space
      orientation="vertical"
      style={{ width: '100%' }}
      data-testid="track-supplement"
      data-awaiting={String(view.awaiting)}
    >
      <OutcomeNotice outcome={outcome} prefix="track-supplement" />
      {view.awaiting && (
        <SupplementForm
          key={view.noticeNumber}
          prefix="track-supplement"
          noticeNumber={view.noticeNumber}
          missingItems={view.missingItems}
          supplyBy={view.supplyBy}
          hint={t.supplement.hint}
          submit={async (body) => {
            const next = await publicApi.submitSupplement(matterNumber, token, body);
            setView(next);
            setOutcome(outcomeOf(next.caseStatus, next.noticeNumber));
            onSupplemented();
          }}
        />
      )}
      <SupplementHistory supplements={view.supplements} />
    </Space>
  );
}

/** At the arbitration window: the clerk enters what the applicant brings, on the case awaiting it. */
export function StaffSupplementPanel({
  arbitrationCase,
  maySubmit,
  onSupplemented,
}: {
  arbitrationCase: ArbitrationCase;
  maySubmit: boolean;
  onSupplemented: (supplemented: ArbitrationCase) => void;
}) {
  const { t } = useI18n();
  const c = arbitrationCase;
  const [outcome, setOutcome] = useState<Outcome>();
  const awaiting = c.status === 'AWAITING_SUPPLEMENT';
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }} data-testid="staff-supplement">
      <OutcomeNotice outcome={outcome} prefix="staff-supplement" />
      {awaiting && maySubmit && (
        <SupplementForm
          key={c.supplementNoticeNumber}
          prefix="staff-supplement"
          noticeNumber={c.supplementNoticeNumber ?? ''}
          missingItems={c.missingItems}
          hint={t.supplement.staffHint}
          submit={async (body) => {
            const next = await staffApi.submitSupplement(c.caseId, body);
            setOutcome(outcomeOf(next.status, next.supplementNoticeNumber ?? ''));
            onSupplemented(next);
          }}
        />
      )}
      <SupplementHistory supplements={c.supplements ?? []} />
    </Space>
  );
}
