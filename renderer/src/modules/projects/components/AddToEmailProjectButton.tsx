import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { describeProjectAddition } from '../../../../../shared/records/projectMembership';
import { emailProjectsHref } from '../../../app/navigation';
import { useBulkOperationStore } from '../../influencers/stores/bulkOperationStore';
import { useListStore } from '../../influencers/stores/listStore';
import { addToEmailProject } from '../commands/addToEmailProject';
import { projectContext } from '../commands/projectContext';
import { useEmailProjects } from '../hooks/useEmailProjects';

const LABEL = 'Adding to email project';

/** Adds the selection to a project, reporting progress and the result in the bulk snackbar. */
async function addSelection(projectId: string, ids: readonly string[]): Promise<void> {
  const store = useBulkOperationStore.getState();
  if (store.progress !== null) return;
  store.setOutcome(null);
  store.setProgress({ label: LABEL, done: 0, total: ids.length });
  try {
    const outcome = await addToEmailProject(await projectContext(), projectId, ids, (p) => store.setProgress({ label: LABEL, ...p }));
    if (outcome.status === 'invalid') store.setOutcome({ message: outcome.reason, severity: 'error', undo: null });
    else {
      store.setOutcome({ message: describeProjectAddition(outcome.project.name, outcome), severity: 'success', undo: null });
      useListStore.getState().setSelectedIds([]);
    }
  } catch (error) {
    store.setOutcome({ message: `Not done: ${error instanceof Error ? error.message : String(error)}`, severity: 'error', undo: null });
  } finally {
    store.setProgress(null);
  }
}

/** "Add to email project" on the list's selection: a menu of the team's active projects. */
export function AddToEmailProjectButton({ selectedIds, disabled }: { selectedIds: readonly string[]; disabled: boolean }) {
  const projects = useEmailProjects().filter((p) => !p.archived);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choose = (projectId: string) => {
    setAnchor(null);
    void addSelection(projectId, selectedIds);
  };
  return (
    <>
      <Button size="small" variant="outlined" disabled={disabled} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
        Add to email project
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} aria-label="Email projects">
        {projects.map((p) => <MenuItem key={p.id} onClick={() => choose(p.id)}>{p.name}</MenuItem>)}
        {projects.length > 0 && <Divider />}
        <MenuItem component="a" href={emailProjectsHref()} onClick={() => setAnchor(null)}>
          {projects.length === 0 ? 'No email projects yet: create one' : 'Manage email projects'}
        </MenuItem>
      </Menu>
    </>
  );
}
