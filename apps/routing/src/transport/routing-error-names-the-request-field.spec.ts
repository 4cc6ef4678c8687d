import { status } from '@grpc/grpc-js';
import type { RpcException } from '@nestjs/microservices';
import { fieldViolationsOf } from '@onewindow/service-runtime';
import type { Metadata } from '@grpc/grpc-js';
import { ReferralTransitionError } from '../domain/referral-lifecycle';
import { inRequestFields } from './routing-error.filter';

const thrownBy = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as RpcException).getError() as { code: number; metadata: Metadata };
  }
  throw new Error('nothing thrown');
};

describe('a refused referral answer names the field of the request that was sent', () => {
  it('declining without a reason names AcknowledgeReferral’s declineReason, not the lifecycle’s reason', () => {
    const answer = thrownBy(() =>
      inRequestFields({ reason: 'declineReason' })(new ReferralTransitionError('reason', 'declining needs a reason')),
    );
    expect(answer.code).toBe(status.INVALID_ARGUMENT);
    expect(fieldViolationsOf(answer.metadata)).toEqual([
      { field: 'declineReason', description: 'declining needs a reason' },
    ]);
  });

  it('a referral already answered stays FAILED_PRECONDITION, naming no field', () => {
    const answer = thrownBy(() =>
      inRequestFields({ reason: 'declineReason' })(new ReferralTransitionError('status', 'already acknowledged')),
    );
    expect(answer.code).toBe(status.FAILED_PRECONDITION);
    expect(fieldViolationsOf(answer.metadata)).toEqual([]);
  });

  it('passes on any other error unchanged', () => {
    const other = new Error('store down');
    expect(() => inRequestFields({ reason: 'declineReason' })(other)).toThrow(other);
  });
});
