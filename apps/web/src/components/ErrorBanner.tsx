// The one way a failed request is shown: what kind of failure, the gateway's sentence, and any
// field problems that no form field could show.
import type { FieldViolation } from '@onewindow/gateway-api';
import { Alert } from 'antd';
import { ApiRequestError } from '../api/http';
import { useI18n } from '../i18n/i18n';

interface Props {
  error: unknown;
  /** Problems to list under the message (those not shown on a field). */
  violations?: readonly FieldViolation[];
  onClose?: () => void;
}

export function ErrorBanner({ error, violations = [], onClose }: Props) {
  const { t } = useI18n();
  if (!error) return null;
  const status = error instanceof ApiRequestError ? error.status : undefined;
  let title = t.errors.title;
  let message = error instanceof Error ? error.message : String(error);
  if (status === 0) {
    title = t.errors.network;
    message = '';
  } else if (status !== undefined && status >= 500) {
    title = t.errors.server;
  } else if (status !== undefined) {
    title = t.errors.byStatus[status] ?? t.errors.title;
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-banner"
      data-status={status ?? ''}
      title={title}
      closable={onClose ? { onClose } : false}
      style={{ marginBottom: 16 }}
      description={
        message || violations.length > 0 ? (
          <>
            {message && <div data-testid="error-message">{message}</div>}
            {violations.length > 0 && (
              <>
                <div>{t.errors.fieldsBelow}</div>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {violations.map((v) => (
                    <li key={`${v.field}:${v.description}`} data-testid="error-violation" data-field={v.field}>
                      <code>{v.field}</code> {v.description}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : undefined
      }
    />
  );
}

/** The field problems an error carries, if the gateway sent any. */
export function violationsOf(error: unknown): FieldViolation[] {
  return error instanceof ApiRequestError ? (error.body.violations ?? []) : [];
}
