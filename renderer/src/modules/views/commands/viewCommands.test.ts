import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedView, ViewContent } from '../../../../../shared/views/savedView';
import { openCrmDatabase, type CrmDatabase } from '../../../db/database';
import { changeView, createView, deleteView, moveView, shareView } from './viewCommands';

let db: CrmDatabase;
let ids = 0;
const as = (memberId: string) => ({ db, memberId, now: () => 7_000, newId: () => `v-${++ids}` });
const content: ViewContent = { filter: null, search: 'beauty', sortField: 'followers', sortDirection: 'desc', hiddenColumns: ['link'] };
const stored = async (id: string) => (await db.views.findOne(id).exec())?.toJSON() as SavedView | undefined;
const ownOrder = async (memberId: string) => (await db.views.find({ selector: { ownerId: memberId } }).exec()).map((d) => d.toJSON() as SavedView).sort((a, b) => a.position - b.position).map((v) => v.name);

beforeAll(async () => {
  db = await openCrmDatabase('views-test', { storage: getRxStorageMemory(), multiInstance: false, devMode: false, collections: ['views'] });
});
afterAll(() => db.remove());

describe('view commands', () => {
  it('creates a private view owned by the member, after their other views', async () => {
    expect(await createView(as('ada'), '  First ', content)).toEqual({ status: 'saved', id: 'v-1' });
    expect(await createView(as('ada'), 'Second', content)).toEqual({ status: 'saved', id: 'v-2' });
    expect(await stored('v-1')).toMatchObject({ name: 'First', ownerId: 'ada', sharing: 'private', sharedWith: [], position: 0, search: 'beauty', createdAt: 7_000 });
    expect(await stored('v-2')).toMatchObject({ position: 1 });
  });

  it('refuses a view that does not validate, writing nothing', async () => {
    const result = await createView(as('ada'), '   ', content);
    expect(result).toMatchObject({ status: 'invalid' });
    expect(await ownOrder('ada')).toEqual(['First', 'Second']);
  });

  it('only the owner saves, renames, shares, reorders or deletes', async () => {
    const refused = { status: 'refused' };
    expect(await changeView(as('bo'), 'v-1', { name: 'Taken' })).toMatchObject(refused);
    expect(await shareView(as('bo'), 'v-1', 'team', [])).toMatchObject(refused);
    expect(await moveView(as('bo'), 'v-1', 1)).toMatchObject(refused);
    expect(await deleteView(as('bo'), 'v-1')).toMatchObject(refused);
    expect(await stored('v-1')).toMatchObject({ name: 'First', sharing: 'private' });

    expect(await changeView(as('ada'), 'v-1', { ...content, search: 'gaming', name: 'Gaming' })).toEqual({ status: 'saved', id: 'v-1' });
    expect(await shareView(as('ada'), 'v-1', 'members', ['bo', 'bo'])).toEqual({ status: 'saved', id: 'v-1' });
    expect(await stored('v-1')).toMatchObject({ name: 'Gaming', search: 'gaming', sharing: 'members', sharedWith: ['bo'], updatedBy: 'ada' });
  });

  it('moves a view among the owner’s own and deletes it', async () => {
    expect(await moveView(as('ada'), 'v-2', -1)).toEqual({ status: 'saved', id: 'v-2' });
    expect(await ownOrder('ada')).toEqual(['Second', 'Gaming']);
    expect(await deleteView(as('ada'), 'v-2')).toEqual({ status: 'saved', id: 'v-2' });
    expect(await ownOrder('ada')).toEqual(['Gaming']);
  });
});
