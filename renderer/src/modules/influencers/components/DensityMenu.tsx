import DensityMediumIcon from '@mui/icons-material/DensityMedium';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useListStore, type ListDensity } from '../stores/listStore';

const OPTIONS: { value: ListDensity; label: string }[] = [
  { value: 'compact', label: 'Compact' },
  { value: 'standard', label: 'Standard' },
  { value: 'comfortable', label: 'Comfortable' },
];

/** Row density of the list, remembered per device with the other list preferences. */
export function DensityMenu() {
  const density = useListStore((s) => s.density);
  const setDensity = useListStore((s) => s.setDensity);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button size="small" startIcon={<DensityMediumIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu">
        Density
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {OPTIONS.map((option) => (
          <MenuItem
            key={option.value}
            selected={option.value === density}
            onClick={() => {
              setDensity(option.value);
              setAnchor(null);
            }}
          >
            {option.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
