/** The demo team: liaisons and actors of the demo data. */
export interface DemoMember {
  id: string;
  name: string;
  email: string;
}

export const DEMO_MEMBERS: readonly DemoMember[] = [
  { id: 'member-olivia', name: 'Olivia Chen', email: 'olivia@demo-agency.com' },
  { id: 'member-lucas', name: 'Lucas Moreau', email: 'lucas@demo-agency.com' },
  { id: 'member-priya', name: 'Priya Nair', email: 'priya@demo-agency.com' },
  { id: 'member-mateo', name: 'Mateo García', email: 'mateo@demo-agency.com' },
  { id: 'member-hana', name: 'Hana Suzuki', email: 'hana@demo-agency.com' },
  { id: 'member-jonas', name: 'Jonas Weber', email: 'jonas@demo-agency.com' },
];
