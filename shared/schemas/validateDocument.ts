/**
 * Validates a value against the JSON-schema subset our RxDB schemas use, at the edges (HTTP
 * bodies, replicated documents, IPC, imported rows), so the edge and the local database
 * accept exactly the same documents. Every problem is reported, each naming its field.
 *
 * Strict on purpose:
 * - an unknown field is refused even when it is named like an Object.prototype member
 *   (`constructor`, `__proto__`): fields are looked up as own properties only;
 * - `object` means a plain object (a Date or a Map is not a document);
 * - numbers must be finite;
 * - a schema keyword this validator does not implement throws when the schema is first used,
 *   instead of being silently skipped: a `pattern` added to a schema must be added here too.
 *
 * String lengths count UTF-16 code units (`.length`), not code points as JSON Schema says:
 * stricter for emoji, and what RxDB's index keys and our forms measure.
 *
 * Fast: each schema is compiled once into closures (cached per schema object), so validating
 * a document does no schema interpretation and builds no strings unless something is wrong.
 */
export interface SchemaNode {
  readonly type?: SchemaType | readonly SchemaType[];
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
  readonly maxItems?: number;
  readonly minItems?: number;
}

export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';
export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

const VALID: ValidationResult = Object.freeze({ ok: true });

/** Validates `value` against `schema`; `{ ok: true }` or every problem found. */
export function validateDocument(schema: SchemaNode, value: unknown): ValidationResult {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compile(schema, 'document');
    compiled.set(schema, check);
  }
  const errors: string[] = [];
  check(value, '', errors);
  return errors.length === 0 ? VALID : { ok: false, errors };
}

/** `path` is the field's place in the document ("" for the root, "labelIds[1]" for an item). */
type Check = (value: unknown, path: string, errors: string[]) => void;

const compiled = new WeakMap<SchemaNode, Check>();

const VALIDATION_KEYWORDS = new Set([
  'type', 'enum', 'maxLength', 'minLength', 'minimum', 'maximum', 'multipleOf',
  'properties', 'required', 'additionalProperties', 'items', 'maxItems', 'minItems',
]);
/** RxDB and JSON-schema annotations that do not constrain a value. */
const ANNOTATIONS = new Set([
  'title', 'description', '$comment', 'version', 'primaryKey', 'indexes', 'internalIndexes',
  'keyCompression', 'encrypted', 'final', 'ref', 'default',
]);
const TYPES: ReadonlySet<string> = new Set<SchemaType>(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

function compile(node: SchemaNode, at: string): Check {
  for (const key of Object.keys(node)) {
    if (!VALIDATION_KEYWORDS.has(key) && !ANNOTATIONS.has(key)) {
      throw new Error(`validateDocument: the schema keyword "${key}" (at ${at}) is not supported; implement it before relying on it.`);
    }
  }
  const types: readonly string[] | null = node.type === undefined ? null : typeof node.type === 'string' ? [node.type] : node.type;
  for (const type of types ?? []) {
    if (!TYPES.has(type)) throw new Error(`validateDocument: unknown type "${type}" (at ${at}).`);
  }
  if (node.additionalProperties !== undefined && typeof node.additionalProperties !== 'boolean') {
    throw new Error(`validateDocument: only additionalProperties: true | false is supported (at ${at}).`);
  }

  const typeCheck = types === null ? null : compileType(types);
  const enumValues = node.enum;
  const enumMessage = enumValues === undefined ? '' : `must be one of ${enumValues.map((v) => JSON.stringify(v)).join(', ')}`;
  const stringCheck = compileString(node);
  const numberCheck = compileNumber(node);
  const arrayCheck = compileArray(node, at);
  const objectCheck = compileObject(node, at);

  return (value, path, errors) => {
    if (typeCheck !== null && !typeCheck.accepts(value)) {
      errors.push(`${labelOf(path)}: ${typeCheck.message}`);
      return; // further rules would only repeat that the type is wrong
    }
    if (enumValues !== undefined && !enumValues.includes(value)) errors.push(`${labelOf(path)}: ${enumMessage}`);
    if (typeof value === 'string') stringCheck?.(value, path, errors);
    else if (typeof value === 'number') numberCheck(value, path, errors);
    else if (Array.isArray(value)) arrayCheck?.(value, path, errors);
    else if (isPlainObject(value)) objectCheck?.(value, path, errors);
  };
}

function labelOf(path: string): string {
  return path === '' ? 'document' : path;
}

function compileType(types: readonly string[]): { accepts: (value: unknown) => boolean; message: string } {
  const has = (type: SchemaType) => types.includes(type);
  const string = has('string');
  const number = has('number');
  const integer = has('integer');
  const boolean = has('boolean');
  const nil = has('null');
  const object = has('object');
  const array = has('array');
  const accepts = (value: unknown): boolean => {
    switch (typeof value) {
      case 'string':
        return string;
      case 'number':
        // A non-finite number passes the type so that the finiteness rule can name the problem.
        return number || (integer && (Number.isInteger(value) || !Number.isFinite(value)));
      case 'boolean':
        return boolean;
      case 'object':
        if (value === null) return nil;
        if (Array.isArray(value)) return array;
        return object && isPlainObject(value);
      default:
        return false; // undefined, functions, bigints and symbols are never JSON values
    }
  };
  const words = types.map((t) => (t === 'null' ? 'null' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`));
  const message = `must be ${words.length <= 1 ? (words[0] ?? 'a value') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`}`;
  return { accepts, message };
}

function compileString(node: SchemaNode): ((value: string, path: string, errors: string[]) => void) | null {
  const { maxLength, minLength } = node;
  if (maxLength === undefined && minLength === undefined) return null;
  return (value, path, errors) => {
    if (maxLength !== undefined && value.length > maxLength) errors.push(`${labelOf(path)}: must be at most ${maxLength} characters`);
    if (minLength !== undefined && value.length < minLength) errors.push(`${labelOf(path)}: must be at least ${minLength} characters`);
  };
}

function compileNumber(node: SchemaNode): (value: number, path: string, errors: string[]) => void {
  const { minimum, maximum, multipleOf } = node;
  const multipleMessage = multipleOf === 1 ? 'must be a whole number' : `must be a multiple of ${multipleOf}`;
  return (value, path, errors) => {
    if (!Number.isFinite(value)) {
      errors.push(`${labelOf(path)}: must be a finite number`);
      return;
    }
    if (minimum !== undefined && value < minimum) errors.push(`${labelOf(path)}: must be ≥ ${minimum}`);
    if (maximum !== undefined && value > maximum) errors.push(`${labelOf(path)}: must be ≤ ${maximum}`);
    if (multipleOf !== undefined && !Number.isInteger(value / multipleOf)) errors.push(`${labelOf(path)}: ${multipleMessage}`);
  };
}

function compileArray(node: SchemaNode, at: string): ((value: readonly unknown[], path: string, errors: string[]) => void) | null {
  const { maxItems, minItems } = node;
  const item = node.items === undefined ? null : compile(node.items, `${at}[]`);
  if (item === null && maxItems === undefined && minItems === undefined) return null;
  return (value, path, errors) => {
    if (maxItems !== undefined && value.length > maxItems) errors.push(`${labelOf(path)}: must have at most ${maxItems} items`);
    if (minItems !== undefined && value.length < minItems) errors.push(`${labelOf(path)}: must have at least ${minItems} items`);
    if (item !== null) for (let i = 0; i < value.length; i++) item(value[i], `${labelOf(path)}[${i}]`, errors);
  };
}

function compileObject(node: SchemaNode, at: string): ((value: Readonly<Record<string, unknown>>, path: string, errors: string[]) => void) | null {
  const properties = new Map<string, Check>();
  for (const [field, child] of Object.entries(node.properties ?? {})) properties.set(field, compile(child, at === 'document' ? field : `${at}.${field}`));
  const required = node.required ?? [];
  const closed = node.additionalProperties === false;
  if (properties.size === 0 && required.length === 0 && !closed) return null;
  return (value, path, errors) => {
    const prefix = path === '' ? '' : `${path}.`;
    for (const field of required) {
      if (!Object.hasOwn(value, field) || value[field] === undefined) errors.push(`${prefix}${field}: is required`);
    }
    for (const field of Object.keys(value)) {
      const check = properties.get(field);
      if (check === undefined) {
        if (closed) errors.push(`unknown field "${prefix}${field}"`);
      } else {
        const fieldValue = value[field];
        if (fieldValue !== undefined) check(fieldValue, `${prefix}${field}`, errors);
      }
    }
  };
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
