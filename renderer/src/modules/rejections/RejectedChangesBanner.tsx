import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useEffect, useState } from 'react';
import type { Activity } from '../../../../shared/activity';
import { displayName } from '../../../../shared/names/displayName';
import { getCrmRuntime } from '../../app/crmRuntime';
import { formatDateTime } from '../../components/formatting';
import { describeActivity } from '../activity/describeActivity';
import { isLabelEntry } from '../labels/describeLabelActivity';
import { useRejectedChangesStore } from './rejectedChangesStore';

const NO_ENTRIES: readonly Activity[] = [];

/** Names of the influencers the entries are about, read once per list of entries. */
function useInfluencerNames(entries: readonly Activity[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (entries.length === 0) return;
    let live = true;
    const ids = [...new Set(entries.map((e) => e.influencerId))];
    void getCrmRuntime()
      .then(({ db }) => db.influencers.findByIds(ids).exec())
      .then((docs) => {
        if (live) setNames(new Map([...docs.values()].map((doc) => [doc.id, displayName(doc)])));
      })
      .catch(() => undefined); // names are a nicety; the entries still explain themselves
    return () => {
      live = false;
    };
  }, [entries]);
  return names;
}

/**
 * Tells the member that the server refused some of their changes (usually made offline, before
 * a permission was taken away), and which: the value they set, the value that stays, and when.
 */
export function RejectedChangesBanner() {
  const entries = useRejectedChangesStore((s) => s.entries);
  const acknowledgeAll = useRejectedChangesStore((s) => s.acknowledgeAll);
  const [open, setOpen] = useState(false);
  const names = useInfluencerNames(open ? entries : NO_ENTRIES);
  if (entries.length === 0) return null;
  const count = entries.length === 1 ? '1 of your changes' : `${entries.length.toLocaleString('en-US')} of your changes`;
  return (
    <>
      <Alert
        severity="warning"
        role="alert"
        action={
          <>
            <Button color="inherit" size="small" onClick={() => setOpen(true)}>Show</Button>
            <Button color="inherit" size="small" onClick={acknowledgeAll}>Dismiss</Button>
          </>
        }
        sx={{ borderRadius: 0 }}
      >
        The server did not accept {count}: you no longer have permission to change {entries.length === 1 ? 'that field' : 'those fields'}.
      </Alert>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="rejected-changes-title" fullWidth maxWidth="sm">
        <DialogTitle id="rejected-changes-title">Changes not accepted</DialogTitle>
        <DialogContent>
          <List dense aria-label="Changes not accepted">
            {entries.map((entry) => (
              <ListItem key={entry.id} disableGutters>
                <ListItemText
                  primary={`${names.get(entry.influencerId) ?? (isLabelEntry(entry) ? 'Labels' : 'An influencer')}: you ${describeActivity(entry)}`}
                  secondary={`Refused ${formatDateTime(entry.at)}. Ask the liaison or an Administrator to make the change, or to grant the permission in Team settings.`}
                />
              </ListItem>
            ))}
          </List>
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              setOpen(false);
              acknowledgeAll();
            }}
          >
            OK
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
