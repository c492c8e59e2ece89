import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { SEARCH_INPUT_ID } from '../keyboard/keyPlace';
import { useListStore } from '../stores/listStore';

/** The quick search over names, emails and channel ids; every keystroke filters in memory. */
export function InfluencerSearchBox() {
  const search = useListStore((s) => s.search);
  const setSearch = useListStore((s) => s.setSearch);
  return (
    <TextField
      id={SEARCH_INPUT_ID}
      size="small"
      label="Search"
      placeholder="Name, email or channel ID"
      value={search}
      onChange={(event) => setSearch(event.target.value)}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
      sx={{ width: 320 }}
    />
  );
}
