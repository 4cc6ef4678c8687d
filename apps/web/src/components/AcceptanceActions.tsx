// Arbitration's acceptance decision on an application (受理 / 不予受理, 劳动争议调解仲裁法 Art. 29):
// accepting issues the acceptance notice; refusing needs the reason printed on the notice.
import type { ArbitrationCase } from '@onewindow/gateway-api';
import { App, Button, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { ActionDialog } from './ActionDialog';
import { ErrorBanner } from './ErrorBanner';
import { staffApi } from '../api/endpoints';
import { testId } from '../lib/test-id';
import { useI18n } from '../i18n/i18n';

interface Props {
  caseId: string;
  onDecided: (decided: ArbitrationCase) => void;
}

export function AcceptanceActions({ caseId, onDecided }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const decided = await staffApi.decideAcceptance(caseId, { decision: 'ACCEPT' });
      message.success(t.acceptance.decided);
      onDecided(decided);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Space wrap>
        <Popconfirm
          title={t.acceptance.acceptConfirm}
          okText={t.common.confirm}
          cancelText={t.common.cancel}
          okButtonProps={testId('acceptance-accept-confirm')}
          onConfirm={accept}
        >
          <Button type="primary" size="small" loading={busy} data-testid="acceptance-accept">
            {t.acceptance.accept}
          </Button>
        </Popconfirm>
        <Button size="small" danger onClick={() => setRefusing(true)} data-testid="acceptance-refuse">
          {t.acceptance.refuse}
        </Button>
      </Space>
      <ErrorBanner error={error} onClose={() => setError(undefined)} />
      <ActionDialog<{ refusalReason: string }>
        open={refusing}
        id="refuse-dialog"
        title={t.acceptance.refuseTitle}
        onCancel={() => setRefusing(false)}
        onSubmit={async ({ refusalReason }) => {
          const decided = await staffApi.decideAcceptance(caseId, {
            decision: 'REFUSE',
            refusalReason: refusalReason.trim(),
          });
          setRefusing(false);
          message.success(t.acceptance.decided);
          onDecided(decided);
        }}
      >
        <Form.Item
          name="refusalReason"
          label={t.acceptance.refusalReason}
          rules={[{ required: true, whitespace: true, message: t.acceptance.refusalReasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="refusal-reason" />
        </Form.Item>
      </ActionDialog>
    </>
  );
}
