// A plain list with separators (antd's List is deprecated in v6, and its successor is a virtual list
// for long scrolling feeds, not for the handful of items on these screens).
import { theme, Typography } from 'antd';
import type { Key, ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  itemKey: (item: T, index: number) => Key;
  header?: ReactNode;
  /** data-* attributes of each item's element (test ids, ids of what it shows). */
  itemAttributes?: (item: T) => Record<`data-${string}`, string>;
  children: (item: T, index: number) => ReactNode;
}

export function ItemList<T>({ items, itemKey, header, itemAttributes, children }: Props<T>) {
  const { token } = theme.useToken();
  return (
    <div>
      {header && (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 0 4px' }}>
          {header}
        </Typography.Text>
      )}
      {items.map((item, index) => (
        <div
          key={itemKey(item, index)}
          {...itemAttributes?.(item)}
          style={{ padding: '10px 0', borderTop: index > 0 ? `1px solid ${token.colorSplit}` : undefined }}
        >
          {children(item, index)}
        </div>
      ))}
    </div>
  );
}
