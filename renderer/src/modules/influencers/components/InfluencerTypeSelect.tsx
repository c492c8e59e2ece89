import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import { INFLUENCER_TYPE_SCOPES, type InfluencerTypeScope } from '../../../../../shared/search/compileSearch';
import { useInfluencerTypeStore } from '../stores/influencerTypeStore';
import { useListStore } from '../stores/listStore';

const LABELS: Record<InfluencerTypeScope, string> = {
  all: 'All',
  platform: 'Platform influencers',
  custom: 'Self-created influencers',
};

function isScope(value: string): value is InfluencerTypeScope {
  return (INFLUENCER_TYPE_SCOPES as readonly string[]).includes(value);
}

/** Chooses the influencer type the search looks at, next to the search box. */
export function InfluencerTypeSelect() {
  const scope = useInfluencerTypeStore((s) => s.scope);
  return (
    <FormControl size="small" sx={{ minWidth: 200 }}>
      <InputLabel id="influencer-type-label">Influencer type</InputLabel>
      <Select
        labelId="influencer-type-label"
        label="Influencer type"
        value={scope}
        onChange={(event) => {
          if (!isScope(event.target.value)) return;
          useInfluencerTypeStore.getState().setScope(event.target.value);
          // Another set of rows: start again at the first page, as a new search does.
          const list = useListStore.getState();
          list.setPage(0, list.pageSize);
        }}
      >
        {INFLUENCER_TYPE_SCOPES.map((s) => (
          <MenuItem key={s} value={s}>{LABELS[s]}</MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
