import { Tag } from 'antd';
import { labelOf, useI18n } from '../i18n/i18n';

const COLORS: Readonly<Record<string, string>> = {
  REGISTERED: 'default',
  REFERRED: 'processing',
  AWAITING_SUPPLEMENT: 'warning',
  AWAITING_ACCEPTANCE_DECISION: 'processing',
  ACCEPTED: 'success',
  NOT_ACCEPTED: 'error',
  CLOSED_AT_WINDOW: 'success',
  CLOSED: 'success',
};

/** Where a matter stands, by the stage word the services use. */
export function StageTag({ stage, testId }: { stage: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[stage] ?? 'default'} data-testid={testId} data-stage={stage}>
      {labelOf(t.enums.stages, stage)}
    </Tag>
  );
}
