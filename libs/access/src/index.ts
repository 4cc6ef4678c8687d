// @onewindow/access: who may do what in OneWindow. The gateway decides with it, the services
// re-check with it (a gateway bug must not open another county's matter), the web shows with it.
export * from './roles';
export * from './caller';
