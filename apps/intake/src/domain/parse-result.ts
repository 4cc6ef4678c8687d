// Outcome of reading a value object from untrusted text: the value, or why it is not one.
// A reason rather than an exception, because the validator reports every problem at once.
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export const parsed = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export const rejected = <T>(reason: string): ParseResult<T> => ({ ok: false, reason });
