// Paging by the gateway's page tokens: forward with nextPageToken, back by remembering the tokens
// that led to each page.
import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/i18n';

/** `query` names what is being paged (the filters): when it changes, paging starts again at page 1. */
export function useTokenPaging(query: string) {
  // tokens[i] fetched page i + 1; '' is the first page.
  const [state, setState] = useState({ query, tokens: [''] });
  const tokens = state.query === query ? state.tokens : [''];
  return {
    pageToken: tokens[tokens.length - 1],
    page: tokens.length,
    next: useCallback(
      (token: string) =>
        setState((current) => ({ query, tokens: [...(current.query === query ? current.tokens : ['']), token] })),
      [query],
    ),
    previous: useCallback(
      () =>
        setState((current) => ({
          query,
          tokens: current.query === query && current.tokens.length > 1 ? current.tokens.slice(0, -1) : [''],
        })),
      [query],
    ),
  };
}

interface Props {
  paging: ReturnType<typeof useTokenPaging>;
  nextPageToken: string | undefined;
  testIdPrefix: string;
}

export function TokenPager({ paging, nextPageToken, testIdPrefix }: Props) {
  const { t } = useI18n();
  return (
    <Space style={{ marginTop: 16 }}>
      <Button data-testid={`${testIdPrefix}-prev`} disabled={paging.page === 1} onClick={paging.previous}>
        {t.common.previous}
      </Button>
      <Typography.Text data-testid={`${testIdPrefix}-page`}>{t.common.page(paging.page)}</Typography.Text>
      <Button
        data-testid={`${testIdPrefix}-next`}
        disabled={!nextPageToken}
        onClick={() => nextPageToken && paging.next(nextPageToken)}
      >
        {t.common.next}
      </Button>
    </Space>
  );
}
