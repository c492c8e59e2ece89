import { describe, expect, it } from 'vitest';
import { contextFor, influencer, settingsGranting } from './permissionTestFixtures';
import { splitByPermission } from './splitByPermission';

describe('splitByPermission', () => {
  it('splits a mixed selection into what the actor may change and what not, with reasons', () => {
    const own = influencer({ id: 'own', liaisonId: 'hLead' });
    const team = influencer({ id: 'team', liaisonId: 'hMem' });
    const other = influencer({ id: 'other', liaisonId: 'gMem' });
    const free = influencer({ id: 'free', liaisonId: null });
    const split = splitByPermission(contextFor('hLead', settingsGranting('archive', { liaisonGroupLeader: true })), [own, team, other, free], 'archive');
    expect(split.allowed.map((i) => i.id)).toEqual(['own', 'team', 'free']);
    expect(split.refused).toEqual([{ influencer: other, reason: "Only the liaison or the Team Leader of the liaison's group can archive this influencer." }]);
  });
});
