// 补正: the items a supplement notice (补正通知书) asks for, one input each, filled in by the worker on the
// portal or by the arbitration clerk at the window. Only what is filled in is sent, so part of the notice
// may be supplied now and the rest later; the gateway's field violations go back onto their inputs.
import { todayInChina } from '@onewindow/calendar';
import type {
  Deadline,
  FieldViolation,
  MissingItem,
  SubmitSupplementRequest,
  SupplementSubmission,
} from '@onewindow/gateway-api';
import { SEXES, type ClaimCategory } from '@onewindow/matter';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiRequestError } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { yuanToFen } from '../lib/money';
import { newRequestId } from '../lib/request-id';
import { DeadlineTag } from './DeadlineTag';
import { ErrorBanner } from './ErrorBanner';
import { ClaimRowList, TextRowList } from './FormRows';
import { ItemList } from './ItemList';

/** A notice item's field as a test id segment: employer.address → employer-address, evidence[0].source → evidence-0-source. */
export const fieldTestId = (field: string) => field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');

interface EvidenceValues {
  description?: string;
  source?: string;
}
interface ClaimValues {
  category?: ClaimCategory;
  amountYuan?: string;
  description?: string;
}
interface SupplementValues {
  values?: Record<string, string | undefined>;
  evidence?: (EvidenceValues | undefined)[];
  claims?: (ClaimValues | undefined)[];
}

interface Props {
  /** Prefix of every test id: track-supplement (portal) or staff-supplement (matter page). */
  prefix: string;
  noticeNumber: string;
  missingItems: readonly MissingItem[];
  supplyBy?: Deadline;
  hint: string;
  submit: (body: SubmitSupplementRequest) => Promise<void>;
}

// Dates are kept as YYYY-MM-DD strings in the form values, as in the matter form.
const dateProps = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};
const notAfterToday = (current: Dayjs) => current.format('YYYY-MM-DD') > todayInChina(new Date());

const LISTS = ['claims', 'evidence'];
const filled = (value: string | undefined) => (value ?? '').trim();

/** What the form holds as the request: filled-in items only, list rows with anything in them. */
function requestOf(values: SupplementValues, textItems: readonly MissingItem[], requestId: string) {
  const items = textItems.flatMap(({ field }) =>
    filled(values.values?.[field]) ? [{ field, value: filled(values.values?.[field]) }] : [],
  );
  // The form row of each list entry sent, to put a violation of the entry back on its row.
  const evidenceRows: number[] = [];
  const evidence = (values.evidence ?? []).flatMap((row, index) => {
    if (!filled(row?.description) && !filled(row?.source)) return [];
    evidenceRows.push(index);
    return [{ description: filled(row?.description), source: filled(row?.source) }];
  });
  const claimRows: number[] = [];
  const claims = (values.claims ?? []).flatMap((row, index) => {
    if (!row?.category && !filled(row?.amountYuan) && !filled(row?.description)) return [];
    claimRows.push(index);
    return [
      {
        category: row!.category!,
        amountFen: yuanToFen(filled(row?.amountYuan) || '0') ?? 0,
        description: filled(row?.description),
      },
    ];
  });
  const body: SubmitSupplementRequest = {
    requestId,
    items,
    ...(claims.length > 0 ? { claims } : {}),
    ...(evidence.length > 0 ? { evidence } : {}),
  };
  return { body, rows: { evidence: evidenceRows, claims: claimRows } };
}

export function SupplementForm({ prefix, noticeNumber, missingItems, supplyBy, hint, submit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<SupplementValues>();
  // One request id per notice: a retried submission is recognised, not applied twice.
  const [requestId] = useState(newRequestId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  const [nothing, setNothing] = useState(false);
  const id = (name: string) => `${prefix}-${name}`;
  const textItems = missingItems.filter((item) => !LISTS.includes(item.field));
  const asks = (list: string) => missingItems.some((item) => item.field === list);

  const onFinish = async (values: SupplementValues) => {
    const { body, rows } = requestOf(values, textItems, requestId);
    setError(undefined);
    setUnplaced([]);
    setNothing(false);
    if (body.items.length === 0 && !body.claims && !body.evidence) {
      setNothing(true);
      return;
    }
    setBusy(true);
    try {
      await submit(body);
    } catch (failure) {
      setError(failure);
      if (failure instanceof ApiRequestError) setUnplaced(placeViolations(failure.body.violations ?? []));
    } finally {
      setBusy(false);
    }

    function placeViolations(violations: readonly FieldViolation[]): FieldViolation[] {
      const rest: FieldViolation[] = [];
      for (const violation of violations) {
        const item = /^items\[(\d+)\]/.exec(violation.field);
        const listed = /^(claims|evidence)\[(\d+)\]\.(\w+)$/.exec(violation.field);
        if (item && body.items[Number(item[1])]) {
          form.setFields([{ name: ['values', body.items[Number(item[1])]!.field], errors: [violation.description] }]);
        } else if (listed) {
          const [, list, index, key] = listed as unknown as [string, 'claims' | 'evidence', string, string];
          const row = rows[list][Number(index)];
          const name = key === 'amountFen' ? 'amountYuan' : key;
          if (row === undefined) rest.push(violation);
          // The list rows' paths, as the form names them (amountFen is typed in yuan).
          else form.setFields([{ name: [list, row, name] as never, errors: [violation.description] }]);
        } else {
          rest.push(violation);
        }
      }
      return rest;
    }
  };

  return (
    <Card size="small" title={t.supplement.title} data-testid={id('form')} data-notice-number={noticeNumber}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t.supplement.notice(noticeNumber)}</Typography.Paragraph>
      <ItemList
        items={missingItems}
        itemKey={(item) => item.field}
        itemAttributes={(item) => ({ 'data-testid': id('missing'), 'data-field': item.field })}
      >
        {(item) => item.description}
      </ItemList>
      {supplyBy && (
        <Space size={4} style={{ margin: '8px 0' }} data-testid={id('supply-by')}>
          <Typography.Text type="secondary">{t.supplement.supplyBy}</Typography.Text>
          <DeadlineTag deadline={supplyBy} />
        </Space>
      )}
      <Alert type="info" showIcon title={hint} style={{ margin: '8px 0 12px' }} />
      <ErrorBanner error={error} violations={unplaced} onClose={() => setError(undefined)} />
      {nothing && (
        <Alert
          type="warning"
          showIcon
          title={t.supplement.nothing}
          style={{ marginBottom: 12 }}
          data-testid={id('nothing')}
        />
      )}
      <Form<SupplementValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={busy}
        initialValues={{ evidence: asks('evidence') ? [{}] : [], claims: asks('claims') ? [{}] : [] }}
      >
        {textItems.map((item) => (
          <TextItem key={item.field} item={item} testId={id(`item-${fieldTestId(item.field)}`)} />
        ))}
        {asks('evidence') && <EvidenceRows id={id} />}
        {asks('claims') && <ClaimRows id={id} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid={id('submit')}>
          {t.supplement.submit}
        </Button>
      </Form>
    </Card>
  );
}

/** One text item of the notice, with the input its value needs. */
function TextItem({ item, testId }: { item: MissingItem; testId: string }) {
  const { t } = useI18n();
  const name = ['values', item.field];
  if (item.field === 'applicant.sex') {
    return (
      <Form.Item name={name} label={item.description}>
        <Radio.Group data-testid={testId}>
          {SEXES.map((sex) => (
            <Radio key={sex} value={sex} data-testid={`${testId}-${sex}`}>
              {t.supplement.sexes[sex]}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
    );
  }
  if (item.field === 'employment.endDate') {
    return (
      <Form.Item name={name} label={item.description} {...dateProps}>
        <DatePicker
          disabledDate={notAfterToday}
          placeholder={t.supplement.datePlaceholder}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      </Form.Item>
    );
  }
  if (item.field === 'factsAndReasons') {
    return (
      <Form.Item name={name} label={item.description}>
        <Input.TextArea rows={4} maxLength={10_000} showCount data-testid={testId} />
      </Form.Item>
    );
  }
  return (
    <Form.Item name={name} label={item.description}>
      <Input
        maxLength={item.field === 'applicant.age' ? 3 : 500}
        inputMode={item.field === 'applicant.age' ? 'numeric' : undefined}
        placeholder={item.field === 'applicant.age' ? t.supplement.agePlaceholder : undefined}
        data-testid={testId}
      />
    </Form.Item>
  );
}

function EvidenceRows({ id }: { id: (name: string) => string }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <Typography.Text strong>{t.supplement.evidence}</Typography.Text>
      <TextRowList
        listName="evidence"
        rowId={(index) => id(`evidence-${index}`)}
        columns={[
          { field: 'description', label: t.supplement.evidenceDescription, maxLength: 500, span: 12 },
          { field: 'source', label: t.supplement.evidenceSource, maxLength: 200, span: 10 },
        ]}
        removeLabel={t.common.remove}
        add={{ label: t.supplement.addEvidence, testId: id('evidence-add') }}
      />
    </Space>
  );
}

function ClaimRows({ id }: { id: (name: string) => string }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      <Typography.Text strong>{t.supplement.claims}</Typography.Text>
      <ClaimRowList
        id={id}
        labels={{
          category: t.supplement.claimCategory,
          amountYuan: t.supplement.claimAmount,
          description: t.supplement.claimDescription,
          add: t.supplement.addClaim,
        }}
        amountRule={{
          validator: async (_, value: string | undefined) => {
            if (filled(value) && yuanToFen(filled(value)) === undefined) throw new Error(t.form.rules.amount);
          },
        }}
      />
    </Space>
  );
}

/** 补正记录: every supplement submitted on the case, oldest first. */
export function SupplementHistory({ supplements }: { supplements: readonly SupplementSubmission[] }) {
  const { t } = useI18n();
  if (supplements.length === 0) return null;
  return (
    <div data-testid="supplement-history">
      <ItemList
        items={supplements}
        header={t.supplement.history}
        itemKey={(submitted, index) => `${submitted.noticeNumber}-${index}`}
        itemAttributes={(submitted) => ({
          'data-testid': 'supplement-history-entry',
          'data-notice-number': submitted.noticeNumber,
        })}
      >
        {(submitted) => (
          <>
            {t.supplement.historyEntry(submitted.submittedOn, submitted.noticeNumber)}
            {submitted.supplied.map((item) => item.description).join(t.common.listSeparator)}
          </>
        )}
      </ItemList>
    </div>
  );
}
