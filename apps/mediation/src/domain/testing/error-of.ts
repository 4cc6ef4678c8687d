/** The error `act` throws, to assert on its class, field and description; fails the test if none. */
export function errorOf(act: () => unknown): Error & { field?: string; description?: string } {
  try {
    act();
  } catch (error) {
    return error as Error & { field?: string; description?: string };
  }
  throw new Error('expected an error, but none was thrown');
}
