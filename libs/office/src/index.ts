export * from './office-topics';
export * from './office-referrals';
export * from './office-announcements';
export * from './office-service-providers';
