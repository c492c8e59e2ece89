import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, mapImportRecord, type ColumnMapping, type ImportField } from '../../../../../shared/csv/importFields';
import { PREVIEW_ROWS, type ImportPreview } from '../importAnalyzer';

const NOT_IMPORTED = '';

/**
 * The column-mapping step: what each column of the file is (suggested from its header and
 * values; the person can change it), and the first rows as they will be read.
 */
export function ImportMappingStep({ preview, disabled, onBack, onCheck }: {
  preview: ImportPreview;
  disabled: boolean;
  onBack: () => void;
  onCheck: (mapping: ColumnMapping) => void;
}) {
  const [mapping, setMapping] = useState<ColumnMapping>(preview.suggested);
  const setColumn = (column: number, value: string) => {
    const field = IMPORT_FIELDS.find((f) => f === value) ?? null;
    // A field fills one column: choosing it here frees the column that had it.
    setMapping(mapping.map((m, i) => (i === column ? field : m === field ? null : m)));
  };
  const mappedFields = mapping.filter((m): m is ImportField => m !== null);
  const rows = preview.sample.slice(0, PREVIEW_ROWS).map((r) => ({ line: r.line, values: mapImportRecord(r.fields, mapping).row }));
  const count = preview.rowCount.toLocaleString('en-US');

  return (
    <Stack spacing={2}>
      {preview.warning !== null && <Alert severity="warning">{preview.warning}</Alert>}
      <Typography>{`${count} ${preview.rowCount === 1 ? 'row' : 'rows'} found. Choose what each column holds.`}</Typography>
      <Table size="small" aria-label="Column mapping">
        <TableHead>
          <TableRow>
            <TableCell>Column in the file</TableCell>
            <TableCell>Imported as</TableCell>
            <TableCell>First values</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.headers.map((header, column) => (
            <TableRow key={`${column}-${header}`}>
              <TableCell>{header}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  disabled={disabled}
                  value={mapping[column] ?? NOT_IMPORTED}
                  onChange={(e) => setColumn(column, e.target.value)}
                  slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Column "${header}"` } }}
                  sx={{ minWidth: 180 }}
                >
                  <option value={NOT_IMPORTED}>Not imported</option>
                  {IMPORT_FIELDS.map((field) => <option key={field} value={field}>{IMPORT_FIELD_LABELS[field]}</option>)}
                </TextField>
              </TableCell>
              <TableCell sx={{ color: 'text.secondary', maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {preview.sample.slice(0, 3).map((r) => r.fields[column] ?? '').filter((v) => v !== '').join(' · ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" component="h3">Preview</Typography>
      {mappedFields.length === 0 ? (
        <Alert severity="info">Choose at least one column to import.</Alert>
      ) : (
        <Table size="small" aria-label="Preview">
          <TableHead>
            <TableRow>
              <TableCell>Line</TableCell>
              {mappedFields.map((field) => <TableCell key={field}>{IMPORT_FIELD_LABELS[field]}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.line}>
                <TableCell>{row.line}</TableCell>
                {mappedFields.map((field) => <TableCell key={field}>{row.values[field] ?? ''}</TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" spacing={1}>
        <Button onClick={onBack} disabled={disabled}>Back</Button>
        <Button variant="contained" disabled={disabled || mappedFields.length === 0} onClick={() => onCheck(mapping)}>Check rows</Button>
      </Stack>
    </Stack>
  );
}
