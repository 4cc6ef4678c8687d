// The unified timeline (一管到底): every step any office took, oldest first, each with its deadlines.
import type { TimelineEntry } from '@onewindow/gateway-api';
import { Empty, Space, Timeline, Typography } from 'antd';
import { DeadlineTag } from './DeadlineTag';
import { formatInstant } from '../lib/format';
import { useI18n } from '../i18n/i18n';

/** Staff see every field of an entry; the public view has only time, summary and deadlines. */
type Entry = Pick<TimelineEntry, 'occurredAt' | 'summary' | 'deadlines'> & Partial<TimelineEntry>;

export function MatterTimeline({ entries }: { entries: readonly Entry[] }) {
  const { t } = useI18n();
  if (entries.length === 0) return <Empty description={t.detail.timelineEmpty} />;
  const ordered = [...entries].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <Timeline
      data-testid="timeline"
      items={ordered.map((entry, index) => ({
        key: entry.eventId ?? `${entry.occurredAt}-${index}`,
        color: entry.deadlines.length > 0 ? 'blue' : 'gray',
        content: (
          <div data-testid="timeline-entry" data-event-type={entry.eventType ?? ''}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatInstant(entry.occurredAt)}
              {entry.source ? ` · ${t.detail.source} ${entry.source}` : ''}
            </Typography.Text>
            <div data-testid="timeline-summary" style={{ overflowWrap: 'anywhere' }}>
              {entry.summary}
            </div>
            {entry.deadlines.length > 0 && (
              <Space orientation="vertical" size={2} style={{ marginTop: 4 }}>
                {entry.deadlines.map((deadline) => (
                  <DeadlineTag key={`${deadline.label}-${deadline.dueOn}`} deadline={deadline} />
                ))}
              </Space>
            )}
          </div>
        ),
      }))}
    />
  );
}
