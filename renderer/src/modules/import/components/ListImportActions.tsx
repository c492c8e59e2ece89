import FileUploadIcon from '@mui/icons-material/FileUpload';
import JoinInnerIcon from '@mui/icons-material/JoinInner';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { FindDuplicatesDialog } from '../../merge/components/FindDuplicatesDialog';
import { MergeDialog } from '../../merge/components/MergeDialog';
import { MergeOutcomeSnackbar } from '../../merge/components/MergeOutcomeSnackbar';
import { useMergeStore } from '../../merge/mergeStore';
import { ImportDialog } from './ImportDialog';

/** The list header's "Import" and "Find duplicates", with their dialogs and the merge result. */
export function ListImportActions() {
  const [importing, setImporting] = useState(false);
  return (
    <>
      <Button variant="outlined" startIcon={<FileUploadIcon />} onClick={() => setImporting(true)}>Import</Button>
      <Button variant="outlined" startIcon={<JoinInnerIcon />} onClick={() => useMergeStore.getState().setFindOpen(true)}>Find duplicates</Button>
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
      <FindDuplicatesDialog />
      <MergeDialog />
      <MergeOutcomeSnackbar />
    </>
  );
}
