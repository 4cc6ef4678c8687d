// @onewindow/county: the counties OneWindow serves and their dated local configuration.
export * from './county.errors';
export * from './county-registry';
export * from './hearing-rooms';
export * from './minimum-wage';
export * from './minimum-wage-file';
