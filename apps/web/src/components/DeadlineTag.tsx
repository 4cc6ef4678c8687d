// A deadline with its countdown: days left, due today or overdue; marked 暂定 when the holiday
// schedule it was counted on is provisional; the legal citation on hover.
import type { Deadline } from '@onewindow/gateway-api';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { countdownOf } from '../lib/countdown';
import { useI18n } from '../i18n/i18n';

const SOON_DAYS = 3;

export function DeadlineTag({ deadline }: { deadline: Deadline }) {
  const { t } = useI18n();
  const countdown = countdownOf(deadline.dueOn);
  let countdownTag = null;
  if (countdown?.state === 'overdue') {
    countdownTag = <Tag color="red">{t.deadline.overdue(countdown.days)}</Tag>;
  } else if (countdown?.state === 'today') {
    countdownTag = <Tag color="orange">{t.deadline.dueToday}</Tag>;
  } else if (countdown) {
    countdownTag = (
      <Tag color={countdown.days <= SOON_DAYS ? 'orange' : 'blue'}>{t.deadline.daysLeft(countdown.days)}</Tag>
    );
  }
  return (
    <Tooltip title={deadline.citation || undefined}>
      <Space
        size={4}
        wrap
        data-testid="deadline"
        data-due-on={deadline.dueOn}
        data-provisional={String(deadline.provisional)}
        data-countdown={countdown?.state ?? ''}
      >
        <Typography.Text>{deadline.label}</Typography.Text>
        <Typography.Text type="secondary">{t.deadline.dueOn(deadline.dueOn)}</Typography.Text>
        {countdownTag}
        {deadline.provisional && (
          <Tooltip title={t.deadline.provisionalHint}>
            <Tag color="gold" data-testid="deadline-provisional">
              {t.deadline.provisional}
            </Tag>
          </Tooltip>
        )}
      </Space>
    </Tooltip>
  );
}
