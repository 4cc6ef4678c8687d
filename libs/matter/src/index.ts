export * from './matter-content';
