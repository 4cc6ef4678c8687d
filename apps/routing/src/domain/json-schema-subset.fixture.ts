// A small JSON Schema (draft 2020-12) validator for the specs, covering exactly the keywords
// rule-set.schema.ts uses — so the published schema can be run against files without a validator
// dependency. A keyword it does not know fails loudly rather than pass silently.

type Schema = boolean | Readonly<Record<string, unknown>>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'enum',
  'const',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'uniqueItems',
  'items',
  'required',
  'properties',
  'additionalProperties',
  'oneOf',
  'allOf',
  'if',
  'then',
]);

/** Where the value breaks the schema, as 'path: keyword …'; empty when it conforms. */
export function validateAgainstSchema(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, value, '$', root, errors);
  return errors;
}

function check(schema: Schema, value: unknown, path: string, root: Schema, errors: string[]): void {
  if (schema === true) return;
  if (schema === false) {
    errors.push(`${path}: no value is allowed here`);
    return;
  }
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword)) throw new Error(`json-schema-subset: keyword '${keyword}' is not supported`);
  }
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') check(resolve(root, s.$ref), value, path, root, errors);
  if (s.type !== undefined && !hasType(value, s.type as string)) {
    errors.push(`${path}: type ${String(s.type)}, got ${JSON.stringify(value)}`);
    return;
  }
  if (Array.isArray(s.enum) && !s.enum.some((allowed) => deepEqual(allowed, value))) {
    errors.push(`${path}: enum, got ${JSON.stringify(value)}`);
  }
  if ('const' in s && !deepEqual(s.const, value)) errors.push(`${path}: const ${JSON.stringify(s.const)}`);
  if (typeof s.pattern === 'string' && typeof value === 'string' && !new RegExp(s.pattern, 'u').test(value)) {
    errors.push(`${path}: pattern ${s.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: minimum ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: maximum ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: minItems ${s.minItems}`);
    if (s.uniqueItems === true && value.some((v, i) => value.findIndex((w) => deepEqual(v, w)) !== i)) {
      errors.push(`${path}: uniqueItems`);
    }
    if (s.items !== undefined) value.forEach((v, i) => check(s.items as Schema, v, `${path}[${i}]`, root, errors));
  }
  if (isObject(value)) {
    for (const key of (s.required as string[] | undefined) ?? []) {
      if (!(key in value)) errors.push(`${path}: required ${key}`);
    }
    const properties = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, v] of Object.entries(value)) {
      if (key in properties) check(properties[key], v, `${path}.${key}`, root, errors);
      else if (s.additionalProperties !== undefined) {
        check(s.additionalProperties as Schema, v, `${path}.${key}`, root, errors);
      }
    }
  }
  if (Array.isArray(s.oneOf)) {
    const passing = s.oneOf.filter((option) => validatesWith(option as Schema, value, path, root));
    if (passing.length !== 1) errors.push(`${path}: oneOf matched ${passing.length} alternatives`);
  }
  if (Array.isArray(s.allOf)) for (const part of s.allOf) check(part as Schema, value, path, root, errors);
  if (s.if !== undefined && s.then !== undefined && validatesWith(s.if as Schema, value, path, root)) {
    check(s.then as Schema, value, path, root, errors);
  }
}

function validatesWith(schema: Schema, value: unknown, path: string, root: Schema): boolean {
  const errors: string[] = [];
  check(schema, value, path, root, errors);
  return errors.length === 0;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`json-schema-subset: only local $ref is supported; got ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`json-schema-subset: $ref ${ref} resolves to nothing`);
  return node as Schema;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      throw new Error(`json-schema-subset: type '${type}' is not supported`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
