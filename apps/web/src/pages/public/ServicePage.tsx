// 电子送达 at the SMS link: the respondent (no account) sees what is served — the matter number, the commission, the
// documents' titles — and enters the six-digit code from the same SMS. The right code confirms receipt and serves
// the application copy (民事诉讼法 Art. 90); the defence is then due within 10 days (劳动争议调解仲裁法 Art. 30). A
// wrong code is counted (five lock the link), an expired or replaced link serves nothing: each is said plainly.
import type { ElectronicServiceReceipt, PublicElectronicService } from '@onewindow/gateway-api';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { publicApi } from '../../api/endpoints';
import { ApiRequestError } from '../../api/http';
import { DeadlineTag } from '../../components/DeadlineTag';
import { ErrorBanner, violationsOf } from '../../components/ErrorBanner';
import { Loading } from '../../components/Results';
import { useI18n } from '../../i18n/i18n';
import { formatInstant } from '../../lib/format';

/** Why nothing was served, as the page says it (any other failure is the gateway's own answer, in the banner). */
type Refusal = { kind: 'wrong'; left: number } | { kind: 'locked' } | { kind: 'expired' } | { kind: 'unknown' };

const expiredAt = (look: PublicElectronicService, now = Date.now()) =>
  Boolean(look.expiresAt) && now >= Date.parse(look.expiresAt);

/** What the link's state refuses before any code is entered (a link reopened after five wrong codes, or too late). */
function refusalOf(look: PublicElectronicService): Refusal | undefined {
  if (look.served) return undefined;
  if (expiredAt(look)) return { kind: 'expired' };
  if (look.attemptsLeft <= 0) return { kind: 'locked' };
  return undefined;
}

const isNotFound = (failure: unknown) =>
  failure instanceof ApiRequestError && (failure.status === 404 || failure.status === 400);

export default function ServicePage() {
  const { t } = useI18n();
  const p = t.publicService;
  const { token = '' } = useParams();
  const [look, setLook] = useState<PublicElectronicService>();
  const [receipt, setReceipt] = useState<ElectronicServiceReceipt>();
  const [refusal, setRefusal] = useState<Refusal>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ code: string }>();

  const read = useCallback(async () => {
    try {
      const found = await publicApi.electronicService(token);
      setLook(found);
      return found;
    } catch (failure) {
      if (isNotFound(failure)) setRefusal({ kind: 'unknown' });
      else setError(failure);
      return undefined;
    }
  }, [token]);

  useEffect(() => {
    read().then((found) => found && setRefusal(refusalOf(found)));
  }, [read]);

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(undefined);
    setRefusal(undefined);
    try {
      setReceipt(await publicApi.confirmElectronicService(token, { code: code.trim() }));
    } catch (failure) {
      if (isNotFound(failure)) {
        setRefusal({ kind: 'unknown' });
      } else if (failure instanceof ApiRequestError && failure.status === 409) {
        // The link as it now is says how many tries are left, or that it is locked, expired or served already.
        const field = violationsOf(failure)[0]?.field;
        const now = await read();
        if (now?.served) setRefusal(undefined);
        else if (field === 'token' || (now && expiredAt(now))) setRefusal({ kind: 'expired' });
        else if (!now || now.attemptsLeft <= 0) setRefusal({ kind: 'locked' });
        else setRefusal({ kind: 'wrong', left: now.attemptsLeft });
        form.resetFields();
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  };

  if (receipt) {
    return (
      <Card data-testid="service-served" data-served-on={receipt.servedOn}>
        <Result
          status="success"
          title={p.servedTitle}
          subTitle={
            <span data-testid="service-served-on">
              {p.servedOn(receipt.servedOn)}
              {look ? ` · ${look.matterNumber}` : ''}
            </span>
          }
        />
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{p.defence}</Typography.Paragraph>
          <Space size={4} wrap data-testid="service-defence-due" data-due-on={receipt.defenceDue.dueOn}>
            <Typography.Text strong>{p.defenceDue}</Typography.Text>
            <DeadlineTag deadline={receipt.defenceDue} />
          </Space>
          <Typography.Text type="secondary">{p.defenceNotFiled}</Typography.Text>
        </Space>
      </Card>
    );
  }

  if (refusal?.kind === 'unknown') {
    return (
      <>
        <Typography.Title level={3}>{p.title}</Typography.Title>
        <Alert type="error" showIcon title={p.unknown} data-testid="service-refusal" data-kind="unknown" />
      </>
    );
  }
  if (!look) {
    return error ? <ErrorBanner error={error} /> : <Loading />;
  }

  const closed = look.served || refusal?.kind === 'locked' || refusal?.kind === 'expired';
  return (
    <>
      <Typography.Title level={3}>{p.title}</Typography.Title>
      <ErrorBanner error={error} onClose={() => setError(undefined)} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card data-testid="service-look" data-served={String(look.served)}>
          <Typography.Paragraph>{p.intro}</Typography.Paragraph>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'matterNumber',
                label: p.matterNumber,
                children: (
                  <span className="ow-wrap" data-testid="service-matter-number">
                    {look.matterNumber}
                  </span>
                ),
              },
              { key: 'commission', label: p.commission, children: look.commission },
              {
                key: 'documents',
                label: p.documents,
                children: (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {look.documents.map((title) => (
                      <li key={title} data-testid="service-document">
                        {title}
                      </li>
                    ))}
                  </ul>
                ),
              },
              { key: 'sentAt', label: p.sentAt, children: formatInstant(look.sentAt) },
              { key: 'expiresAt', label: p.expiresAt, children: formatInstant(look.expiresAt) },
            ]}
          />
        </Card>

        {look.served && (
          <Alert
            type="success"
            showIcon
            title={p.alreadyServed(look.servedOn)}
            description={p.defence}
            data-testid="service-already-served"
          />
        )}
        {refusal && (
          <Alert
            type={refusal.kind === 'wrong' ? 'warning' : 'error'}
            showIcon
            title={
              refusal.kind === 'wrong'
                ? p.wrongCodeLeft(refusal.left)
                : refusal.kind === 'locked'
                  ? p.locked
                  : p.expired
            }
            data-testid="service-refusal"
            data-kind={refusal.kind}
            data-attempts-left={refusal.kind === 'wrong' ? refusal.left : 0}
          />
        )}

        {!closed && (
          <Card>
            <Form form={form} layout="vertical" onFinish={confirm} disabled={busy}>
              <Form.Item
                name="code"
                label={p.code}
                extra={!refusal && look.attemptsLeft < 5 ? p.attemptsLeft(look.attemptsLeft) : undefined}
                rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: p.codeInvalid }]}
              >
                <Input
                  size="large"
                  maxLength={6}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  data-testid="service-code"
                />
              </Form.Item>
              <Button type="primary" size="large" block htmlType="submit" loading={busy} data-testid="service-submit">
                {p.submit}
              </Button>
            </Form>
          </Card>
        )}
      </Space>
    </>
  );
}
