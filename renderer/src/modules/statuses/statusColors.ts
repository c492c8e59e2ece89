/**
 * The colors offered for a status, by name: a native select of named colors is quicker with
 * the keyboard and easier to read aloud than a color picker. A status keeps a color that is
 * not in this list (a predefined one, or one set by another version) as "Custom".
 */
export const STATUS_COLORS: readonly { name: string; value: string }[] = [
  { name: 'Grey', value: '#9e9e9e' },
  { name: 'Blue grey', value: '#78909c' },
  { name: 'Red', value: '#e53935' },
  { name: 'Pink', value: '#d81b60' },
  { name: 'Purple', value: '#8e24aa' },
  { name: 'Deep purple', value: '#5e35b1' },
  { name: 'Light indigo', value: '#5c6bc0' },
  { name: 'Indigo', value: '#3949ab' },
  { name: 'Dark indigo', value: '#283593' },
  { name: 'Blue', value: '#1e88e5' },
  { name: 'Cyan', value: '#00acc1' },
  { name: 'Teal', value: '#00897b' },
  { name: 'Green', value: '#43a047' },
  { name: 'Dark green', value: '#2e7d32' },
  { name: 'Lime', value: '#c0ca33' },
  { name: 'Yellow', value: '#fdd835' },
  { name: 'Amber', value: '#ffb300' },
  { name: 'Orange', value: '#fb8c00' },
  { name: 'Deep orange', value: '#f4511e' },
  { name: 'Brown', value: '#8d6e63' },
];

/** The colors to offer for a status that currently has `current`: the palette, plus `current` when it is not in it. */
export function colorChoices(current: string | null): { name: string; value: string }[] {
  if (current === null || STATUS_COLORS.some((c) => c.value === current)) return [...STATUS_COLORS];
  return [{ name: `Custom (${current})`, value: current }, ...STATUS_COLORS];
}
