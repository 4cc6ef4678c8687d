export * as common from './generated/onewindow/common/v1/matter';
export * as intake from './generated/onewindow/intake/v1/intake';
export * as routing from './generated/onewindow/routing/v1/routing';
export * as arbitration from './generated/onewindow/arbitration/v1/arbitration';
export * as office from './generated/onewindow/office/v1/office';
export * from './topics';
export * from './cloud-events';
export * from './proto-paths';
export * from './matter-content.mapping';
