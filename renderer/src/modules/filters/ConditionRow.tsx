import CloseIcon from '@mui/icons-material/Close';
import Autocomplete from '@mui/material/Autocomplete';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { conditionProblem } from '../../../../shared/filters/usableFilter';
import type { FilterCondition } from '../../../../shared/filters/listFilter';
import { FILTER_FIELD_OPTIONS, newCondition, operatorsOf } from './filterFields';
import type { Choice, FilterChoices } from './useFilterChoices';

const DAY_MS = 86_400_000;

interface Props {
  condition: FilterCondition;
  /** Its accessible name: "Condition 2". */
  name: string;
  choices: FilterChoices;
  onChange(next: FilterCondition): void;
  onRemove(): void;
}

/** One condition of the advanced filter: field, operator and value(s). */
export function ConditionRow({ condition, name, choices, onChange, onRemove }: Props) {
  const problem = conditionProblem(condition);
  return (
    <Stack role="group" aria-label={name} direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField select size="small" label="Field" value={condition.field} sx={{ width: 170 }}
        onChange={(e) => onChange(newCondition(e.target.value as FilterCondition['field']))}>
        {FILTER_FIELD_OPTIONS.map((o) => <MenuItem key={o.field} value={o.field}>{o.label}</MenuItem>)}
      </TextField>
      <TextField select size="small" label="Operator" value={condition.op} sx={{ width: 160 }}
        onChange={(e) => onChange(keepValues(condition, newCondition(condition.field, e.target.value as FilterCondition['op'])))}>
        {operatorsOf(condition.field).map((o) => <MenuItem key={o.op} value={o.op}>{o.label}</MenuItem>)}
      </TextField>
      <ValueEditor condition={condition} choices={choices} onChange={onChange} />
      <IconButton aria-label="Remove condition" onClick={onRemove} size="small" sx={{ mt: 0.5 }}>
        <CloseIcon fontSize="small" />
      </IconButton>
      {problem !== null && (
        // Unfinished conditions wait here and are left out of the list until they read.
        <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>Not applied yet: {problem}</Typography>
      )}
    </Stack>
  );
}

/** Switching between "any of" and "none of" keeps the chosen values. */
function keepValues(before: FilterCondition, after: FilterCondition): FilterCondition {
  if ('values' in before && 'values' in after) return { ...after, values: before.values } as FilterCondition;
  if ('ids' in before && 'ids' in after) return { ...after, ids: before.ids } as FilterCondition;
  return after;
}

function ValueEditor({ condition, choices, onChange }: Omit<Props, 'name' | 'onRemove'>) {
  switch (condition.field) {
    case 'labels':
      if (!('ids' in condition)) return null; // "are empty", "are not empty": nothing to choose
      return <ChoicePicker label="Labels" options={choices.labels} values={condition.ids} onChange={(ids) => onChange({ ...condition, ids: ids.filter((v): v is string => v !== null) })} />;
    case 'followers':
    case 'qualityScore': {
      if (condition.op !== 'between') return null;
      const max = condition.field === 'qualityScore' ? 100 : undefined;
      return (
        <>
          <NumberField label="Minimum" value={condition.min} max={max} onChange={(min) => onChange({ ...condition, min })} />
          <NumberField label="Maximum" value={condition.max} max={max} onChange={(value) => onChange({ ...condition, max: value })} />
        </>
      );
    }
    case 'createdAt':
    case 'updatedAt':
      if (condition.op === 'in_last_days') {
        return <NumberField label="Days" value={condition.days} onChange={(days) => onChange({ ...condition, days: days ?? 0 })} />;
      }
      return (
        <>
          <DateField label="From" value={condition.from} onChange={(from) => onChange({ ...condition, from })} />
          <DateField label="To" value={condition.to} endOfDay onChange={(to) => onChange({ ...condition, to })} />
        </>
      );
    case 'hasEmail':
    case 'archived':
      return (
        <TextField select size="small" label="Value" value={condition.value ? 'yes' : 'no'} sx={{ width: 100 }} onChange={(e) => onChange({ ...condition, value: e.target.value === 'yes' })}>
          <MenuItem value="yes">Yes</MenuItem>
          <MenuItem value="no">No</MenuItem>
        </TextField>
      );
    default:
      return <ChoicePicker label="Values" options={choices.choice[condition.field]} values={condition.values} onChange={(values) => onChange({ ...condition, values })} />;
  }
}

function ChoicePicker({ label, options, values, onChange }: { label: string; options: readonly Choice[]; values: readonly (string | null)[]; onChange(values: (string | null)[]): void }) {
  // A stored value the options lack (a removed member, a retired label) still shows, by its id.
  const selected = values.map((v) => options.find((o) => o.value === v) ?? { value: v, label: v ?? 'None' });
  return (
    <Autocomplete
      multiple
      size="small"
      options={options as Choice[]}
      value={selected}
      onChange={(_e, next) => onChange(next.map((c) => c.value))}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.value === b.value}
      disableCloseOnSelect
      renderInput={(params) => <TextField {...params} label={label} placeholder={values.length === 0 ? 'Choose…' : undefined} />}
      sx={{ minWidth: 240, flex: 1 }}
    />
  );
}

function NumberField({ label, value, max, onChange }: { label: string; value: number | null; max?: number; onChange(value: number | null): void }) {
  return (
    <TextField
      size="small"
      type="number"
      label={label}
      value={value ?? ''}
      slotProps={{ htmlInput: { min: 0, max } }}
      onChange={(e) => {
        const text = e.target.value.trim();
        const n = Number(text);
        onChange(text === '' || !Number.isFinite(n) ? null : n);
      }}
      sx={{ width: 130 }}
    />
  );
}

/** A day picked in UTC, the same day on every device (describeCondition shows UTC dates too). */
function DateField({ label, value, endOfDay = false, onChange }: { label: string; value: number | null; endOfDay?: boolean; onChange(value: number | null): void }) {
  return (
    <TextField
      size="small"
      type="date"
      label={label}
      value={value === null ? '' : new Date(value).toISOString().slice(0, 10)}
      slotProps={{ inputLabel: { shrink: true } }}
      onChange={(e) => {
        const ms = e.target.value === '' ? NaN : Date.parse(`${e.target.value}T00:00:00Z`);
        onChange(Number.isNaN(ms) ? null : endOfDay ? ms + DAY_MS - 1 : ms);
      }}
      sx={{ width: 160 }}
    />
  );
}
