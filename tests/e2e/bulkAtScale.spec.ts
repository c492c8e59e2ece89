import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Activity } from '../../shared/activity';
import { generateDemoInfluencers } from '../../shared/demo/generateDemoInfluencers';
import type { Influencer } from '../../shared/influencer';
import { addMemberWithApi, newAccount, type Account } from './support/accounts';
import { serveAppFilesWhileOffline } from './support/appFilesOffline';
import { signedInWindow, windowOf, type AppWindow } from './support/appWindow';

// The scale: 1,000 of a 100,000-influencer CRM archived offline in one bulk operation.
const TOTAL = 100_000;
const TARGETS = 1_000;
// A word no generated name contains: it picks out exactly the targets.
const MARK = 'Zephyrquill';

async function createTeamWithApi(request: APIRequestContext, admin: Account): Promise<{ token: string; adminId: string }> {
  const response = await request.post('/api/teams', {
    data: { teamName: 'Scale Agency', name: admin.name, email: admin.email, password: admin.password },
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { token: string; member: { id: string } };
  return { token: body.token, adminId: body.member.id };
}

/** Seeds the team over the push API (as another member's app would), 1,000 a push. */
async function pushInfluencers(request: APIRequestContext, token: string, influencers: Influencer[]): Promise<void> {
  for (let start = 0; start < influencers.length; start += 1_000) {
    const rows = influencers.slice(start, start + 1_000).map((doc) => ({ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } }));
    const response = await request.post('/api/sync/influencers/push', { headers: { Authorization: `Bearer ${token}` }, data: rows });
    expect(response.status(), await response.text()).toBe(200);
    expect(await response.json(), 'no conflicts while seeding').toEqual([]);
  }
}

/** Every activity entry of the team, read through the pull API. */
async function pullActivities(request: APIRequestContext, token: string): Promise<Activity[]> {
  const all: Activity[] = [];
  let since = 0;
  for (;;) {
    const response = await request.get(`/api/sync/activities/pull?since=${since}&limit=1000`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { documents: Activity[]; checkpoint: { seq: number } | null };
    all.push(...body.documents);
    if (body.documents.length === 0 || body.checkpoint === null) return all;
    since = body.checkpoint.seq;
  }
}

async function countIn(window: AppWindow, view: 'All influencers' | 'Archived influencers'): Promise<number> {
  await window.list.openView(view);
  await window.list.search.fill(MARK);
  await expect(window.page.locator(`[data-results-for="${MARK}"]`)).toBeVisible();
  return window.list.shownCount();
}

test('bulk-archive 1,000 of 100,000 influencers offline; after a reload and reconnect another member sees them archived in one batch; undo brings them back', async ({ browser, request }) => {
  // Two browsers each replicate 100,000 influencers on a shared 2-core machine.
  test.setTimeout(900_000);
  const admin = newAccount('Sam Scale');
  const member = newAccount('Tia Scale');
  const { token, adminId } = await createTeamWithApi(request, admin);
  await addMemberWithApi(request, token, member);

  const influencers = generateDemoInfluencers({ count: TOTAL, seed: 7, now: Date.now(), actorId: adminId });
  const targetIds = new Set<string>();
  for (let i = 0; i < TOTAL; i += TOTAL / TARGETS) {
    const target = influencers[i]!;
    // Searched by name; the official name is what search matches, the custom one is what the list shows.
    influencers[i] = { ...target, officialName: `${MARK} ${i}`, customName: null, archived: false, liaisonId: adminId };
    targetIds.add(target.id);
  }
  await pushInfluencers(request, token, influencers);

  // Both members' apps replicate the whole CRM (at the same time: they do not wait for each other).
  const [a0, b] = await Promise.all([signedInWindow(browser, admin), signedInWindow(browser, member)]);
  let a = a0;
  await Promise.all([a.bar.expectSynced(300_000), b.bar.expectSynced(300_000)]);
  // The list catches up with the database after the replication has written it.
  await expect.poll(() => countIn(a, 'All influencers'), { timeout: 120_000 }).toBe(TARGETS);
  await expect.poll(() => countIn(b, 'All influencers'), { timeout: 120_000 }).toBe(TARGETS);

  // Offline: select all 1,000 matching (not just the loaded page) and archive them, past the preview.
  const contextA = a.page.context();
  await contextA.setOffline(true);
  await expect(a.bar.syncStatus).toContainText('Offline');
  await countIn(a, 'All influencers');
  await a.list.selectAllMatching();
  await expect(a.list.bulkActions).toContainText('1,000 selected');
  await a.list.runBulk('Archive', true);
  await expect(a.list.bulkResult).toContainText('Archived 1,000 influencers.');
  await expect(a.list.count).toHaveText('0 influencers');

  // A reload while still offline keeps them archived locally.
  const stopServingFiles = await serveAppFilesWhileOffline(contextA);
  await a.page.reload();
  a = windowOf(a.page);
  await expect(a.bar.syncStatus).toContainText('Offline');
  await expect.poll(() => countIn(a, 'All influencers'), { timeout: 120_000 }).toBe(0);
  await expect.poll(() => countIn(a, 'Archived influencers')).toBe(TARGETS);
  // The other member has not seen anything yet.
  expect(await countIn(b, 'All influencers')).toBe(TARGETS);

  // Reconnect: the operation reaches the server and, live, the other member.
  await stopServingFiles();
  await contextA.setOffline(false);
  // After a restart, RxDB's upstream first walks past the 100,000 pulled documents its
  // checkpoint may still trail (each compared with its assumed master state, none pushed)
  // before it sends the archive: a minute or two here.
  await a.bar.expectSynced(360_000);
  await expect.poll(() => countIn(b, 'Archived influencers'), { timeout: 120_000 }).toBe(TARGETS);
  await expect.poll(() => countIn(b, 'All influencers')).toBe(0);

  // The log holds one "archived" entry per influencer, all in one bulk operation.
  const archivedEntries = (await pullActivities(request, token)).filter((entry) => entry.kind === 'archived' && targetIds.has(entry.influencerId));
  expect(archivedEntries).toHaveLength(TARGETS);
  expect(new Set(archivedEntries.map((entry) => entry.influencerId)).size).toBe(TARGETS);
  const batches = new Set(archivedEntries.map((entry) => entry.batchId));
  expect(batches.size).toBe(1);
  expect([...batches][0]).toEqual(expect.any(String));

  // Undo from the snackbar restores them for both members, itself one logged batch.
  await a.list.undoLastBulk();
  await expect(a.list.bulkResult).toContainText('Undone: changed back 1,000 influencers.');
  await a.bar.expectSynced(240_000);
  await expect.poll(() => countIn(b, 'All influencers'), { timeout: 120_000 }).toBe(TARGETS);
  await expect.poll(() => countIn(b, 'Archived influencers')).toBe(0);
  const restoreEntries = (await pullActivities(request, token)).filter((entry) => entry.kind === 'restored' && targetIds.has(entry.influencerId));
  expect(restoreEntries).toHaveLength(TARGETS);
  expect(new Set(restoreEntries.map((entry) => entry.batchId)).size).toBe(1);

  await contextA.close();
  await b.page.context().close();
});
