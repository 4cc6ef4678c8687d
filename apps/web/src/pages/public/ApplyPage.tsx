// 网上申请: a worker applies online with the same content the window records (channel ONLINE) and gets
// the matter number, and where the tracking code will be sent.
import type { ApplicationReceipt, FieldViolation } from '@onewindow/gateway-api';
import { listCounties } from '@onewindow/county';
import { Button, Descriptions, Form, Result, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { publicApi } from '../../api/endpoints';
import { ErrorBanner, violationsOf } from '../../components/ErrorBanner';
import { checkedMatterValues, MatterContentForm, showViolations } from '../../components/MatterContentForm';
import { blankMatterForm, toMatterContent, type MatterFormValues } from '../../lib/matter-form';
import { newRequestId } from '../../lib/request-id';
import { useI18n } from '../../i18n/i18n';

export default function ApplyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<MatterFormValues>();
  const [requestId, setRequestId] = useState(newRequestId);
  const [receipt, setReceipt] = useState<ApplicationReceipt>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  const counties = useMemo(() => listCounties().map((county) => county.code), []);
  const initialValues = useMemo(() => blankMatterForm(undefined), []);

  // A new application (after a receipt) starts from a blank form.
  useEffect(() => form.resetFields(), [form, requestId]);

  const submit = async () => {
    setError(undefined);
    setUnplaced([]);
    const values = await checkedMatterValues(form);
    if (!values) return;
    setBusy(true);
    try {
      setReceipt(await publicApi.apply({ content: toMatterContent(values, 'ONLINE'), requestId }));
      window.scrollTo({ top: 0 });
    } catch (failure) {
      setError(failure);
      setUnplaced(showViolations(form, violationsOf(failure)));
    } finally {
      setBusy(false);
    }
  };

  if (receipt) {
    return (
      <Result
        status="success"
        title={t.apply.receiptTitle}
        data-testid="apply-receipt"
        subTitle={t.apply.receiptHint}
        extra={[
          <Button
            key="track"
            type="primary"
            data-testid="apply-track"
            onClick={() => navigate(`/public/track?matterNumber=${encodeURIComponent(receipt.matterNumber)}`)}
          >
            {t.apply.track}
          </Button>,
          <Button
            key="again"
            data-testid="apply-another"
            onClick={() => {
              setReceipt(undefined);
              setRequestId(newRequestId());
            }}
          >
            {t.apply.another}
          </Button>,
        ]}
      >
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            {
              key: 'number',
              label: t.apply.receiptNumber,
              children: (
                <Typography.Text strong copyable className="ow-wrap" data-testid="apply-receipt-number">
                  {receipt.matterNumber}
                </Typography.Text>
              ),
            },
            {
              key: 'phone',
              label: t.apply.receiptPhone,
              children: <span data-testid="apply-receipt-phone">{receipt.phoneOnRecord}</span>,
            },
          ]}
        />
      </Result>
    );
  }

  return (
    <>
      <Typography.Title level={3}>{t.apply.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.apply.intro}</Typography.Paragraph>
      <MatterContentForm
        form={form}
        variant="public"
        counties={counties}
        initialValues={initialValues}
        disabled={busy}
      />
      <ErrorBanner error={error} violations={unplaced} onClose={() => setError(undefined)} />
      <Button type="primary" size="large" block loading={busy} onClick={submit} data-testid="apply-submit">
        {t.apply.submit}
      </Button>
    </>
  );
}
