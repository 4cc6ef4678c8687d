// data-testid on props objects (a modal's okButtonProps, a table row): JSX allows hyphenated
// attributes, object literals typed by a component's props do not. Ids are listed in apps/web/TESTING.md.
export function testId(
  id: string,
  data: Readonly<Record<string, string | number | undefined>> = {},
): Record<`data-${string}`, string> {
  const attributes: Record<`data-${string}`, string> = { 'data-testid': id };
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) attributes[`data-${key}`] = String(value);
  }
  return attributes;
}

/** Options of a Select whose data-testid is `selectId`; each option is `${selectId}-option-${value}`. */
export function selectOptions<T extends string>(selectId: string, options: ReadonlyArray<readonly [T, string]>) {
  return options.map(([value, label]) => ({ value, label, 'data-testid': `${selectId}-option-${value}` }));
}
