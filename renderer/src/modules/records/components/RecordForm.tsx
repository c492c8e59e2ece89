import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { Draft, RecordKindSpec } from '../recordKinds';
import type { RecordFields } from '../commands/saveRecord';

/** One record's add/edit form; `onSave` returns the reason when the record is refused. */
export function RecordForm({ spec, initial, editing, onSave, onCancel }: {
  spec: RecordKindSpec;
  initial: Draft;
  editing: boolean;
  onSave(fields: RecordFields): Promise<string | null>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const name = `${editing ? 'Edit' : 'Add'} ${spec.noun}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = spec.build(draft);
    if (!built.ok) {
      setError(built.reason);
      return;
    }
    setSaving(true);
    try {
      setError(await onSave(built.fields));
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack component="form" noValidate aria-label={name} onSubmit={(e) => void submit(e)} spacing={1} sx={{ py: 1 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {spec.fields.map((field) => (
          <TextField
            key={field.name}
            label={field.label}
            size="small"
            type={field.input === 'date' ? 'date' : 'text'}
            select={field.input === 'select'}
            multiline={field.input === 'multiline'}
            minRows={field.input === 'multiline' ? 2 : undefined}
            value={draft[field.name] ?? ''}
            onChange={(e) => setDraft({ ...draft, [field.name]: e.target.value })}
            slotProps={{ inputLabel: { shrink: true }, ...(field.input === 'select' ? { select: { native: true } } : {}) }}
            sx={{ minWidth: field.input === 'multiline' ? 480 : 180 }}
          >
            {field.options?.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </TextField>
        ))}
      </Stack>
      {error !== null && <Typography variant="caption" color="error" role="alert">{error}</Typography>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" size="small" disabled={saving}>{editing ? 'Save' : 'Add'}</Button>
        <Button size="small" onClick={onCancel}>Cancel</Button>
      </Stack>
    </Stack>
  );
}
