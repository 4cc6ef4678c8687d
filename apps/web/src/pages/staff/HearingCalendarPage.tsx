// 开庭排期: one hearing room's week — the room chosen among the county's (GET /api/hearing-rooms), the week by its
// Monday, and seven days of the hearings booked in it, each linked to its case. A room holds one hearing at a
// time (劳动争议调解仲裁法 Art. 35 names the place on the notice): scheduling a clash from the case screen is refused
// naming the other hearing. The county, room and week are in the address (?county=&room=&day=), so a case's
// hearing links straight to its week.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { addCalendarDays, isIsoDate, todayInChina } from '@onewindow/calendar';
import { Badge, Button, Card, DatePicker, Empty, Select, Space, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { ErrorBanner } from '../../components/ErrorBanner';
import { hearingsByDay, weekDaysFrom, weekStartOf } from '../../lib/arbitration-forms';
import { selectOptions, testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { useI18n } from '../../i18n/i18n';

export default function HearingCalendarPage() {
  const { t, countyName } = useI18n();
  const h = t.hearingCalendar;
  const { token } = theme.useToken();
  const { user } = useStaff();
  const [params, setParams] = useSearchParams();
  const county = user.counties.includes(params.get('county') ?? '') ? params.get('county')! : user.counties[0]!;
  const day = params.get('day') ?? '';
  const weekStart = weekStartOf(isIsoDate(day) ? day : todayInChina(new Date()));
  const rooms = useLoad(() => staffApi.hearingRooms(county), [county]);
  const list = rooms.data?.rooms ?? [];
  const roomId = list.some((room) => room.roomId === params.get('room')) ? params.get('room')! : list[0]?.roomId;
  const hearings = useLoad(
    () => (roomId ? staffApi.roomHearings(roomId, county, weekStart) : Promise.resolve({ hearings: [] })),
    [roomId, county, weekStart],
  );
  const grid = hearingsByDay(hearings.data?.hearings ?? [], weekStart);
  const days = weekDaysFrom(weekStart);
  const today = todayInChina(new Date());

  const go = (next: { county?: string; room?: string; day?: string }) => {
    const merged = { county, room: roomId ?? '', day: weekStart, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value)), { replace: true });
  };

  return (
    <>
      <Typography.Title level={3}>{h.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{h.hint}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size={16}>
          {user.counties.length > 1 && (
            <Space size={8}>
              <Typography.Text>{h.county}</Typography.Text>
              <Select
                value={county}
                style={{ minWidth: 160 }}
                virtual={false}
                data-testid="calendar-county"
                onChange={(value) => go({ county: value, room: '' })}
                options={selectOptions(
                  'calendar-county',
                  user.counties.map((code) => [code, countyName(code)] as const),
                )}
              />
            </Space>
          )}
          <Space size={8}>
            <Typography.Text>{h.room}</Typography.Text>
            <Select
              value={roomId}
              placeholder={h.chooseRoom}
              style={{ minWidth: 180 }}
              virtual={false}
              loading={rooms.loading}
              notFoundContent={h.noRooms}
              data-testid="calendar-room"
              onChange={(value) => go({ room: value })}
              options={selectOptions(
                'calendar-room',
                list.map((room) => [room.roomId, room.name] as const),
              )}
            />
          </Space>
          <Space size={8}>
            <Typography.Text>{h.week}</Typography.Text>
            <Button
              icon={<LeftOutlined />}
              aria-label={h.previousWeek}
              data-testid="calendar-previous-week"
              onClick={() => go({ day: addCalendarDays(weekStart, -7) })}
            />
            <DatePicker
              picker="week"
              allowClear={false}
              value={dayjs(weekStart)}
              data-testid="calendar-week"
              onChange={(value) => value && go({ day: value.format('YYYY-MM-DD') })}
            />
            <Button
              icon={<RightOutlined />}
              aria-label={h.nextWeek}
              data-testid="calendar-next-week"
              onClick={() => go({ day: addCalendarDays(weekStart, 7) })}
            />
            <Button data-testid="calendar-this-week" onClick={() => go({ day: today })}>
              {h.thisWeek}
            </Button>
          </Space>
          <Typography.Text type="secondary" data-testid="calendar-count">
            {h.count((hearings.data?.hearings ?? []).length)}
          </Typography.Text>
        </Space>
      </Card>
      <ErrorBanner error={rooms.error ?? hearings.error} />
      {rooms.data && list.length === 0 && <Empty description={h.noRooms} />}
      {roomId && (
        <div
          style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))' }}
          data-testid="calendar-week-grid"
          data-room-id={roomId}
          data-week-start={weekStart}
          data-loaded={String(!hearings.loading)}
        >
          {days.map((date, index) => (
            <Card
              key={date}
              size="small"
              {...testId('calendar-day', { date })}
              title={
                <Space size={4}>
                  <span>{h.weekdays[index]}</span>
                  <Typography.Text type="secondary">{date.slice(5)}</Typography.Text>
                  {grid[index]!.length > 0 && <Badge count={grid[index]!.length} color="blue" />}
                </Space>
              }
              style={date === today ? { borderColor: token.colorPrimary } : undefined}
            >
              {grid[index]!.length === 0 ? (
                <Typography.Text type="secondary">{h.empty}</Typography.Text>
              ) : (
                <Space orientation="vertical" size={6} style={{ width: '100%' }}>
                  {grid[index]!.map((hearing) => (
                    <Link
                      key={hearing.hearingId}
                      to={`/staff/arbitration-cases/${encodeURIComponent(hearing.caseId)}`}
                      {...testId('calendar-hearing', { 'hearing-id': hearing.hearingId, 'case-id': hearing.caseId })}
                      style={{
                        display: 'block',
                        padding: '4px 8px',
                        borderRadius: token.borderRadiusSM,
                        background: token.colorPrimaryBg,
                      }}
                    >
                      <Typography.Text strong>{hearing.time}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary" className="ow-wrap" style={{ fontSize: 12 }}>
                        {hearing.hearingId}
                      </Typography.Text>
                    </Link>
                  ))}
                </Space>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
