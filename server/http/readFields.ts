import { HttpError } from '../errors';

/**
 * Small per-route validation for JSON request bodies: each read records what is wrong, and
 * `done()` throws one 400 listing every problem (`details`), so a client fixes all at once.
 */
const NOT_AN_OBJECT = 'body: must be a JSON object';

export class FieldReader {
  private readonly errors: string[] = [];
  private readonly record: Record<string, unknown>;

  constructor(body: unknown, allowed: readonly string[]) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      this.record = {};
      this.errors.push(NOT_AN_OBJECT);
      return;
    }
    this.record = body as Record<string, unknown>;
    for (const key of Object.keys(this.record)) if (!allowed.includes(key)) this.errors.push(`${key}: unknown field`);
  }

  /** A required string, trimmed, of `min`–`max` characters. */
  text(name: string, min: number, max: number): string {
    const value = this.record[name];
    if (typeof value !== 'string') {
      this.errors.push(`${name}: ${value === undefined ? 'is required' : 'must be a string'}`);
      return '';
    }
    const trimmed = value.trim();
    if (trimmed.length < min) this.errors.push(`${name}: must not be empty`);
    else if (trimmed.length > max) this.errors.push(`${name}: must be at most ${max} characters`);
    return trimmed;
  }

  /** Passwords are taken as typed (no trimming). */
  password(name: string, min: number, max: number): string {
    const value = this.record[name];
    if (typeof value !== 'string') {
      this.errors.push(`${name}: ${value === undefined ? 'is required' : 'must be a string'}`);
      return '';
    }
    if (value.length < min) this.errors.push(`${name}: must be at least ${min} characters`);
    else if (value.length > max) this.errors.push(`${name}: must be at most ${max} characters`);
    return value;
  }

  /** Emails are compared case-insensitively, so they are stored lower-cased. */
  email(name: string, max: number): string {
    const value = this.text(name, 1, max).toLowerCase();
    if (value !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) this.errors.push(`${name}: must be an email address`);
    return value;
  }

  oneOf<T extends string>(name: string, values: readonly T[]): T {
    const value = this.record[name];
    const found = values.find((v) => v === value);
    if (found === undefined) this.errors.push(`${name}: must be one of ${values.join(', ')}`);
    return found ?? values[0]!;
  }

  /** An optional id: absent or null gives null. */
  optionalId(name: string, max: number): string | null {
    const value = this.record[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || value.length === 0 || value.length > max) {
      this.errors.push(`${name}: must be null or a string of 1 to ${max} characters`);
      return null;
    }
    return value;
  }

  /** Whether the body has this field (for partial updates: absent means "leave it"). */
  has(name: string): boolean {
    return Object.hasOwn(this.record, name) && this.record[name] !== undefined;
  }

  optionalText(name: string, min: number, max: number): string | undefined {
    return this.has(name) ? this.text(name, min, max) : undefined;
  }

  optionalOneOf<T extends string>(name: string, values: readonly T[]): T | undefined {
    return this.has(name) ? this.oneOf(name, values) : undefined;
  }

  /** Absent gives undefined ("leave it"); null or an id is a value to set. */
  optionalNullableId(name: string, max: number): string | null | undefined {
    return this.has(name) ? this.optionalId(name, max) : undefined;
  }

  optionalBoolean(name: string): boolean | undefined {
    if (!this.has(name)) return undefined;
    const value = this.record[name];
    if (typeof value !== 'boolean') this.errors.push(`${name}: must be true or false`);
    return value === true;
  }

  /** A partial update must change something. */
  requireOneOf(names: readonly string[]): void {
    if (!names.some((name) => this.has(name))) this.errors.push(`body: give at least one of ${names.join(', ')}`);
  }

  done(): void {
    // A body that is not an object has one problem, not one per missing field.
    if (this.errors[0] === NOT_AN_OBJECT) throw invalidRequest([NOT_AN_OBJECT]);
    if (this.errors.length > 0) throw invalidRequest(this.errors);
  }
}

export function invalidRequest(details: string[]): HttpError {
  return new HttpError(400, 'invalid_request', 'The request is not valid: see details.', details);
}
