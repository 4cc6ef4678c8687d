import { stopIdleRequestQueueTimer } from './kafka-client';

const RequestQueue = require('kafkajs/src/network/requestQueue') as {
  prototype: { scheduleCheckPendingRequests(this: object): void };
};

describe('an idle Kafka connection does not keep a timer running', () => {
  beforeAll(() => stopIdleRequestQueueTimer());
  afterEach(() => jest.useRealTimers());

  const queue = (pending: unknown[], throttledUntil: number) => ({
    pending,
    throttledUntil,
    throttleCheckTimeoutId: null,
  });

  it('arms no timer when nothing is pending and nothing throttled', () => {
    jest.useFakeTimers();
    RequestQueue.prototype.scheduleCheckPendingRequests.call(queue([], -1));
    expect(jest.getTimerCount()).toBe(0);
  });

  it('still checks again for a pending request, and at the end of a throttle', () => {
    jest.useFakeTimers();
    RequestQueue.prototype.scheduleCheckPendingRequests.call(queue([{}], -1));
    RequestQueue.prototype.scheduleCheckPendingRequests.call(queue([], Date.now() + 500));
    expect(jest.getTimerCount()).toBe(2);
  });
});
