import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { CheckedImport, CheckedRow } from '../../../../../shared/csv/checkImportRows';
import type { DuplicateReason } from '../../../../../shared/influencers/findDuplicates';
import { DUPLICATE_CHOICES, type DuplicateChoice } from '../../../../../shared/influencers/planImportWrites';
import { projection } from '../../../app/crmRuntime';
import type { ImportPreview } from '../importAnalyzer';

type DuplicateRow = Extract<CheckedRow, { status: 'duplicate' }>;

/** Rows listed per section; the rest are counted (and all rejected rows are in the download). */
const SHOWN = 100;

export const CHOICE_LABELS: Record<DuplicateChoice, string> = {
  skip: 'Skip',
  update: 'Update the existing influencer',
  create: 'Create anyway',
};

const REASON_WORDS: Record<DuplicateReason, string> = { account: 'same account', link: 'same link', email: 'same email' };

function isChoice(value: string): value is DuplicateChoice {
  return (DUPLICATE_CHOICES as readonly string[]).includes(value);
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** Who a duplicate row is the same as, in words. */
function sameAs(row: DuplicateRow): string {
  if (row.sameAsLine !== null) return `Same person as line ${row.sameAsLine} of this file`;
  const first = row.matches[0];
  if (first === undefined) return '';
  const existing = projection.getRow(first.id);
  const name = existing === undefined ? 'an influencer in the CRM' : `"${existing.name}"${existing.archived ? ' (archived)' : ''}`;
  const more = row.matches.length > 1 ? ` and ${row.matches.length - 1} more` : '';
  return `Already in the CRM: ${name}${more} (${first.reasons.map((r) => REASON_WORDS[r]).join(', ')})`;
}

/**
 * The checked rows before anything is written: how many are ready, every refused row with
 * its reasons, and each duplicate with its choice (skip, update the existing influencer,
 * create anyway), which "Apply to all" sets for every duplicate at once.
 */
export function ImportReviewStep({ preview, checked, disabled, onBack, onImport }: {
  preview: ImportPreview;
  checked: CheckedImport;
  disabled: boolean;
  onBack: () => void;
  onImport: (choiceFor: (line: number) => DuplicateChoice) => void;
}) {
  const { ready, duplicates, rejected } = useMemo(() => {
    const split = { ready: 0, duplicates: [] as DuplicateRow[], rejected: [] as Extract<CheckedRow, { status: 'rejected' }>[] };
    for (const row of checked.rows) {
      if (row.status === 'ready') split.ready++;
      else if (row.status === 'duplicate') split.duplicates.push(row);
      else split.rejected.push(row);
    }
    return split;
  }, [checked]);
  const [allChoice, setAllChoice] = useState<DuplicateChoice>('skip');
  const [pendingAll, setPendingAll] = useState<DuplicateChoice>('skip');
  const [overrides, setOverrides] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());
  const choiceFor = (line: number): DuplicateChoice => overrides.get(line) ?? allChoice;
  const setChoice = (line: number, choice: DuplicateChoice) => setOverrides(new Map(overrides).set(line, choice));
  const applyToAll = () => {
    setAllChoice(pendingAll);
    setOverrides(new Map());
  };
  const importing = ready + duplicates.filter((d) => choiceFor(d.line) !== 'skip').length;

  return (
    <Stack spacing={2}>
      <List dense aria-label="Check result" disablePadding>
        <ListItem disableGutters>{`${fmt(ready)} ready to add`}</ListItem>
        <ListItem disableGutters>{`${fmt(duplicates.length)} ${duplicates.length === 1 ? 'duplicate' : 'duplicates'}`}</ListItem>
        <ListItem disableGutters>{`${fmt(rejected.length)} rejected`}</ListItem>
        {checked.empty > 0 && <ListItem disableGutters>{`${fmt(checked.empty)} empty ${checked.empty === 1 ? 'row' : 'rows'} left out`}</ListItem>}
      </List>

      {rejected.length > 0 && (
        <section aria-labelledby="rejected-heading">
          <Typography variant="subtitle2" component="h3" id="rejected-heading">Rejected rows (not imported; download them after the import)</Typography>
          <List dense aria-label="Rejected rows">
            {rejected.slice(0, SHOWN).map((row) => (
              <ListItem key={row.line} disableGutters>
                <ListItemText primary={`Line ${row.line}: ${row.fields.filter((f) => f.trim() !== '').slice(0, 3).join(', ')}`} secondary={row.reasons.join(' ')} />
              </ListItem>
            ))}
          </List>
          {rejected.length > SHOWN && <Typography variant="body2" color="text.secondary">{`and ${fmt(rejected.length - SHOWN)} more`}</Typography>}
        </section>
      )}

      {duplicates.length > 0 && (
        <section aria-labelledby="duplicates-heading">
          <Typography variant="subtitle2" component="h3" id="duplicates-heading">Duplicates</Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', my: 1 }}>
            <TextField
              select
              size="small"
              label="For every duplicate"
              value={pendingAll}
              disabled={disabled}
              onChange={(e) => isChoice(e.target.value) && setPendingAll(e.target.value)}
              slotProps={{ select: { native: true } }}
              sx={{ minWidth: 260 }}
            >
              {DUPLICATE_CHOICES.map((c) => <option key={c} value={c}>{CHOICE_LABELS[c]}</option>)}
            </TextField>
            <Button size="small" variant="outlined" disabled={disabled} onClick={applyToAll}>Apply to all</Button>
          </Stack>
          <List dense aria-label="Duplicates">
            {duplicates.slice(0, SHOWN).map((row) => (
              <ListItem key={row.line} disableGutters secondaryAction={
                <TextField
                  select
                  size="small"
                  value={choiceFor(row.line)}
                  disabled={disabled}
                  onChange={(e) => isChoice(e.target.value) && setChoice(row.line, e.target.value)}
                  slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Duplicate on line ${row.line}` } }}
                  sx={{ minWidth: 260 }}
                >
                  {DUPLICATE_CHOICES.map((c) => <option key={c} value={c}>{CHOICE_LABELS[c]}</option>)}
                </TextField>
              } sx={{ pr: 36 }}>
                <ListItemText primary={`Line ${row.line}: ${row.draft.officialName}${row.draft.email === null ? '' : ` · ${row.draft.email}`}`} secondary={sameAs(row)} />
              </ListItem>
            ))}
          </List>
          {duplicates.length > SHOWN && (
            <Typography variant="body2" color="text.secondary">{`and ${fmt(duplicates.length - SHOWN)} more, which get the choice for every duplicate`}</Typography>
          )}
        </section>
      )}

      {importing === 0 && <Alert severity="info">Nothing to import with these choices.</Alert>}
      <Stack direction="row" spacing={1}>
        <Button onClick={onBack} disabled={disabled}>Back to mapping</Button>
        <Button variant="contained" disabled={disabled || importing === 0} onClick={() => onImport(choiceFor)}>
          {`Import ${fmt(importing)} ${importing === 1 ? 'influencer' : 'influencers'}`}
        </Button>
      </Stack>
      {preview.fromLinks && <Typography variant="body2" color="text.secondary">Each link becomes an influencer; its name comes from the link until the profile is recorded.</Typography>}
    </Stack>
  );
}
