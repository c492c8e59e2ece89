import Box from '@mui/material/Box';
import { LABEL_COLORS } from '../../../../../shared/labels/labelRules';
import { colorName } from '../labelColorNames';

/** The offered label colors as a radio group of named swatches. */
export function LabelColorPicker({ value, onChange, label }: { value: string; onChange(color: string): void; label: string }) {
  return (
    <Box role="radiogroup" aria-label={label} sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
      {LABEL_COLORS.map((color) => (
        <Box
          key={color}
          component="button"
          type="button"
          role="radio"
          aria-checked={value === color}
          aria-label={colorName(color)}
          title={colorName(color)}
          onClick={() => onChange(color)}
          sx={{
            width: 24, height: 24, borderRadius: '50%', bgcolor: color, cursor: 'pointer', p: 0,
            border: '2px solid', borderColor: value === color ? 'text.primary' : 'transparent',
            outlineOffset: 2,
          }}
        />
      ))}
    </Box>
  );
}
