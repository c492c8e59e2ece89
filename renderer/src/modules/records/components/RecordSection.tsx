import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import type { CrmRecord } from '../../../../../shared/records/crmRecord';
import { addRecord, changeRecord, type RecordFields, type RecordResult } from '../commands/saveRecord';
import { recordContext } from '../commands/recordContext';
import type { RecordKindSpec } from '../recordKinds';
import { RecordForm } from './RecordForm';

function reasonOf(result: RecordResult): string | null {
  if (result.status === 'invalid') return result.reason;
  if (result.status === 'not_found') return 'This record is no longer there.';
  return null;
}

/** One Overview section: its records, "Add …", and an "Edit" per record. */
export function RecordSection({ spec, influencerId, records, footer }: { spec: RecordKindSpec; influencerId: string; records: readonly CrmRecord[]; footer?: ReactNode }) {
  const headingId = useId();
  // null: no form; "new": adding; otherwise the id of the record being edited.
  const [open, setOpen] = useState<string | null>(null);

  const save = async (fields: RecordFields, editingId: string | null): Promise<string | null> => {
    const ctx = await recordContext();
    const reason = reasonOf(editingId === null ? await addRecord(ctx, influencerId, fields) : await changeRecord(ctx, editingId, fields));
    if (reason === null) setOpen(null);
    return reason;
  };

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" component="h3" id={headingId} sx={{ flex: 1 }}>{spec.title}</Typography>
        {open === null && <Button size="small" startIcon={<AddIcon />} onClick={() => setOpen('new')}>{`Add ${spec.noun}`}</Button>}
      </Stack>
      {open === 'new' && <RecordForm spec={spec} initial={spec.empty()} editing={false} onSave={(f) => save(f, null)} onCancel={() => setOpen(null)} />}
      {records.length === 0 && open !== 'new' ? (
        <Typography variant="body2" color="text.secondary">None yet.</Typography>
      ) : (
        <List dense aria-label={spec.title}>
          {records.map((record) => {
            const text = spec.describe(record);
            return open === record.id ? (
              <ListItem key={record.id} disableGutters>
                <RecordForm spec={spec} initial={spec.toDraft(record)} editing onSave={(f) => save(f, record.id)} onCancel={() => setOpen(null)} />
              </ListItem>
            ) : (
              <ListItem
                key={record.id}
                disableGutters
                secondaryAction={open === null ? <Button size="small" aria-label={`Edit ${spec.noun} ${text.primary}`} onClick={() => setOpen(record.id)}>Edit</Button> : undefined}
              >
                <ListItemText primary={text.primary} secondary={text.secondary} />
              </ListItem>
            );
          })}
        </List>
      )}
      {footer}
    </Box>
  );
}
