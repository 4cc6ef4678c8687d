// Rows of a form list, one per entry with a remove button and an add button below: the claims and the
// short-text lists (evidence, witnesses) of the matter form, and the same lists on a 补正 form.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { CLAIM_CATEGORIES } from '@onewindow/matter';
import { Button, Col, Form, Input, Row, Select, type FormRule } from 'antd';
import { useI18n } from '../i18n/i18n';
import { selectOptions } from '../lib/test-id';

export interface TextColumn {
  field: string;
  label: string;
  maxLength: number;
  /** Columns out of 24 on a wide screen; the last column's remove button takes the 2 left over. */
  span: number;
  required?: FormRule;
}

/** A list of rows of short texts (evidence, witnesses): one row per entry, a remove button each, and an add button. */
export function TextRowList({
  listName,
  rowId,
  columns,
  removeLabel,
  add,
}: {
  listName: string;
  rowId: (index: number) => string;
  columns: TextColumn[];
  removeLabel: string;
  add: { label: string; testId: string };
}) {
  return (
    <Form.List name={listName}>
      {(fields, { add: addRow, remove }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} data-testid={rowId(index)}>
              {columns.map((column, i) => (
                <Col key={column.field} xs={i === columns.length - 1 ? 20 : 24} sm={column.span}>
                  <Form.Item
                    name={[field.name, column.field]}
                    label={column.label}
                    rules={column.required ? [column.required] : []}
                  >
                    <Input maxLength={column.maxLength} data-testid={`${rowId(index)}-${column.field}`} />
                  </Form.Item>
                </Col>
              ))}
              <Col xs={4} sm={2}>
                <RemoveButton
                  label={removeLabel}
                  testId={`${rowId(index)}-remove`}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <AddButton label={add.label} testId={add.testId} onClick={() => addRow({})} />
        </>
      )}
    </Form.List>
  );
}

/**
 * The claims (仲裁请求): category, amount in yuan and description per row. `id` prefixes the test ids
 * (claim-0-category, claim-add); the matter form adds its list rule and required fields, a 补正 form none.
 */
export function ClaimRowList({
  id,
  labels,
  amountRule,
  required,
  listRules,
  amountHint,
}: {
  id: (name: string) => string;
  labels: { category: string; amountYuan: string; description: string; add: string };
  amountRule: FormRule;
  required?: FormRule;
  listRules?: Parameters<typeof Form.List>[0]['rules'];
  amountHint?: string;
}) {
  const { t } = useI18n();
  return (
    <Form.List name="claims" {...(listRules ? { rules: listRules } : {})}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} data-testid={id(`claim-${index}`)}>
              <Col xs={24} md={8}>
                <Form.Item name={[field.name, 'category']} label={labels.category} rules={required ? [required] : []}>
                  <Select
                    data-testid={id(`claim-${index}-category`)}
                    virtual={false}
                    options={selectOptions(
                      id(`claim-${index}-category`),
                      CLAIM_CATEGORIES.map((category) => [category, t.enums.categories[category]] as const),
                    )}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10} md={5}>
                <Form.Item
                  name={[field.name, 'amountYuan']}
                  label={labels.amountYuan}
                  extra={index === 0 ? amountHint : undefined}
                  required={Boolean(required)}
                  rules={[amountRule]}
                >
                  <Input inputMode="decimal" suffix={t.common.yuan} data-testid={id(`claim-${index}-amount`)} />
                </Form.Item>
              </Col>
              <Col xs={20} sm={12} md={9}>
                <Form.Item name={[field.name, 'description']} label={labels.description}>
                  <Input maxLength={500} data-testid={id(`claim-${index}-description`)} />
                </Form.Item>
              </Col>
              <Col xs={4} sm={2} md={2}>
                <RemoveButton
                  label={t.common.remove}
                  testId={id(`claim-${index}-remove`)}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <AddButton label={labels.add} testId={id('claim-add')} onClick={() => add({ amountYuan: '' })} />
        </>
      )}
    </Form.List>
  );
}

export function AddButton({ label, testId, onClick }: { label: string; testId: string; onClick: () => void }) {
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
}

export function RemoveButton({ label, testId, onClick }: { label: string; testId: string; onClick: () => void }) {
  // Aligned with the inputs, below their labels.
  return (
    <Form.Item label=" " colon={false}>
      <Button icon={<DeleteOutlined />} aria-label={label} title={label} onClick={onClick} data-testid={testId} />
    </Form.Item>
  );
}
