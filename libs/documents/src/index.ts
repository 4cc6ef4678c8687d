// @onewindow/documents: numbered official documents (文书) as PDF, after GB/T 9704-2012, fonts embedded.
export * from './chinese-date';
export * from './official-document';
export * from './official-document.errors';
