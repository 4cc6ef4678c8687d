// The workstation's frame: the menu shows only the screens the user's posts allow (一人多岗: one
// sign-in, several posts), and a bar names who is signed in, their posts and counties.
import {
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FormOutlined,
  InboxOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { screenPath, screensOf, type StaffScreen } from '../auth/abilities';
import { useAuth, useStaff } from '../auth/auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Results';
import { labelOf, useI18n } from '../i18n/i18n';

const ICONS: Record<StaffScreen, ReactNode> = {
  intake: <FormOutlined />,
  matters: <SearchOutlined />,
  queues: <InboxOutlined />,
  inspectionCases: <SafetyCertificateOutlined />,
  supervisionMatters: <SolutionOutlined />,
  hearingCalendar: <CalendarOutlined />,
  dashboard: <DashboardOutlined />,
  mediators: <TeamOutlined />,
  audit: <AuditOutlined />,
};

export function StaffLayout() {
  const { t, countyName } = useI18n();
  const { user, abilities } = useStaff();
  const { signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = screensOf(abilities);
  const selected = screens.filter((screen) => location.pathname.startsWith(`/staff/${screenPath(screen)}`));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 }}>
        <Link to="/staff" style={{ color: '#fff', fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t.app.staffTitle}
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={selected}
          style={{ flex: 1, minWidth: 0 }}
          items={screens.map((screen) => ({
            key: screen,
            icon: ICONS[screen],
            label: (
              <Link to={`/staff/${screenPath(screen)}`} data-testid={`nav-${screenPath(screen)}`}>
                {t.nav[screen]}
              </Link>
            ),
          }))}
        />
      </Layout.Header>
      <div
        style={{ background: '#fff', padding: '8px 16px', borderBottom: '1px solid #f0f0f0' }}
        data-testid="staff-bar"
      >
        <Space wrap size={[12, 4]} style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap size={[8, 4]}>
            <Typography.Text strong data-testid="header-user-name">
              {user.displayName}
            </Typography.Text>
            <Typography.Text type="secondary">{t.staff.posts}</Typography.Text>
            <Space size={4} wrap data-testid="header-roles">
              {user.roles.map((role) => (
                <Tag key={role} color="blue" data-testid="header-role" data-role={role}>
                  {labelOf(t.enums.roles, role)}
                </Tag>
              ))}
            </Space>
            <Typography.Text type="secondary">{t.staff.counties}</Typography.Text>
            <Space size={4} wrap data-testid="header-counties">
              {user.counties.map((county) => (
                <Tag key={county} data-testid="header-county" data-county={county}>
                  {countyName(county)}
                </Tag>
              ))}
            </Space>
          </Space>
          <Space size={8}>
            <LanguageSwitch />
            <Button
              size="small"
              icon={<LogoutOutlined />}
              data-testid="sign-out"
              onClick={async () => {
                await signOut();
                navigate('/staff/sign-in', { replace: true });
              }}
            >
              {t.staff.signOut}
            </Button>
          </Space>
        </Space>
      </div>
      <Layout.Content style={{ padding: 16, minWidth: 0 }}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
