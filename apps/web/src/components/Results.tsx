import { Button, Result, Spin } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

export function Forbidden({ reason }: { reason?: string }) {
  const { t } = useI18n();
  return <Result status="403" title="403" subTitle={reason ?? t.staff.forbidden} data-testid="forbidden" />;
}

export function NotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t.errors.notFound}
      data-testid="not-found"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t.errors.home}
        </Button>
      }
    />
  );
}

export function Loading() {
  return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} data-testid="loading" />;
}
