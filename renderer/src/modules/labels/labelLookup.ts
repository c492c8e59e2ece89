import { DEMO_LABELS } from '../../../../shared/demo/demoLabels';

export interface LabelInfo {
  id: string;
  name: string;
  color: string;
}

// Labels become team data with the list-workflows issue; until then the demo set names them.
const labels = new Map<string, LabelInfo>(DEMO_LABELS.map((l) => [l.id, l]));

export function labelInfo(id: string): LabelInfo {
  return labels.get(id) ?? { id, name: id, color: '#9e9e9e' };
}
