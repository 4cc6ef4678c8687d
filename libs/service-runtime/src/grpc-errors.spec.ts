import { status } from '@grpc/grpc-js';
import { fieldViolationsOf, invalidArgument } from './grpc-errors';

describe('INVALID_ARGUMENT with field-level details', () => {
  it('round-trips the violations through the google.rpc.Status trailer', () => {
    const violations = [
      { field: 'applicant.identityNumber', description: 'checksum digit should be X' },
      { field: 'claims[0].amountFen', description: 'must be a whole number of fen' },
    ];
    const error = invalidArgument('matter content is invalid', violations).getError() as {
      code: number;
      metadata: Parameters<typeof fieldViolationsOf>[0];
    };
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldViolationsOf(error.metadata)).toEqual(violations);
  });
});
