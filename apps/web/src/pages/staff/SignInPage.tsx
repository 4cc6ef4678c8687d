// 工作人员登录. After sign-in the user lands where they were going, or on their first screen.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../../auth/auth';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n/i18n';

export default function SignInPage() {
  const { t } = useI18n();
  const { state, signIn } = useAuth();
  const location = useLocation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  if (state.status === 'signed-in') return <Navigate to={from ?? '/staff'} replace />;

  const submit = async ({ username, password }: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Typography.Text type="secondary">{t.app.title}</Typography.Text>
            <LanguageSwitch />
          </Space>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t.signIn.title}
          </Typography.Title>
          {state.status === 'signed-out' && state.expired && (
            <Alert type="warning" showIcon title={t.errors.sessionExpired} data-testid="session-expired" />
          )}
          <ErrorBanner error={error} />
          <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
            <Form.Item
              name="username"
              label={t.signIn.username}
              rules={[{ required: true, whitespace: true, message: t.signIn.usernameRequired }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="signin-username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t.signIn.password}
              rules={[{ required: true, message: t.signIn.passwordRequired }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="signin-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="signin-submit">
              {t.signIn.submit}
            </Button>
          </Form>
          <Link to="/">{t.signIn.toPublic}</Link>
        </Space>
      </Card>
    </div>
  );
}
