// The front page: apply online or track a matter; staff sign in from here too.
import { FileAddOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';

export default function LandingPage() {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ marginTop: 8 }}>
          {t.landing.welcome}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t.landing.intro}</Typography.Paragraph>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12}>
          <Choice
            to="/public/apply"
            icon={<FileAddOutlined />}
            title={t.landing.apply}
            hint={t.landing.applyHint}
            id="landing-apply"
          />
        </Col>
        <Col xs={24} sm={12}>
          <Choice
            to="/public/track"
            icon={<SearchOutlined />}
            title={t.landing.track}
            hint={t.landing.trackHint}
            id="landing-track"
          />
        </Col>
      </Row>
      <Link to="/staff" data-testid="landing-staff">
        {t.landing.staff}
      </Link>
    </Space>
  );
}

function Choice({
  to,
  icon,
  title,
  hint,
  id,
}: {
  to: string;
  icon: ReactNode;
  title: string;
  hint: string;
  id: string;
}) {
  const navigate = useNavigate();
  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {icon} {title}
        </Typography.Title>
        <Typography.Text type="secondary">{hint}</Typography.Text>
        <Button type="primary" size="large" block onClick={() => navigate(to)} data-testid={id}>
          {title}
        </Button>
      </Space>
    </Card>
  );
}
