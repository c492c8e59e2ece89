/** Colored labels (reference 003's colored groups) used by the demo data. */
export interface DemoLabel {
  id: string;
  name: string;
  color: string;
}

export const DEMO_LABELS: readonly DemoLabel[] = [
  { id: 'label-beauty', name: 'Beauty', color: '#d81b60' },
  { id: 'label-gaming', name: 'Gaming', color: '#5e35b1' },
  { id: 'label-tech', name: 'Tech', color: '#1e88e5' },
  { id: 'label-fitness', name: 'Fitness', color: '#43a047' },
  { id: 'label-food', name: 'Food', color: '#fb8c00' },
  { id: 'label-travel', name: 'Travel', color: '#00897b' },
  { id: 'label-fashion', name: 'Fashion', color: '#8e24aa' },
  { id: 'label-vip', name: 'VIP', color: '#c62828' },
  { id: 'label-q4-campaign', name: 'Q4 campaign', color: '#6d4c41' },
  { id: 'label-do-not-contact', name: 'Do not contact', color: '#546e7a' },
];
