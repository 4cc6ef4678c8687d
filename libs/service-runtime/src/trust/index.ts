export * from './caller-assertion';
export * from './caller-authentication.guard';
export * from './grpc-tls';
export * from './outgoing-caller';
export * from './service-client-trust';
