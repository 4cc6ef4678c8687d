// Outcome of reading a value object from untrusted text: the value, or why it is not one.
// A reason rather than an exception, because the validator reports every problem at once.
// `problem` names the kind of mistake for a client that words its own message (the web app's hints).
export type ParseResult<T, P extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: string; readonly problem?: P };

export const parsed = <T, P extends string = never>(value: T): ParseResult<T, P> => ({ ok: true, value });

export const rejected = <T, P extends string = string>(reason: string, problem?: P): ParseResult<T, P> =>
  problem === undefined ? { ok: false, reason } : { ok: false, reason, problem };
