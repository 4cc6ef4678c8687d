// 一窗受理: the clerk records the matter, runs routing's dry run (试算) to see where it will go and
// why, then saves (保存登记) and lands on the new matter. Saving needs a dry run of the current content.
import type { FieldViolation, RoutingDecision } from '@onewindow/gateway-api';
import { Alert, App, Button, Card, Col, Form, Row, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { staffApi } from '../../api/endpoints';
import { intakeChannelOf } from '../../auth/abilities';
import { useStaff } from '../../auth/auth';
import { ErrorBanner, violationsOf } from '../../components/ErrorBanner';
import { checkedMatterValues, MatterContentForm, showViolations } from '../../components/MatterContentForm';
import { RoutingDecisionView } from '../../components/RoutingDecisionView';
import { blankMatterForm, toMatterContent, type MatterFormValues } from '../../lib/matter-form';
import { newRequestId } from '../../lib/request-id';
import { useI18n } from '../../i18n/i18n';

export default function IntakePage() {
  const { t } = useI18n();
  const { user } = useStaff();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<MatterFormValues>();
  // One id for this form: a save retried after a lost answer returns the matter already registered.
  const [requestId] = useState(newRequestId);
  const [decision, setDecision] = useState<RoutingDecision>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState<'evaluate' | 'save'>();
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  const initialValues = useMemo(
    () => blankMatterForm(user.counties.length === 1 ? user.counties[0] : undefined),
    [user.counties],
  );

  const run = async (action: 'evaluate' | 'save', work: (values: MatterFormValues) => Promise<void>) => {
    setError(undefined);
    setUnplaced([]);
    const values = await checkedMatterValues(form);
    if (!values) return;
    setBusy(action);
    try {
      await work(values);
    } catch (failure) {
      setError(failure);
      setUnplaced(showViolations(form, violationsOf(failure)));
    } finally {
      setBusy(undefined);
    }
  };

  const evaluate = () =>
    run('evaluate', async (values) => {
      setDecision(await staffApi.evaluate(toMatterContent(values, intakeChannelOf(user))));
      setStale(false);
    });

  const save = () =>
    run('save', async (values) => {
      const matter = await staffApi.register({ content: toMatterContent(values, intakeChannelOf(user)), requestId });
      message.success(t.intake.saved(matter.matterNumber));
      navigate(`/staff/matters/${encodeURIComponent(matter.matterNumber)}`);
    });

  const maySave = decision !== undefined && !stale;

  return (
    <>
      <Typography.Title level={3}>{t.intake.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.intake.intro}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <MatterContentForm
            form={form}
            variant="staff"
            counties={user.counties}
            initialValues={initialValues}
            disabled={busy === 'save'}
            onValuesChange={() => decision && setStale(true)}
          />
        </Col>
        <Col xs={24} xl={9}>
          <div style={{ position: 'sticky', top: 16 }}>
            <Card size="small" style={{ marginBottom: 16 }}>
              <ErrorBanner error={error} violations={unplaced} onClose={() => setError(undefined)} />
              <Alert
                type={maySave ? 'success' : 'info'}
                showIcon
                data-testid="intake-save-hint"
                title={stale ? t.intake.stale : maySave ? t.routing.title : t.intake.evaluateFirst}
                style={{ marginBottom: 12 }}
              />
              <Space wrap>
                <Button onClick={evaluate} loading={busy === 'evaluate'} data-testid="intake-evaluate">
                  {t.intake.evaluate}
                </Button>
                <Button
                  type="primary"
                  onClick={save}
                  disabled={!maySave}
                  loading={busy === 'save'}
                  data-testid="intake-save"
                >
                  {t.intake.save}
                </Button>
              </Space>
            </Card>
            {decision && (
              <div style={{ opacity: stale ? 0.5 : 1 }} data-stale={String(stale)}>
                <RoutingDecisionView decision={decision} />
              </div>
            )}
          </div>
        </Col>
      </Row>
    </>
  );
}
