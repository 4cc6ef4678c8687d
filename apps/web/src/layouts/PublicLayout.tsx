// The public portal's frame: plain, narrow and phone-first (375 px wide must not scroll sideways).
import { Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Results';
import { useI18n } from '../i18n/i18n';

export function PublicLayout() {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
          paddingInline: 12,
          height: 'auto',
          minHeight: 56,
          lineHeight: 1.4,
        }}
      >
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 16 }} data-testid="public-home">
          {t.app.city} · {t.app.title}
        </Link>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ padding: 12 }}>
        <div style={{ maxWidth: 880, margin: '0 auto' }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', padding: 16 }}>
        <Typography.Text type="secondary">
          {t.app.city} · {t.app.publicTitle}
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
