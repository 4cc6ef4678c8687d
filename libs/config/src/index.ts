export * from './config.loader';
export * from './service-settings';
