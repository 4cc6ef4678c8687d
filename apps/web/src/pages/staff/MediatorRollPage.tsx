// 调解员名册: the duty supervisor keeps each county's mediator pool (HR&SS, trade-union, court-appointed 特邀
// mediators and people's mediation committees), from which assignment by load draws. Taking a mediator off
// the roll leaves their open cases with them.
import { MEDIATOR_KINDS, type FieldViolation, type Mediator, type MediatorKind } from '@onewindow/gateway-api';
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { staffApi } from '../../api/endpoints';
import { useStaff } from '../../auth/auth';
import { ErrorBanner, violationsOf } from '../../components/ErrorBanner';
import { formPathOf } from '../../lib/mediation-forms';
import { selectOptions, testId } from '../../lib/test-id';
import { useLoad } from '../../lib/use-load';
import { labelOf, useI18n } from '../../i18n/i18n';

interface EnrolValues {
  name?: string;
  staffUserId?: string;
  kind?: MediatorKind;
}
const ENROL_FIELDS = new Set(['name', 'staffUserId', 'kind']);

export default function MediatorRollPage() {
  const { t, countyName } = useI18n();
  const m = t.mediation.roll;
  const { user } = useStaff();
  const { message, modal } = App.useApp();
  const [county, setCounty] = useState(user.counties[0] ?? '');
  const { data, error, loading, reload } = useLoad(() => staffApi.mediators(county), [county]);
  const [form] = Form.useForm<EnrolValues>();
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);

  const enrol = async (values: EnrolValues) => {
    setBusy(true);
    setWriteError(undefined);
    setUnplaced([]);
    try {
      const enrolled = await staffApi.enrolMediator({
        countyCode: county,
        staffUserId: (values.staffUserId ?? '').trim(),
        name: (values.name ?? '').trim(),
        kind: values.kind!,
        active: true,
      });
      message.success(m.enrolled(enrolled.name));
      form.resetFields();
      reload();
    } catch (failure) {
      setWriteError(failure);
      const rest: FieldViolation[] = [];
      for (const violation of violationsOf(failure)) {
        const path = formPathOf(violation.field, ENROL_FIELDS);
        if (path) form.setFields([{ name: path as never, errors: [violation.description] }]);
        else rest.push(violation);
      }
      setUnplaced(rest);
    } finally {
      setBusy(false);
    }
  };

  const takeOff = (mediator: Mediator) =>
    modal.confirm({
      title: m.removeConfirmTitle(mediator.name),
      content: m.removeConfirm,
      okText: m.remove,
      cancelText: t.common.cancel,
      okButtonProps: testId('mediator-remove-confirm'),
      onOk: async () => {
        setWriteError(undefined);
        try {
          await staffApi.enrolMediator({ ...mediator, active: false });
          message.success(m.removed(mediator.name));
          reload();
        } catch (failure) {
          setWriteError(failure);
        }
      },
    });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{m.title}</Typography.Title>
        <Select
          style={{ minWidth: 200 }}
          value={county}
          onChange={setCounty}
          data-testid="mediators-county"
          options={selectOptions(
            'mediators-county',
            user.counties.map((code) => [code, countyName(code)] as const),
          )}
        />
      </Space>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <ErrorBanner error={error} />
      <ErrorBanner error={writeError} violations={unplaced} onClose={() => setWriteError(undefined)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small" title={`${m.title} · ${countyName(county)}`}>
            <Table<Mediator>
              size="small"
              rowKey="staffUserId"
              loading={loading}
              dataSource={data?.mediators ?? []}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: m.empty }}
              data-testid="mediators-table"
              onRow={(mediator) =>
                testId('mediator-row', { 'staff-user-id': mediator.staffUserId, kind: mediator.kind })
              }
              columns={[
                {
                  key: 'name',
                  title: m.name,
                  render: (_, mediator) => <Typography.Text strong>{mediator.name}</Typography.Text>,
                },
                { key: 'staffUserId', title: m.staffUserId, dataIndex: 'staffUserId' },
                {
                  key: 'kind',
                  title: m.kind,
                  render: (_, mediator) => <Tag>{labelOf(t.mediation.mediatorKinds, mediator.kind)}</Tag>,
                },
                {
                  key: 'openCases',
                  title: m.openCases,
                  align: 'right',
                  render: (_, mediator) => <span data-testid="mediator-open-cases">{mediator.openCases}</span>,
                },
                {
                  key: 'actions',
                  title: t.common.actions,
                  render: (_, mediator) => (
                    <Button size="small" danger onClick={() => takeOff(mediator)} data-testid="mediator-remove">
                      {m.remove}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={m.enrolTitle} data-testid="mediator-enrol">
            <Form<EnrolValues> form={form} layout="vertical" onFinish={enrol} disabled={busy}>
              <Form.Item
                name="name"
                label={m.name}
                rules={[{ required: true, whitespace: true, message: m.nameRequired }]}
              >
                <Input maxLength={50} data-testid="mediator-enrol-name" />
              </Form.Item>
              <Form.Item
                name="staffUserId"
                label={m.staffUserId}
                rules={[{ required: true, pattern: /^[A-Za-z0-9._@-]{1,64}$/, message: m.staffUserIdRule }]}
              >
                <Input maxLength={64} placeholder="mediator.zengdu" data-testid="mediator-enrol-staff-user-id" />
              </Form.Item>
              <Form.Item name="kind" label={m.kind} rules={[{ required: true, message: m.kindRequired }]}>
                <Select
                  virtual={false}
                  data-testid="mediator-enrol-kind"
                  options={selectOptions(
                    'mediator-enrol-kind',
                    MEDIATOR_KINDS.map((kind) => [kind, labelOf(t.mediation.mediatorKinds, kind)] as const),
                  )}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="mediator-enrol-submit">
                {m.enrol}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
