import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { EmailProject } from '../../../../../shared/records/emailProject';
import { createEmailProject, renameProject, setProjectArchived, type ProjectResult } from '../commands/emailProjectCommands';
import { projectContext } from '../commands/projectContext';
import { useEmailProjects } from '../hooks/useEmailProjects';
import { useProjectMemberCount } from '../hooks/useProjectMemberCount';

function problemOf(result: ProjectResult): string | null {
  if (result.status === 'invalid') return result.reason;
  if (result.status === 'not_found') return 'This project no longer exists.';
  return null;
}

async function run(action: () => Promise<ProjectResult>): Promise<string | null> {
  try {
    return problemOf(await action());
  } catch (e) {
    return `Not saved: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/**
 * The team's email projects (reference 000: the Overview lists an influencer's projects): a
 * simple named list every member creates, renames and archives, until outreach arrives.
 * Influencers join from the list's selection ("Add to email project").
 */
export function EmailProjectsPage() {
  const projects = useEmailProjects();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await run(async () => createEmailProject(await projectContext(), name));
    setError(problem);
    if (problem === null) setName('');
  };

  return (
    <Stack spacing={2} sx={{ p: 3, overflow: 'auto', flex: 1 }}>
      <Typography variant="h5" component="h1">Email projects</Typography>
      <Typography variant="body2" color="text.secondary">
        Select influencers in the list and choose “Add to email project”. Archived projects keep their members but are not offered for new ones.
      </Typography>
      <Stack direction="row" spacing={1} component="form" onSubmit={(e) => void create(e)} aria-label="Create email project">
        <TextField size="small" label="New project" value={name} onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { maxLength: 200 } }} />
        <Button type="submit" variant="contained">Create project</Button>
      </Stack>
      {error !== null && <Alert severity="error">{error}</Alert>}
      {projects.length === 0 ? (
        <Alert severity="info">No email projects yet.</Alert>
      ) : (
        <Table size="small" aria-label="Email projects">
          <TableHead>
            <TableRow>
              <TableCell>Project</TableCell>
              <TableCell>Influencers</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {projects.map((p) => <ProjectRow key={p.id} project={p} />)}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}

function ProjectRow({ project }: { project: EmailProject }) {
  const count = useProjectMemberCount(project.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (editing === null) return;
    const problem = await run(async () => renameProject(await projectContext(), project.id, editing));
    setError(problem);
    if (problem === null) setEditing(null);
  };
  const archive = async (archived: boolean) => setError(await run(async () => setProjectArchived(await projectContext(), project.id, archived)));

  return (
    <TableRow aria-label={project.name}>
      <TableCell>
        {editing === null ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <span>{project.name}</span>
            {project.archived && <Chip size="small" label="Archived" />}
          </Stack>
        ) : (
          <Stack direction="row" spacing={1} component="form" aria-label={`Rename ${project.name}`} onSubmit={(e) => void save(e)}
            onKeyDown={(e) => { if (e.key === 'Escape') setEditing(null); }}>
            <TextField size="small" label="Project name" value={editing} autoFocus onChange={(e) => setEditing(e.target.value)} slotProps={{ htmlInput: { maxLength: 200 } }} />
            <Button type="submit" size="small" variant="contained">Save</Button>
            <Button size="small" onClick={() => setEditing(null)}>Cancel</Button>
          </Stack>
        )}
        {error !== null && <Typography variant="body2" color="error" role="alert">{error}</Typography>}
      </TableCell>
      <TableCell>{count === null ? '…' : count.toLocaleString('en-US')}</TableCell>
      <TableCell align="right">
        {editing === null && (
          <Button size="small" aria-label={`Rename ${project.name}`} onClick={() => { setError(null); setEditing(project.name); }}>Rename</Button>
        )}
        <Button size="small" aria-label={`${project.archived ? 'Restore' : 'Archive'} ${project.name}`} onClick={() => void archive(!project.archived)}>
          {project.archived ? 'Restore' : 'Archive'}
        </Button>
      </TableCell>
    </TableRow>
  );
}
