import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { CheckedImport } from '../../../../../shared/csv/checkImportRows';
import type { ColumnMapping } from '../../../../../shared/csv/importFields';
import type { DuplicateChoice } from '../../../../../shared/influencers/planImportWrites';
import { createImportAnalysis, type ImportAnalysis } from '../importAnalysis';
import type { ImportPreview, ImportSource } from '../importAnalyzer';
import { importDepsForApp } from '../importDeps';
import { analyzeImport, writeImport, type ImportDeps, type ImportProgress, type ImportSummary } from '../runImport';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportReviewStep } from './ImportReviewStep';
import { ImportSourceStep } from './ImportSourceStep';
import { ImportSummaryStep } from './ImportSummaryStep';

type Step =
  | { name: 'source' }
  | { name: 'mapping'; preview: ImportPreview }
  | { name: 'review'; preview: ImportPreview; checked: CheckedImport }
  | { name: 'summary'; preview: ImportPreview; summary: ImportSummary };

const PHASE_LABELS: Record<ImportProgress['phase'], string> = {
  reading: 'Reading the file',
  checking: 'Checking rows',
  writing: 'Importing',
};

/**
 * "Import": a CSV file or pasted links → column mapping with a preview → every row checked
 * (reasons for each refused one) and each duplicate's choice → progress → summary with the
 * rejected rows to download. Reading and checking run in a Web Worker; writing goes in chunks
 * that hand the thread back to the window, so 50,000 rows do not freeze the app.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ name: 'source' });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const analysis = useRef<ImportAnalysis | null>(null);
  const deps = useRef<ImportDeps | null>(null);

  useEffect(() => {
    if (!open) return;
    return () => {
      analysis.current?.close();
      analysis.current = null;
    };
  }, [open]);

  const busy = progress !== null;
  const reset = () => {
    analysis.current?.close();
    analysis.current = null;
    deps.current = null;
    setStep({ name: 'source' });
    setProgress(null);
    setError(null);
  };
  const close = () => {
    if (busy && progress.phase === 'writing') return; // the import finishes first; it cannot be half-cancelled
    reset();
    onClose();
  };

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(`Not imported: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setProgress(null);
    }
  };

  const read = (source: ImportSource) =>
    run(async () => {
      analysis.current?.close();
      analysis.current = createImportAnalysis();
      setProgress({ phase: 'reading', done: 0, total: 0 });
      const outcome = await analysis.current.read(source);
      if (!outcome.ok) setError(outcome.reason);
      else setStep({ name: 'mapping', preview: outcome.preview });
    });

  const check = (preview: ImportPreview, mapping: ColumnMapping) =>
    run(async () => {
      if (analysis.current === null) throw new Error('Choose the file again.');
      deps.current = await importDepsForApp();
      const checked = await analyzeImport(deps.current, analysis.current, mapping, setProgress);
      setStep({ name: 'review', preview, checked });
    });

  const write = (preview: ImportPreview, checked: CheckedImport, choiceFor: (line: number) => DuplicateChoice) =>
    run(async () => {
      const d = deps.current ?? (await importDepsForApp());
      const summary = await writeImport(d, checked, (row) => choiceFor(row.line), setProgress);
      analysis.current?.close();
      analysis.current = null;
      setStep({ name: 'summary', preview, summary });
    });

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="lg" aria-labelledby="import-title">
      <DialogTitle id="import-title">Import influencers</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {error !== null && <Alert severity="error">{error}</Alert>}
          {progress !== null && <ImportProgressBar progress={progress} />}
          {step.name === 'source' && <ImportSourceStep disabled={busy} onRead={(source) => void read(source)} />}
          {step.name === 'mapping' && (
            <ImportMappingStep preview={step.preview} disabled={busy} onBack={reset} onCheck={(mapping) => void check(step.preview, mapping)} />
          )}
          {step.name === 'review' && (
            <ImportReviewStep
              preview={step.preview}
              checked={step.checked}
              disabled={busy}
              onBack={() => setStep({ name: 'mapping', preview: step.preview })}
              onImport={(choiceFor) => void write(step.preview, step.checked, choiceFor)}
            />
          )}
          {step.name === 'summary' && <ImportSummaryStep headers={step.preview.headers} summary={step.summary} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        {step.name === 'summary' ? (
          <Button variant="contained" onClick={close}>Done</Button>
        ) : (
          <Button onClick={close} disabled={busy && progress.phase === 'writing'}>Cancel</Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const label = PHASE_LABELS[progress.phase];
  const percent = progress.total === 0 ? undefined : Math.round((progress.done / progress.total) * 100);
  return (
    <Stack spacing={0.5} role="status" aria-label="Import progress">
      <Typography variant="body2">
        {label}
        {progress.total > 0 ? ` — ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}` : '…'}
      </Typography>
      <LinearProgress aria-label={label} variant={percent === undefined ? 'indeterminate' : 'determinate'} value={percent} />
    </Stack>
  );
}
