// The shared vocabulary of a matter (事项): libs/matter.
export * from '@onewindow/matter';
