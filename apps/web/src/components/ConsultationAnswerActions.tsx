// 咨询解答: a staff member who answers consultations records the answer and the law or policy it rests
// on (依据); the consultation is then closed and the worker sees the answer on the tracking page.
import {
  CONSULTATION_ANSWER_MAX_LENGTH,
  CONSULTATION_BASIS_MAX_LENGTH,
  type ConsultationAnswer,
  type Referral,
} from '@onewindow/gateway-api';
import { App, Button, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ActionDialog } from './ActionDialog';
import { staffApi } from '../api/endpoints';
import { formatInstant } from '../lib/format';
import { newRequestId } from '../lib/request-id';
import { useI18n } from '../i18n/i18n';

interface Props {
  referralId: string;
  /** What the worker asked, shown above the answer. */
  question?: string;
  onAnswered: (answered: Referral) => void;
}

export function ConsultationAnswerActions({ referralId, question, onAnswered }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  // One per dialog opened: a retried submission returns the answer recorded the first time.
  const [requestId, setRequestId] = useState(newRequestId);

  return (
    <>
      <Button
        type="primary"
        size="small"
        onClick={() => {
          setRequestId(newRequestId());
          setOpen(true);
        }}
        data-testid="consultation-answer"
      >
        {t.consultation.answer}
      </Button>
      <ActionDialog<{ answer: string; basis: string }>
        open={open}
        id="consultation-answer-dialog"
        title={t.consultation.dialogTitle}
        onCancel={() => setOpen(false)}
        onSubmit={async ({ answer, basis }) => {
          const answered = await staffApi.answerConsultation(referralId, {
            answer: answer.trim(),
            basis: basis.trim(),
            requestId,
          });
          setOpen(false);
          message.success(t.consultation.answered);
          onAnswered(answered);
        }}
      >
        {question !== undefined && (
          <Form.Item label={t.consultation.question}>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
              data-testid="consultation-question"
            >
              {question || t.consultation.noQuestion}
            </Typography.Paragraph>
          </Form.Item>
        )}
        <Form.Item
          name="answer"
          label={t.consultation.answerLabel}
          rules={[{ required: true, whitespace: true, message: t.consultation.answerRequired }]}
        >
          <Input.TextArea
            rows={5}
            maxLength={CONSULTATION_ANSWER_MAX_LENGTH}
            showCount
            data-testid="consultation-answer-text"
          />
        </Form.Item>
        <Form.Item
          name="basis"
          label={t.consultation.basis}
          rules={[{ required: true, whitespace: true, message: t.consultation.basisRequired }]}
        >
          <Input.TextArea
            rows={2}
            maxLength={CONSULTATION_BASIS_MAX_LENGTH}
            showCount
            placeholder={t.consultation.basisPlaceholder}
            data-testid="consultation-basis"
          />
        </Form.Item>
      </ActionDialog>
    </>
  );
}

/** The answer as recorded: what, on what basis, who and when. */
export function ConsultationAnswerView({ answer }: { answer: ConsultationAnswer }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="consultation-answer-record"
      items={[
        {
          key: 'answer',
          label: t.consultation.answerLabel,
          children: (
            <span style={{ whiteSpace: 'pre-wrap' }} data-testid="consultation-answer-recorded">
              {answer.answer}
            </span>
          ),
        },
        {
          key: 'basis',
          label: t.consultation.basis,
          children: <span data-testid="consultation-basis-recorded">{answer.basis}</span>,
        },
        {
          key: 'answeredBy',
          label: t.consultation.answeredBy,
          children: (
            <span data-testid="consultation-answered-by" data-user-id={answer.answeredBy.userId}>
              {answer.answeredBy.name}
            </span>
          ),
        },
        { key: 'answeredAt', label: t.consultation.answeredAt, children: formatInstant(answer.answeredAt) },
      ]}
    />
  );
}
