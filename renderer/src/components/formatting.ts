const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatFollowers(value: number | null): string {
  return value === null ? '' : compact.format(value);
}

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

export function formatDate(ms: number): string {
  return dateOnly.format(ms);
}
