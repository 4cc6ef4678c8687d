// 起草裁决书 (劳动争议调解仲裁法 Arts. 43–50): the claims still to decide as a table — the outcome (支持 / 部分支持 /
// 不予支持), the amount in yuan, the reasons — and, as the arbitrator types, the award the gateway would make of it
// (POST …/award/preview, debounced, or on 试算): each claim's finality under Art. 47 with its reason and the
// threshold (12 × the monthly minimum wage on the filing day), the award's kind, and the 裁决书 it will take (two
// for a MIXED award). 作出裁决 sends the same draft. A 先行裁决 (Art. 43 para 2) decides only the rows given an
// outcome, with its basis. The gateway's violations (decisions[1].amountFen) go beside the row's field.
import {
  CLAIM_OUTCOMES,
  type ArbitrationAward,
  type ArbitrationCase,
  type ClaimOutcome,
  type FieldViolation,
} from '@onewindow/gateway-api';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { staffApi } from '../api/endpoints';
import { labelOf, useI18n } from '../i18n/i18n';
import {
  amountForOutcome,
  awardDayOf,
  awardDraftOf,
  awardFormPathOf,
  type AwardClaimRow,
  type AwardDraft,
  type AwardDraftValues,
} from '../lib/arbitration-forms';
import type { FormPath } from '../lib/mediation-forms';
import { formatFen, yuanToFen } from '../lib/money';
import { selectOptions, testId } from '../lib/test-id';
import type { CaseClaim } from './ArbitrationSteps';
import { DateInput, dateItemProps } from './CaseStepForm';
import { ErrorBanner, violationsOf } from './ErrorBanner';

const PREVIEW_DELAY_MS = 600;

type PreviewState =
  | { state: 'idle' }
  | { state: 'loading'; award?: ArbitrationAward }
  | { state: 'shown'; award: ArbitrationAward }
  | { state: 'refused'; error: unknown };

/** The claims no earlier (partial) award decided, in the application's order. */
export function openClaimRowsOf(c: ArbitrationCase, claims: readonly CaseClaim[]): AwardClaimRow[] {
  const decided = new Set((c.awards ?? []).flatMap((award) => award.decisions.map((decision) => decision.claimIndex)));
  return claims
    .map((claim, claimIndex) => ({ claimIndex, category: claim.category, claimedFen: claim.amountFen }))
    .filter((row) => !decided.has(row.claimIndex));
}

export function AwardDraftStep({
  arbitrationCase: c,
  claims,
  onChanged,
}: {
  arbitrationCase: ArbitrationCase;
  claims: readonly CaseClaim[];
  onChanged: (next: ArbitrationCase) => void;
}) {
  const { t } = useI18n();
  const a = t.arbitration.award;
  const { message } = App.useApp();
  const [form] = Form.useForm<AwardDraftValues>();
  const rows = useMemo(() => openClaimRowsOf(c, claims), [c, claims]);
  const [preview, setPreview] = useState<PreviewState>({ state: 'idle' });
  const [partial, setPartial] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<FieldViolation[]>([]);
  // The fields a refusal put violations on, cleared by the next edit; the latest preview asked for wins.
  const placed = useRef<FormPath[]>([]);
  const asked = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const clearPlaced = () => {
    if (placed.current.length > 0) form.setFields(placed.current.map((path) => ({ name: path as never, errors: [] })));
    placed.current = [];
  };

  /** A refusal's violations beside the fields they name; the rest are listed in the banner. */
  const place = (failure: unknown, draft: AwardDraft) => {
    const rest: FieldViolation[] = [];
    for (const violation of violationsOf(failure)) {
      const path = awardFormPathOf(violation.field, draft.decisionRows);
      if (path) {
        form.setFields([{ name: path as never, errors: [violation.description] }]);
        placed.current.push(path);
      } else rest.push(violation);
    }
    setUnplaced(rest);
  };

  const runPreview = async (draft: AwardDraft) => {
    const ask = ++asked.current;
    setPreview((current) => ({ state: 'loading', award: 'award' in current ? current.award : undefined }));
    try {
      const answer = await staffApi.previewAward(c.caseId, draft.request);
      if (ask !== asked.current) return;
      clearPlaced();
      setUnplaced([]);
      setPreview({ state: 'shown', award: answer.award });
    } catch (failure) {
      if (ask !== asked.current) return;
      clearPlaced();
      place(failure, draft);
      setPreview({ state: 'refused', error: failure });
    }
  };

  const schedulePreview = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const draft = awardDraftOf(form.getFieldsValue(true), rows);
      if (draft) void runPreview(draft);
      else {
        asked.current += 1;
        setPreview({ state: 'idle' });
      }
    }, PREVIEW_DELAY_MS);
  };

  /** 试算 now: with what is missing marked when the draft is not complete yet. */
  const previewNow = async () => {
    clearTimeout(timer.current);
    const draft = awardDraftOf(form.getFieldsValue(true), rows);
    if (draft) await runPreview(draft);
    else await form.validateFields().catch(() => undefined);
  };

  const onValuesChange = (changed: AwardDraftValues) => {
    setError(undefined);
    clearPlaced();
    setUnplaced([]);
    // Choosing an outcome fills in its amount: the whole claim when granted, nothing when refused.
    changed.rows?.forEach((row, index) => {
      if (row && 'outcome' in row) {
        const amount = amountForOutcome(row.outcome, rows[index]!.claimedFen);
        if (amount !== undefined) form.setFieldValue(['rows', index, 'amountYuan'], amount);
      }
    });
    if ('partial' in changed) setPartial(changed.partial === true);
    schedulePreview();
  };

  const submit = async () => {
    setConfirming(false);
    const draft = awardDraftOf(form.getFieldsValue(true), rows);
    if (!draft) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await staffApi.issueAward(c.caseId, draft.request);
      message.success(a.done);
      onChanged(next);
    } catch (failure) {
      setError(failure);
      clearPlaced();
      place(failure, draft);
    } finally {
      setBusy(false);
    }
  };

  const amountRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (yuanToFen((value ?? '').trim()) === undefined) throw new Error(t.arbitration.amountRule);
    },
  };
  const shown = preview.state === 'shown' || preview.state === 'loading' ? preview.award : undefined;
  const decisionOf = (claimIndex: number) => shown?.decisions.find((decision) => decision.claimIndex === claimIndex);

  return (
    <Card size="small" title={a.draftTitle} data-testid="award-draft">
      <Typography.Paragraph type="secondary">{a.hint}</Typography.Paragraph>
      <ErrorBanner error={error} violations={unplaced} onClose={() => setError(undefined)} />
      <Form<AwardDraftValues>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={{ awardedOn: awardDayOf(c.hearings), partial: false, rows: rows.map(() => ({})) }}
        onValuesChange={onValuesChange}
      >
        <Space wrap align="start" size={16}>
          <Form.Item
            name="awardedOn"
            label={a.awardedOn}
            rules={[{ required: true, message: t.arbitration.required }]}
            {...dateItemProps}
          >
            <DateInput testId="award-draft-awarded-on" />
          </Form.Item>
          <Form.Item name="partial" label=" " colon={false} valuePropName="checked">
            <Checkbox data-testid="award-draft-partial">{a.partial}</Checkbox>
          </Form.Item>
        </Space>
        {partial && (
          <>
            <Typography.Paragraph type="secondary">{a.partialHint}</Typography.Paragraph>
            <Form.Item
              name="partialBasis"
              label={a.partialBasis}
              rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
            >
              <Input.TextArea rows={2} maxLength={2000} data-testid="award-draft-partial-basis" />
            </Form.Item>
          </>
        )}
        <Table<AwardClaimRow>
          size="small"
          pagination={false}
          rowKey="claimIndex"
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          data-testid="award-draft-rows"
          onRow={(row, index) => testId(`award-draft-row-${index}`, { 'claim-index': row.claimIndex })}
          columns={[
            {
              key: 'claim',
              title: a.claim,
              render: (_, row) => (
                <Space orientation="vertical" size={0} style={{ minWidth: 140 }}>
                  <Typography.Text>
                    {a.claimNumber(row.claimIndex + 1)} {labelOf(t.enums.categories, row.category)}
                  </Typography.Text>
                  <Typography.Text type="secondary" data-testid="award-draft-claimed">
                    {a.claimed} {formatFen(row.claimedFen)}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              key: 'outcome',
              title: a.outcome,
              render: (_, __, index) => (
                <Form.Item
                  name={['rows', index, 'outcome']}
                  style={{ marginBottom: 0, minWidth: 130 }}
                  rules={partial ? [] : [{ required: true, message: t.arbitration.required }]}
                >
                  <Select<ClaimOutcome>
                    virtual={false}
                    allowClear={partial}
                    placeholder={partial ? a.notThisTime : undefined}
                    data-testid={`award-draft-row-${index}-outcome`}
                    options={selectOptions(
                      `award-draft-row-${index}-outcome`,
                      CLAIM_OUTCOMES.map((outcome) => [outcome, labelOf(a.outcomes, outcome)] as const),
                    )}
                  />
                </Form.Item>
              ),
            },
            {
              key: 'amount',
              title: a.amount,
              render: (_, __, index) => (
                <Form.Item noStyle dependencies={[['rows', index, 'outcome']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['rows', index, 'outcome']) ? (
                      <Form.Item
                        name={['rows', index, 'amountYuan']}
                        style={{ marginBottom: 0, width: 150 }}
                        rules={[amountRule]}
                      >
                        <Input
                          inputMode="decimal"
                          suffix={t.common.yuan}
                          data-testid={`award-draft-row-${index}-amount`}
                        />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
              ),
            },
            {
              key: 'reasons',
              title: a.reasons,
              render: (_, __, index) => (
                <Form.Item noStyle dependencies={[['rows', index, 'outcome']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['rows', index, 'outcome']) ? (
                      <Form.Item
                        name={['rows', index, 'reasons']}
                        style={{ marginBottom: 0, minWidth: 240 }}
                        rules={[{ required: true, whitespace: true, message: t.arbitration.required }]}
                      >
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 4 }}
                          maxLength={5000}
                          data-testid={`award-draft-row-${index}-reasons`}
                        />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
              ),
            },
            {
              key: 'finality',
              title: a.finality,
              render: (_, row, index) => {
                const decided = decisionOf(row.claimIndex);
                if (!decided) return <Typography.Text type="secondary">—</Typography.Text>;
                return (
                  <Space
                    orientation="vertical"
                    size={2}
                    style={{ maxWidth: 320, whiteSpace: 'normal' }}
                    {...testId(`award-draft-row-${index}-finality`, {
                      final: String(decided.finalAward),
                      basis: decided.finalityBasis,
                    })}
                  >
                    <Tag color={decided.finalAward ? 'green' : 'orange'}>
                      {decided.finalAward ? a.final : a.nonFinal}
                    </Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {decided.finalityReason}
                    </Typography.Text>
                  </Space>
                );
              },
            },
          ]}
        />
      </Form>
      <AwardPreviewPanel preview={preview} />
      <Space wrap style={{ marginTop: 12 }}>
        <Button
          onClick={() => void previewNow()}
          loading={preview.state === 'loading'}
          data-testid="award-draft-preview-button"
        >
          {a.preview}
        </Button>
        <Popconfirm
          open={confirming}
          title={a.confirm}
          okText={t.common.confirm}
          cancelText={t.common.cancel}
          okButtonProps={testId('award-draft-confirm')}
          cancelButtonProps={testId('award-draft-cancel')}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
          onOpenChange={(open) => !open && setConfirming(false)}
        >
          <Button
            type="primary"
            loading={busy}
            data-testid="award-draft-submit"
            onClick={() =>
              form.validateFields().then(
                () => setConfirming(true),
                () => undefined,
              )
            }
          >
            {a.submit}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

/** What the preview says of the award as a whole: its kind, the threshold, the documents it will take. */
function AwardPreviewPanel({ preview }: { preview: PreviewState }) {
  const { t } = useI18n();
  const a = t.arbitration.award;
  const award = preview.state === 'shown' || preview.state === 'loading' ? preview.award : undefined;
  return (
    <div
      style={{ marginTop: 12 }}
      data-testid="award-draft-preview"
      data-state={preview.state}
      data-kind={preview.state === 'shown' ? preview.award.kind : ''}
    >
      {preview.state === 'idle' && <Typography.Text type="secondary">{a.previewIncomplete}</Typography.Text>}
      {preview.state === 'refused' && (
        <Alert type="warning" showIcon title={a.previewRefused} data-testid="award-draft-preview-refused" />
      )}
      {award && <AwardSummary award={award} prefix="award-draft" />}
    </div>
  );
}

/** An award's kind, threshold, total and documents: the preview's and each award made's. */
export function AwardSummary({
  award,
  prefix,
  download,
}: {
  award: ArbitrationAward;
  prefix: string;
  /** With numbered documents (an award made): each one's download link. */
  download?: (number: string, title: string) => void;
}) {
  const { t } = useI18n();
  const a = t.arbitration.award;
  const kindColor = award.kind === 'FINAL' ? 'green' : award.kind === 'MIXED' ? 'gold' : 'orange';
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Space wrap size={8}>
        <Typography.Text type="secondary">{a.kind}</Typography.Text>
        <Tag color={kindColor} data-testid={`${prefix}-kind`} data-kind={award.kind}>
          {labelOf(a.kinds, award.kind)}
        </Tag>
        <Typography.Text type="secondary">{a.total}</Typography.Text>
        <Typography.Text strong data-testid={`${prefix}-total`} data-total-fen={award.totalAwardedFen}>
          {formatFen(award.totalAwardedFen)} {t.common.yuan}
        </Typography.Text>
        {award.inAbsence && <Tag color="volcano">{a.inAbsence}</Tag>}
      </Space>
      {award.thresholdFen > 0 && (
        <Typography.Text type="secondary" data-testid={`${prefix}-threshold`} data-threshold-fen={award.thresholdFen}>
          {a.threshold(formatFen(award.thresholdFen))}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">{download ? a.documentsMade : a.documents}</Typography.Text>
      {award.documents.map((document, index) => (
        <Space key={`${document.finality}-${index}`} wrap size={4}>
          <span
            {...testId(`${prefix}-document`, {
              finality: document.finality,
              number: document.number || undefined,
              claims: document.claimIndexes.join(','),
            })}
          >
            {a.documentEntry(
              document.title,
              document.claimIndexes.map((claimIndex) => claimIndex + 1).join(t.common.listSeparator),
              formatFen(document.totalAwardedFen),
            )}
          </span>
          {download && document.number && (
            <Button
              type="link"
              size="small"
              {...testId(`${prefix}-document-download`, { number: document.number, finality: document.finality })}
              onClick={() => download(document.number, document.title)}
            >
              {document.number}
            </Button>
          )}
        </Space>
      ))}
      {award.openClaimIndexes.length > 0 && (
        <Typography.Text type="secondary">
          {a.open(award.openClaimIndexes.map((claimIndex) => claimIndex + 1).join(t.common.listSeparator))}
        </Typography.Text>
      )}
    </Space>
  );
}
