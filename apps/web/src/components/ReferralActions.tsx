// What the office a referral was sent to does with it: accept or decline it (with the reason; routing
// then sends the matter on), and once accepted, report resolved, failed or transferred.
import {
  REFERRAL_OUTCOMES,
  TRANSFER_DESTINATIONS,
  type ReportOutcomeRequest,
  type ReportOutcomeResponse,
} from '@onewindow/gateway-api';
import { App, Button, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { ActionDialog } from './ActionDialog';
import { ErrorBanner } from './ErrorBanner';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';

export type ReferralChange = 'accepted' | 'declined' | 'reported';

interface Props {
  referralId: string;
  /** ISSUED offers accept/decline, ACCEPTED offers the outcome; other statuses have nothing to do. */
  status: string;
  onChanged: (change: ReferralChange, response?: ReportOutcomeResponse) => void;
}

export function ReferralActions({ referralId, status, onChanged }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'decline' | 'outcome'>();
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<unknown>();

  const accept = async () => {
    setAccepting(true);
    setError(undefined);
    try {
      await staffApi.acknowledge(referralId, { accept: true });
      message.success(t.referral.accepted);
      onChanged('accepted');
    } catch (failure) {
      setError(failure);
    } finally {
      setAccepting(false);
    }
  };

  if (status !== 'ISSUED' && status !== 'ACCEPTED') return null;
  return (
    <>
      <Space wrap>
        {status === 'ISSUED' && (
          <>
            <Button type="primary" size="small" loading={accepting} onClick={accept} data-testid="referral-accept">
              {t.referral.accept}
            </Button>
            <Button size="small" danger onClick={() => setDialog('decline')} data-testid="referral-decline">
              {t.referral.decline}
            </Button>
          </>
        )}
        {status === 'ACCEPTED' && (
          <Button size="small" onClick={() => setDialog('outcome')} data-testid="referral-outcome">
            {t.referral.outcome}
          </Button>
        )}
      </Space>
      <ErrorBanner error={error} onClose={() => setError(undefined)} />

      <ActionDialog<{ declineReason: string }>
        open={dialog === 'decline'}
        id="decline-dialog"
        title={t.referral.declineTitle}
        onCancel={() => setDialog(undefined)}
        onSubmit={async ({ declineReason }) => {
          await staffApi.acknowledge(referralId, { accept: false, declineReason: declineReason.trim() });
          setDialog(undefined);
          message.success(t.referral.declined);
          onChanged('declined');
        }}
      >
        <Form.Item
          name="declineReason"
          label={t.referral.declineReason}
          rules={[{ required: true, whitespace: true, message: t.referral.declineReasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="decline-reason" />
        </Form.Item>
      </ActionDialog>

      <ActionDialog<ReportOutcomeRequest>
        open={dialog === 'outcome'}
        id="outcome-dialog"
        title={t.referral.outcomeTitle}
        initialValues={{ outcome: 'RESOLVED' }}
        onCancel={() => setDialog(undefined)}
        onSubmit={async ({ outcome, reason, transferTo }) => {
          const response = await staffApi.reportOutcome(referralId, {
            outcome,
            ...(reason?.trim() ? { reason: reason.trim() } : {}),
            ...(outcome === 'TRANSFERRED' && transferTo ? { transferTo } : {}),
          });
          setDialog(undefined);
          message.success(
            response.rerouted.length > 0
              ? t.referral.rerouted(
                  response.rerouted.map((r) => labelOf(t.enums.targets, r.target)).join(t.common.listSeparator),
                )
              : t.referral.reported,
          );
          onChanged('reported', response);
        }}
      >
        <>
          <Form.Item name="outcome">
            <Radio.Group data-testid="outcome-choice">
              <Space orientation="vertical">
                {REFERRAL_OUTCOMES.map((outcome) => (
                  <Radio key={outcome} value={outcome} data-testid={`outcome-${outcome}`}>
                    {t.enums.outcomes[outcome]}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="reason"
            label={t.referral.outcomeReason}
            dependencies={['outcome']}
            rules={[
              ({ getFieldValue }) => ({
                required: getFieldValue('outcome') !== 'RESOLVED',
                whitespace: true,
                message: t.referral.outcomeReasonRequired,
              }),
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="outcome-reason" />
          </Form.Item>
          <Form.Item noStyle dependencies={['outcome']}>
            {({ getFieldValue }) =>
              getFieldValue('outcome') === 'TRANSFERRED' && (
                <Form.Item
                  name="transferTo"
                  label={t.referral.transferTo}
                  rules={[{ required: true, message: t.referral.transferToRequired }]}
                >
                  <Select
                    data-testid="transfer-to"
                    options={TRANSFER_DESTINATIONS.map((target) => ({
                      value: target,
                      label: labelOf(t.enums.targets, target),
                    }))}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      </ActionDialog>
    </>
  );
}
