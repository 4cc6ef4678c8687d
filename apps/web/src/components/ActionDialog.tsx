// A small form in a modal for an action that needs a reason (decline, report an outcome, refuse):
// the request's error stays in the dialog, next to what the user typed.
import { Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { ErrorBanner } from './ErrorBanner';
import { testId } from '../lib/test-id';
import { useI18n } from '../i18n/i18n';

interface Props<Values> {
  open: boolean;
  title: string;
  /** data-testid of the dialog; its confirm button is `${id}-confirm`. */
  id: string;
  initialValues?: Partial<Values>;
  onCancel: () => void;
  onSubmit: (values: Values) => Promise<void>;
  children: ReactNode;
}

export function ActionDialog<Values extends object>({
  open,
  title,
  id,
  initialValues,
  onCancel,
  onSubmit,
  children,
}: Props<Values>) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(values);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={() => {
        setError(undefined);
        onCancel();
      }}
      onOk={submit}
      confirmLoading={busy}
      okText={t.common.confirm}
      cancelText={t.common.cancel}
      okButtonProps={testId(`${id}-confirm`)}
      cancelButtonProps={testId(`${id}-cancel`)}
      destroyOnHidden
    >
      <div data-testid={id}>
        <ErrorBanner error={error} />
        <Form form={form} layout="vertical" initialValues={initialValues} preserve={false}>
          {children}
        </Form>
      </div>
    </Modal>
  );
}
