import { join } from 'node:path';

// The .proto sources, for @grpc/proto-loader (NestJS gRPC servers and clients load them at runtime).
// OW_PROTO_ROOT lets a container image place them elsewhere.
export const PROTO_ROOT = process.env['OW_PROTO_ROOT'] ?? join(__dirname, '../../../proto');

export const ProtoFiles = {
  intake: 'onewindow/intake/v1/intake.proto',
  routing: 'onewindow/routing/v1/routing.proto',
  arbitration: 'onewindow/arbitration/v1/arbitration.proto',
  mediation: 'onewindow/mediation/v1/mediation.proto',
  inspection: 'onewindow/inspection/v1/inspection.proto',
  // Keyed by service name, as runService and the harnesses look the file up.
  'labor-relations': 'onewindow/labor_relations/v1/labor_relations.proto',
} as const;

// Loader options that match the generated types: camelCase fields, enums by name, numbers for int64.
export const PROTO_LOADER_OPTIONS = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  arrays: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};
