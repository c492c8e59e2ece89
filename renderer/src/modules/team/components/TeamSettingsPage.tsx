import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { teamSettingsHref, type TeamSettingsTab } from '../../../app/navigation';
import { StatusesPanel } from '../../statuses/components/StatusesPanel';
import { usePermissionContext } from '../permissionContext';
import { DataManagementPanel } from './DataManagementPanel';
import { GroupsPanel } from './GroupsPanel';
import { MembersPanel } from './MembersPanel';

const TAB_LABELS: Record<TeamSettingsTab, string> = { members: 'Members', groups: 'Groups', 'data-management': 'Data management', statuses: 'Statuses' };

/** Team settings: members, groups, data-management permissions and the status catalog. Administrators change them; others read them. */
export function TeamSettingsPage({ tab }: { tab: TeamSettingsTab }) {
  const ctx = usePermissionContext();
  if (ctx === null) return null;
  const canEdit = ctx.actor.role === 'admin' && ctx.actor.active;
  return (
    <Stack spacing={2} sx={{ p: 3, overflow: 'auto', flex: 1 }}>
      <Typography variant="h5" component="h1">Team settings</Typography>
      <Tabs value={tab} aria-label="Team settings">
        {(Object.keys(TAB_LABELS) as TeamSettingsTab[]).map((t) => (
          <Tab key={t} value={t} label={TAB_LABELS[t]} href={teamSettingsHref(t)} component="a" />
        ))}
      </Tabs>
      <Paper variant="outlined" sx={{ p: 2 }} role="tabpanel" aria-label={TAB_LABELS[tab]}>
        {tab === 'members' && <MembersPanel canEdit={canEdit} actorId={ctx.actor.id} />}
        {tab === 'groups' && <GroupsPanel canEdit={canEdit} />}
        {tab === 'data-management' && <DataManagementPanel canEdit={canEdit} actorId={ctx.actor.id} />}
        {tab === 'statuses' && <StatusesPanel canEdit={canEdit} actorId={ctx.actor.id} />}
      </Paper>
    </Stack>
  );
}
