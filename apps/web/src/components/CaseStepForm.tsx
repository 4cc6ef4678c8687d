// One step on a case as a form — a mediation's (调解) or an arbitration case's after acceptance (the award
// period, the withdrawal) — answered with the case as it now is. The gateway's field violations (400) go under
// the fields that show them; the rest, and the reason of a 409 (the case changed, or is not at this step) or a
// 403, go in the banner above the form.
import type { FieldViolation, MediationCase } from '@onewindow/gateway-api';
import { Button, Card, DatePicker, Form, Popconfirm, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { formPathOf, type FormPath } from '../lib/mediation-forms';
import { testId } from '../lib/test-id';
import { ErrorBanner, violationsOf } from './ErrorBanner';

interface Props<Values, Answer> {
  /** data-testid of the card; its submit button is `${id}-submit`. */
  id: string;
  title: ReactNode;
  /** The fields the form shows, as request paths with list indexes as '*' (see formPathOf). */
  fields: ReadonlySet<string>;
  /** A request field shown by a form field of another name (a hearing's endsAt by its length in hours). */
  renamed?: Readonly<Record<string, string>>;
  initialValues?: Partial<Values>;
  submitLabel: string;
  submit: (values: Values) => Promise<Answer>;
  onDone: (next: Answer) => void;
  /** Asked once the fields pass their rules, before anything is sent (a step that cannot be undone); its OK is `${id}-confirm`. */
  confirm?: string;
  /** After a refusal that may have changed the case all the same (502: a session scheduled, its SMS not sent). */
  onRefused?: (failure: unknown) => void;
  /** Empty the form after a success (a step that is taken more than once: sessions, payments). */
  resetOnDone?: boolean;
  extra?: ReactNode;
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
}

export function CaseStepForm<Values extends object, Answer = MediationCase>({
  id,
  title,
  fields,
  renamed,
  initialValues,
  submitLabel,
  submit,
  onDone,
  onRefused,
  resetOnDone,
  extra,
  confirm,
  children,
}: Props<Values, Answer>) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  // The fields the last refusal put violations on: the gateway judged the values as they were then.
  const placed = useRef<FormPath[]>([]);

  /** An edit answers the refusal: its banner goes, and the violations on what was edited (a list's too). */
  const onValuesChange = (changed: Partial<Values>) => {
    setError(undefined);
    setUnplaced([]);
    const edited = new Set(Object.keys(changed));
    const answered = placed.current.filter((path) => edited.has(String(path[0])));
    placed.current = placed.current.filter((path) => !edited.has(String(path[0])));
    if (answered.length > 0) form.setFields(answered.map((path) => ({ name: path as never, errors: [] })));
  };

  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    setUnplaced([]);
    try {
      const next = await submit(values);
      if (resetOnDone) form.resetFields();
      onDone(next);
    } catch (failure) {
      setError(failure);
      const rest: FieldViolation[] = [];
      for (const violation of violationsOf(failure)) {
        const path = formPathOf(violation.field, fields, renamed);
        if (path) {
          form.setFields([{ name: path as never, errors: [violation.description] }]);
          placed.current.push(path);
        } else rest.push(violation);
      }
      setUnplaced(rest);
      onRefused?.(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={title} extra={extra} data-testid={id}>
      <ErrorBanner error={error} violations={unplaced} onClose={() => setError(undefined)} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        disabled={busy}
        initialValues={initialValues}
      >
        {typeof children === 'function' ? children(form) : children}
        {confirm ? (
          <Popconfirm
            open={confirming}
            title={confirm}
            okText={t.common.confirm}
            cancelText={t.common.cancel}
            okButtonProps={testId(`${id}-confirm`)}
            cancelButtonProps={testId(`${id}-cancel`)}
            onConfirm={() => {
              setConfirming(false);
              form.submit();
            }}
            onCancel={() => setConfirming(false)}
            // Opened only once the fields pass (onClick below); closed by a click elsewhere too.
            onOpenChange={(open) => !open && setConfirming(false)}
          >
            <Button
              type="primary"
              loading={busy}
              data-testid={`${id}-submit`}
              onClick={() =>
                form.validateFields().then(
                  () => setConfirming(true),
                  () => undefined,
                )
              }
            >
              {submitLabel}
            </Button>
          </Popconfirm>
        ) : (
          <Button type="primary" htmlType="submit" loading={busy} data-testid={`${id}-submit`}>
            {submitLabel}
          </Button>
        )}
      </Form>
    </Card>
  );
}

/** Dates kept as YYYY-MM-DD strings in the form values, as on the matter form; spread on the Form.Item. */
export const dateItemProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

export function DateInput({
  testId,
  ...rest
}: {
  testId: string;
  value?: Dayjs;
  onChange?: (value: Dayjs | null) => void;
  /** Days that cannot be picked (e.g. after today). */
  disabledDate?: (day: Dayjs) => boolean;
}) {
  return <DatePicker style={{ width: '100%' }} data-testid={testId} {...rest} />;
}

/**
 * A minute as its wall-clock reading in China time, kept as '2026-03-10T09:30' in the form values (sent with
 * chinaInstantOf, +08:00): the picker's reading is taken as Beijing time whatever the browser's zone.
 */
export const chinaTimeItemProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DDTHH:mm') : undefined),
};

/** Typed as 2026-03-10 09:30 (then Enter) or picked; no OK button to press. */
export function ChinaTimeInput({
  testId,
  ...rest
}: {
  testId: string;
  value?: Dayjs;
  onChange?: (value: Dayjs | null) => void;
}) {
  return (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      needConfirm={false}
      style={{ width: '100%', minWidth: 200 }}
      data-testid={testId}
      {...rest}
    />
  );
}
