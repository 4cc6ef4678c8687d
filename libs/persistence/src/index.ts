export * from './mongo-connection';
export * from './optimistic-concurrency';
export * from './sequence';
export * from './duplicate-key';
export * from './document-write-lock';
export * from './store-kind';
export * from './update-where';
export * from './cases-by-matter';
