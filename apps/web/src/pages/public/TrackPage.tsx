// 查询进度: the worker enters the matter number, receives a one-time code on the phone on record,
// enters it, and sees the matter's steps (no staff notes); once it is closed they may rate the service.
import type { CaseDocument, PublicMatterView } from '@onewindow/gateway-api';
import { Alert, App, Button, Card, Descriptions, Form, Input, Rate, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiRequestError } from '../../api/http';
import { publicApi } from '../../api/endpoints';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CaseDocumentLinks } from '../../components/CaseDocumentLinks';
import { PublicMediationPanel } from '../../components/MediationPanels';
import { PublicSupplementPanel } from '../../components/SupplementPanels';
import { MatterTimeline } from '../../components/MatterTimeline';
import { StageTag } from '../../components/StageTag';
import { formatInstant } from '../../lib/format';
import { useI18n } from '../../i18n/i18n';

// The tracking token opens one matter for a short while; kept per tab, per matter.
const tokenKey = (matterNumber: string) => `onewindow.tracking.${matterNumber}`;
const trackingTokens = {
  get: (matterNumber: string) => sessionStorage.getItem(tokenKey(matterNumber)) ?? undefined,
  set: (matterNumber: string, token: string) => sessionStorage.setItem(tokenKey(matterNumber), token),
  drop: (matterNumber: string) => sessionStorage.removeItem(tokenKey(matterNumber)),
};

type Step = 'number' | 'code' | 'view';

export default function TrackPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const matterNumber = params.get('matterNumber') ?? '';
  const [step, setStep] = useState<Step>('number');
  const [view, setView] = useState<PublicMatterView>();
  const [codeSent, setCodeSent] = useState<string>();
  const [expired, setExpired] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const show = useCallback(async (number: string, token: string) => {
    try {
      setView(await publicApi.matter(number, token));
      setStep('view');
      setExpired(false);
    } catch (failure) {
      if (failure instanceof ApiRequestError && failure.status === 401) {
        trackingTokens.drop(number);
        setExpired(true);
        setStep('number');
        return;
      }
      throw failure;
    }
  }, []);

  // Coming back to the page (or from the receipt) with a session still open shows the matter at once.
  useEffect(() => {
    const token = matterNumber ? trackingTokens.get(matterNumber) : undefined;
    if (token) show(matterNumber, token).catch(setError);
  }, [matterNumber, show]);

  const requestCode = ({ number }: { number: string }) =>
    attempt(async () => {
      const trimmed = number.trim();
      const sent = await publicApi.requestCode(trimmed);
      setParams({ matterNumber: trimmed }, { replace: true });
      setCodeSent(sent?.message || t.track.codeSent);
      setExpired(false);
      setStep('code');
    });

  const verify = ({ code }: { code: string }) =>
    attempt(async () => {
      const session = await publicApi.startTracking(matterNumber, code.trim());
      trackingTokens.set(matterNumber, session.trackingToken);
      await show(matterNumber, session.trackingToken);
    });

  const startOver = () => {
    if (matterNumber) trackingTokens.drop(matterNumber);
    setView(undefined);
    setCodeSent(undefined);
    setError(undefined);
    setParams({}, { replace: true });
    setStep('number');
  };

  return (
    <>
      <Typography.Title level={3}>{t.track.title}</Typography.Title>
      {expired && (
        <Alert
          type="warning"
          showIcon
          title={t.track.expired}
          style={{ marginBottom: 16 }}
          data-testid="track-expired"
        />
      )}
      <ErrorBanner error={error} onClose={() => setError(undefined)} />

      {step === 'number' && (
        <Card>
          <Form layout="vertical" onFinish={requestCode} initialValues={{ number: matterNumber }} disabled={busy}>
            <Form.Item
              name="number"
              label={t.track.matterNumber}
              rules={[{ required: true, whitespace: true, message: t.track.matterNumberRequired }]}
            >
              <Input
                size="large"
                inputMode="numeric"
                placeholder={t.track.matterNumberPlaceholder}
                data-testid="track-matter-number"
              />
            </Form.Item>
            <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="track-request-code">
              {t.track.requestCode}
            </Button>
          </Form>
        </Card>
      )}

      {step === 'code' && (
        <Card>
          <Alert type="info" showIcon title={codeSent} style={{ marginBottom: 16 }} data-testid="track-code-sent" />
          <Typography.Paragraph>
            {t.track.matterNumber}:{' '}
            <Typography.Text strong className="ow-wrap">
              {matterNumber}
            </Typography.Text>
          </Typography.Paragraph>
          <Form layout="vertical" onFinish={verify} disabled={busy}>
            <Form.Item
              name="code"
              label={t.track.code}
              rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t.track.codeInvalid }]}
            >
              <Input
                size="large"
                maxLength={6}
                inputMode="numeric"
                autoComplete="one-time-code"
                data-testid="track-code"
              />
            </Form.Item>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="track-verify">
                {t.track.verify}
              </Button>
              <Button
                type="link"
                block
                onClick={() => requestCode({ number: matterNumber })}
                data-testid="track-resend"
              >
                {t.track.resend}
              </Button>
            </Space>
          </Form>
        </Card>
      )}

      {step === 'view' && view && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'number',
                  label: t.track.matterNumber,
                  children: (
                    <span className="ow-wrap" data-testid="public-matter-number">
                      {view.matterNumber}
                    </span>
                  ),
                },
                { key: 'stage', label: t.track.stage, children: <StageTag stage={view.stage} testId="public-stage" /> },
                { key: 'registeredAt', label: t.track.registeredAt, children: formatInstant(view.registeredAt) },
              ]}
            />
          </Card>
          {view.consultationAnswers?.map((answered) => (
            <Card
              key={answered.answeredAt}
              title={t.consultation.publicTitle}
              size="small"
              data-testid="public-consultation-answer"
            >
              <Descriptions
                column={1}
                size="small"
                layout="vertical"
                items={[
                  {
                    key: 'answer',
                    label: t.consultation.answerLabel,
                    children: (
                      <span style={{ whiteSpace: 'pre-wrap' }} data-testid="public-consultation-answer-text">
                        {answered.answer}
                      </span>
                    ),
                  },
                  {
                    key: 'basis',
                    label: t.consultation.basis,
                    children: <span data-testid="public-consultation-basis">{answered.basis}</span>,
                  },
                  { key: 'answeredBy', label: t.consultation.answeredBy, children: answered.answeredBy },
                  { key: 'answeredAt', label: t.consultation.answeredAt, children: formatInstant(answered.answeredAt) },
                ]}
              />
            </Card>
          ))}
          {trackingTokens.get(view.matterNumber) && (
            <PublicMediationPanel
              matterNumber={view.matterNumber}
              token={trackingTokens.get(view.matterNumber)!}
              revision={view.timeline.length}
              onSigned={() => show(view.matterNumber, trackingTokens.get(view.matterNumber)!).catch(setError)}
            />
          )}
          <Card title={t.track.steps} size="small">
            <MatterTimeline entries={view.timeline} />
          </Card>
          {trackingTokens.get(view.matterNumber) && (
            <PublicSupplementPanel
              matterNumber={view.matterNumber}
              token={trackingTokens.get(view.matterNumber)!}
              onSupplemented={() => show(view.matterNumber, trackingTokens.get(view.matterNumber)!).catch(setError)}
            />
          )}
          <OwnDocuments matterNumber={view.matterNumber} revision={view.timeline.length} />
          <Rating view={view} onRated={(satisfaction) => setView({ ...view, satisfaction, canRate: false })} />
          <Button block onClick={startOver} data-testid="track-another">
            {t.track.another}
          </Button>
        </Space>
      )}
    </>
  );
}

/** The worker's own documents (文书), fetched with the tracking token of this matter. */
function OwnDocuments({ matterNumber, revision }: { matterNumber: string; revision: number }) {
  const token = trackingTokens.get(matterNumber);
  const [documents, setDocuments] = useState<CaseDocument[]>([]);
  useEffect(() => {
    if (token)
      publicApi.documents(matterNumber, token).then(
        ({ documents: found }) => setDocuments(found),
        () => setDocuments([]),
      );
    // Fetched again when the matter moves on (a supplement brings a receipt or a further notice).
  }, [matterNumber, token, revision]);
  if (!token) return null;
  return (
    <CaseDocumentLinks
      documents={documents}
      download={(document) => publicApi.document(matterNumber, document.kind, token, document.number)}
    />
  );
}

/** 群众满意度: offered once the matter is closed and not yet rated. */
function Rating({
  view,
  onRated,
}: {
  view: PublicMatterView;
  onRated: (satisfaction: NonNullable<PublicMatterView['satisfaction']>) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  if (view.satisfaction) {
    return (
      <Card title={t.rating.yourRating} size="small" data-testid="rate-done" data-score={view.satisfaction.score}>
        <Rate disabled value={view.satisfaction.score} />
        {view.satisfaction.comment && <Typography.Paragraph>{view.satisfaction.comment}</Typography.Paragraph>}
      </Card>
    );
  }
  if (!view.canRate) return null;

  const submit = async ({ score, comment }: { score: number; comment?: string }) => {
    const token = trackingTokens.get(view.matterNumber);
    if (!token) return;
    setBusy(true);
    setError(undefined);
    try {
      const rating = await publicApi.rate(view.matterNumber, token, {
        score,
        ...(comment?.trim() ? { comment: comment.trim() } : {}),
      });
      message.success(t.rating.thanks);
      onRated(rating);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t.rating.title} size="small" data-testid="rate-form">
      <ErrorBanner error={error} />
      <Form layout="vertical" onFinish={submit} disabled={busy}>
        <Form.Item name="score" label={t.rating.score} rules={[{ required: true, message: t.rating.scoreRequired }]}>
          <Rate tooltips={t.rating.scores} data-testid="rate-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t.rating.comment}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="rate-comment" />
        </Form.Item>
        <Button type="primary" block htmlType="submit" loading={busy} data-testid="rate-submit">
          {t.rating.submit}
        </Button>
      </Form>
    </Card>
  );
}
