import { LABEL_COLORS } from '../../../../shared/labels/labelRules';

/** Words for the offered colors: the color picker's options are named, not just painted. */
export const LABEL_COLOR_NAMES: Readonly<Record<(typeof LABEL_COLORS)[number], string>> = {
  '#d81b60': 'Pink',
  '#8e24aa': 'Purple',
  '#5e35b1': 'Violet',
  '#1e88e5': 'Blue',
  '#00897b': 'Teal',
  '#43a047': 'Green',
  '#fb8c00': 'Orange',
  '#6d4c41': 'Brown',
  '#546e7a': 'Slate',
  '#c62828': 'Red',
};

export function colorName(color: string): string {
  return (LABEL_COLOR_NAMES as Record<string, string | undefined>)[color] ?? color;
}
