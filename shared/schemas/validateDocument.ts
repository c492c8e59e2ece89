/**
 * Validates a document against the JSON-schema subset our schemas use (type, enum,
 * maxLength, minimum, maximum, multipleOf, required, additionalProperties, items). Used at
 * the edges — HTTP bodies, replicated documents, imported rows — with the same schemas the
 * RxDB collections use. Every problem is reported, each naming its field.
 */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly multipleOf?: number;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: SchemaNode;
}

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(actual: string, expected: string): boolean {
  return actual === expected || (expected === 'number' && actual === 'integer');
}

function describeTypes(types: readonly string[]): string {
  const words = types.map((t) => (t === 'null' ? 'null' : `a${/^[aeiou]/.test(t) ? 'n' : ''} ${t}`));
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function check(schema: SchemaNode, value: unknown, path: string, errors: string[]): void {
  const label = path === '' ? 'document' : path;
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    const actual = typeOf(value);
    if (!types.some((t) => typeMatches(actual, t))) {
      errors.push(`${label}: must be ${describeTypes(types)}`);
      return;
    }
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    errors.push(`${label}: must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${label}: must be at most ${schema.maxLength} characters`);
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${label}: must be at least ${schema.minLength} characters`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) errors.push(`${label}: must be a finite number`);
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${label}: must be ≥ ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${label}: must be ≤ ${schema.maximum}`);
    if (schema.multipleOf !== undefined && !Number.isInteger(value / schema.multipleOf)) errors.push(`${label}: must be a multiple of ${schema.multipleOf}`);
  }
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, i) => check(schema.items!, item, `${label}[${i}]`, errors));
  }
  if (typeOf(value) === 'object' && (schema.properties !== undefined || schema.required !== undefined)) {
    const record = value as Record<string, unknown>;
    const prefix = path === '' ? '' : `${path}.`;
    for (const field of schema.required ?? []) {
      if (!(field in record) || record[field] === undefined) errors.push(`${prefix}${field}: is required`);
    }
    for (const [field, fieldValue] of Object.entries(record)) {
      const fieldSchema = schema.properties?.[field];
      if (fieldSchema === undefined) {
        if (schema.additionalProperties === false) errors.push(`unknown field "${prefix}${field}"`);
      } else if (fieldValue !== undefined) {
        check(fieldSchema, fieldValue, `${prefix}${field}`, errors);
      }
    }
  }
}

export function validateDocument(schema: SchemaNode, value: unknown): ValidationResult {
  const errors: string[] = [];
  check(schema, value, '', errors);
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
