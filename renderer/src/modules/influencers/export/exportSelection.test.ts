import { describe, expect, it } from 'vitest';
import { exportColumnsOf, rowsToExport } from './exportSelection';

const rows = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const byId = (id: string) => [...rows, { id: 'x' }].find((r) => r.id === id);

describe('rowsToExport', () => {
  it('exports the whole view when nothing is selected', () => {
    expect(rowsToExport(rows, [], byId)).toBe(rows);
  });

  it('exports the selection in the view order, then selected rows the search hides, skipping unknown ids', () => {
    expect(rowsToExport(rows, ['c', 'x', 'a', 'gone'], byId).map((r) => r.id)).toEqual(['a', 'c', 'x']);
  });
});

describe('exportColumnsOf', () => {
  it('keeps the shown columns in order with their headers, without checkboxes, actions or hidden ones', () => {
    const columns = [
      { field: '__check__', headerName: 'Checkbox selection' },
      { field: 'name', headerName: 'Name' },
      { field: 'email', headerName: 'Email' },
      { field: 'country', headerName: 'Country' },
      { field: 'quickActions', headerName: 'Quick actions', disableExport: true },
      { field: 'followers' },
    ];
    expect(exportColumnsOf(columns, { email: false, country: true })).toEqual([
      { field: 'name', header: 'Name' },
      { field: 'country', header: 'Country' },
      { field: 'followers', header: 'followers' },
    ]);
  });
});
