export * from './office-topics';
export * from './office-referrals';
export * from './office-announcements';
