import UploadFileIcon from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import type { ImportSource } from '../importAnalyzer';

/** The first step: a CSV file, or links pasted for "bulk add". */
export function ImportSourceStep({ disabled, onRead }: { disabled: boolean; onRead: (source: ImportSource) => void }) {
  const [links, setLinks] = useState('');
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    onRead({ kind: 'csv', bytes: new Uint8Array(await file.arrayBuffer()) });
  };
  return (
    <Stack spacing={2}>
      <Typography>
        Import a CSV file exported from a spreadsheet (UTF-8, or as Excel saves it). The first row names the columns; you choose what each column is next.
      </Typography>
      <Button component="label" variant="contained" startIcon={<UploadFileIcon />} disabled={disabled} sx={{ alignSelf: 'flex-start' }}>
        Choose CSV file
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" hidden aria-label="CSV file" onChange={(e) => void choose(e)} />
      </Button>
      <Divider>or</Divider>
      <TextField
        label="Paste links"
        helperText="Profile links (YouTube, Instagram, TikTok) or websites: one per line, or separated by commas or spaces."
        multiline
        minRows={4}
        maxRows={12}
        value={links}
        disabled={disabled}
        onChange={(e) => setLinks(e.target.value)}
      />
      <Button variant="outlined" disabled={disabled || links.trim() === ''} onClick={() => onRead({ kind: 'links', text: links })} sx={{ alignSelf: 'flex-start' }}>
        Continue with these links
      </Button>
    </Stack>
  );
}
