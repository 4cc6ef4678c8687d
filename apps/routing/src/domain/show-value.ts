// A value as the rule author wrote it, for error messages: '"DISPUT"', '[1,2]', 'undefined'.
export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
