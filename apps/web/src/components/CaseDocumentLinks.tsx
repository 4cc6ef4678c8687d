// The documents (文书) issued on a case, each a download link: the staff matter page and the worker's own page
// on the portal show the same list, each fetching with its own token; arbitration's and mediation's alike.
import { FilePdfOutlined } from '@ant-design/icons';
import type { CaseDocument } from '@onewindow/gateway-api';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { saveFile } from '../api/http';
import { ErrorBanner } from './ErrorBanner';
import { useI18n } from '../i18n/i18n';
import { testId } from '../lib/test-id';

export function CaseDocumentLinks<Document extends Pick<CaseDocument, 'title' | 'number'> & { kind: string }>({
  documents,
  download,
  testIds = { list: 'case-documents', item: 'case-document' },
}: {
  documents: Document[];
  /** Fetches one document: by kind and number, as a 补正通知书 may be issued more than once. */
  download: (document: Document) => Promise<Blob>;
  /** Of the list and of each link: mediation's documents have their own (mediation-documents, mediation-document). */
  testIds?: { list: string; item: string };
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>();
  if (documents.length === 0) return null;
  return (
    <Space orientation="vertical" size={2} style={{ marginTop: 8 }} data-testid={testIds.list}>
      <Typography.Text type="secondary">{t.detail.documents}</Typography.Text>
      {documents.map((document) => (
        <Button
          key={document.number}
          type="link"
          size="small"
          icon={<FilePdfOutlined />}
          {...testId(testIds.item, { kind: document.kind, number: document.number })}
          onClick={async () => {
            try {
              saveFile(await download(document), `${document.title}-${document.number}.pdf`);
            } catch (failed) {
              setError(failed);
            }
          }}
        >
          {document.title} {document.number}
        </Button>
      ))}
      {error !== undefined && <ErrorBanner error={error} />}
    </Space>
  );
}
