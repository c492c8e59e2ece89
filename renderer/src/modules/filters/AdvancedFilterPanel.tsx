import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { appendFilterNode, removeFilterNode, replaceFilterNode, type FilterPath } from '../../../../shared/filters/filterPaths';
import { emptyFilter, type FilterGroup, type FilterNode, type ListFilter } from '../../../../shared/filters/listFilter';
import { useListStore } from '../influencers/stores/listStore';
import { ConditionRow } from './ConditionRow';
import { newCondition } from './filterFields';
import { useFilterChoices, type FilterChoices } from './useFilterChoices';

/**
 * The advanced filter builder: conditions over every list field in AND/OR groups. Every edit
 * goes straight to the list (listStore.filter), so its count follows as you type; unfinished
 * conditions wait in the builder until they read.
 */
export function AdvancedFilterPanel({ onClose }: { onClose(): void }) {
  const filter = useListStore((s) => s.filter) ?? emptyFilter();
  const choices = useFilterChoices();
  const set = (next: ListFilter) => useListStore.getState().setFilter(next);
  return (
    <Paper role="region" aria-label="Advanced filter" variant="outlined" sx={{ mx: 2, mb: 1, p: 2 }}>
      <Stack spacing={1.5}>
        <GroupEditor group={filter.root} path={[]} filter={filter} choices={choices} onFilter={set} />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button startIcon={<DeleteOutlineIcon />} onClick={() => useListStore.getState().setFilter(null)}>Clear filter</Button>
          <Button variant="outlined" onClick={onClose}>Close</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

interface GroupProps {
  group: FilterGroup;
  path: FilterPath;
  filter: ListFilter;
  choices: FilterChoices;
  onFilter(next: ListFilter): void;
}

function GroupEditor({ group, path, filter, choices, onFilter }: GroupProps) {
  const top = path.length === 0;
  let conditions = 0;
  let groups = 0;
  const setAt = (at: FilterPath, node: FilterNode) => onFilter(replaceFilterNode(filter, at, node));
  return (
    <Stack spacing={1} sx={top ? undefined : { pl: 2, borderLeft: 3, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2">{top ? 'Show influencers matching' : 'Any row matching'}</Typography>
        <TextField select size="small" label="Match" value={group.combinator} sx={{ width: 210 }}
          onChange={(e) => setAt(path, { ...group, combinator: e.target.value === 'or' ? 'or' : 'and' })}>
          <MenuItem value="and">all conditions (AND)</MenuItem>
          <MenuItem value="or">any condition (OR)</MenuItem>
        </TextField>
      </Stack>
      {group.children.map((child, i) => {
        const at = [...path, i];
        if (child.type === 'condition') {
          conditions++;
          return <ConditionRow key={i} name={`Condition ${conditions}`} condition={child} choices={choices} onChange={(next) => setAt(at, next)} onRemove={() => onFilter(removeFilterNode(filter, at))} />;
        }
        groups++;
        return (
          <Stack key={i} role="group" aria-label={`Group ${groups}`} spacing={1}>
            <GroupEditor group={child} path={at} filter={filter} choices={choices} onFilter={onFilter} />
            <Button size="small" sx={{ alignSelf: 'flex-start', ml: 2 }} onClick={() => onFilter(removeFilterNode(filter, at))}>Remove group</Button>
          </Stack>
        );
      })}
      <Stack direction="row" spacing={1}>
        <Button size="small" startIcon={<AddIcon />} onClick={() => onFilter(appendFilterNode(filter, path, newCondition('status')))}>
          Add condition
        </Button>
        {top && (
          // One level of groups: "A and (B or C)" covers what the reference's filters ask.
          <Button size="small" startIcon={<AddIcon />} onClick={() => onFilter(appendFilterNode(filter, path, { type: 'group', combinator: 'or', children: [newCondition('status')] }))}>
            Add group
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
