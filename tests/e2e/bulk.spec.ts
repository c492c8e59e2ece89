import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { serveAppFilesWhileOffline } from './support/appFilesOffline';
import { signedInWindow, windowOf, type AppWindow } from './support/appWindow';

/** How many influencers a view shows for a search. */
async function countIn(window: AppWindow, view: 'All influencers' | 'Archived influencers', search: string): Promise<number> {
  await window.list.openView(view);
  await window.list.search.fill(search);
  await expect(window.page.locator(`[data-results-for="${search}"]`)).toBeVisible();
  return window.list.shownCount();
}

// The seeded demo data (1,000) has about 540 active influencers matching this: well over 100, not all.
const SEARCH = 'com';

test('bulk-archive every influencer matching a search while offline; another member sees them archived; undo brings them back', async ({ browser, request }) => {
  // Two windows each sync 1,000 influencers and their log: more than the default allowance on a busy machine.
  test.setTimeout(240_000);
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const contextA = await browser.newContext();
  let a = windowOf(await contextA.newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Bulk Agency', admin);
  await addMemberWithApi(request, token, member);

  // Creating the team opens the empty list (no navigation: a page holding all its sync
  // streams cannot start another request to the server in Chromium).
  await expect(a.page.getByRole('heading', { name: 'All influencers' })).toBeVisible();
  await a.list.loadDemoData();
  await a.bar.expectSynced(60_000);
  const archivedBefore = await countIn(a, 'Archived influencers', SEARCH);
  const matching = await countIn(a, 'All influencers', SEARCH);
  // Enough for the preview (over 100), and not everything: the search narrows the selection.
  expect(matching).toBeGreaterThan(100);
  expect(matching).toBeLessThan(1_000);

  await a.list.selectAllMatching();
  await expect(a.list.bulkActions).toContainText(`${matching.toLocaleString('en-US')} selected`);

  // Offline: the operation is written locally and waits to be sent.
  await contextA.setOffline(true);
  await expect(a.bar.syncStatus).toContainText('Offline');
  await a.list.runBulk('Archive', true);
  await expect(a.list.bulkResult).toContainText(`Archived ${matching.toLocaleString('en-US')} influencers.`);
  await expect(a.list.bulkActions).toBeHidden();
  await expect(a.list.count).toHaveText('0 influencers');

  // A reload while still offline keeps them archived, and the result with its "Undo".
  const stopServingFiles = await serveAppFilesWhileOffline(contextA);
  await a.page.reload();
  a = windowOf(a.page);
  await expect(a.bar.syncStatus).toContainText('Offline');
  // The list may paint from its saved snapshot first, then catch up with the database.
  await expect.poll(() => countIn(a, 'All influencers', SEARCH)).toBe(0);
  await expect.poll(() => countIn(a, 'Archived influencers', SEARCH)).toBe(archivedBefore + matching);
  await expect(a.list.bulkResult.getByRole('button', { name: 'Undo' })).toBeVisible();

  // Back online, the operation reaches the server and the other member.
  await stopServingFiles();
  await contextA.setOffline(false);
  await a.bar.expectSynced(60_000);
  const b = await signedInWindow(browser, member);
  await b.bar.expectSynced(60_000);
  await expect.poll(() => countIn(b, 'Archived influencers', SEARCH), { timeout: 60_000 }).toBe(archivedBefore + matching);
  await expect.poll(() => countIn(b, 'All influencers', SEARCH)).toBe(0);

  // Undo from the snackbar: the same influencers come back, for both members.
  await a.list.undoLastBulk();
  await expect(a.list.bulkResult).toContainText(`Undone: changed back ${matching.toLocaleString('en-US')} influencers.`);
  await expect.poll(() => countIn(a, 'All influencers', SEARCH)).toBe(matching);
  await a.bar.expectSynced(60_000);
  await expect.poll(() => countIn(b, 'All influencers', SEARCH), { timeout: 60_000 }).toBe(matching);
  await expect.poll(() => countIn(b, 'Archived influencers', SEARCH)).toBe(archivedBefore);

  await contextA.close();
  await b.page.context().close();
});

test("a member's bulk archive applies where the rules allow it and says how many were refused and why", async ({ browser, request }) => {
  const admin = newAccount('Cy Admin');
  const member = newAccount('Di Member');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Refusal Agency', admin);
  await addMemberWithApi(request, token, member);
  // Cy is the liaison of all three; Cy hands one over to nobody with a bulk "Change liaison".
  for (const name of ['Ivy Stone', 'Jon Park', 'Kim Lee']) await a.list.addSelfCreatedInfluencer({ name });
  await a.list.row('Kim Lee').getByRole('checkbox').check();
  await expect(a.list.bulkActions).toContainText('1 selected');
  await a.list.bulkActions.getByRole('button', { name: 'Change liaison' }).click();
  await a.page.getByRole('menuitem', { name: 'No liaison' }).click();
  await expect(a.list.bulkResult).toContainText('Changed the liaison of 1 influencer.');
  await a.bar.expectSynced();

  // Di selects all three: only the unassigned one may be archived by a Member (by default only the liaison may).
  const d = await signedInWindow(browser, member);
  await expect(d.list.row('Kim Lee')).toContainText('Self-created');
  await expect(d.list.count).toHaveText('3 influencers');
  await d.page.getByRole('grid').getByRole('checkbox', { name: 'Select all rows' }).check();
  await expect(d.list.bulkActions).toContainText('3 selected');
  await d.list.runBulk('Archive', false);
  await expect(d.list.bulkResult).toContainText('Archived 1 influencer. 2 not archived: Only the liaison can archive this influencer.');
  await expect(d.list.count).toHaveText('2 influencers');
  await d.bar.expectSynced();
  await expect(a.list.row('Kim Lee')).toHaveCount(0);
  await a.list.openView('Archived influencers');
  await expect(a.page.getByRole('grid', { name: 'Archived influencers' }).getByRole('link', { name: 'Kim Lee', exact: true })).toBeVisible();

  await a.page.context().close();
  await d.page.context().close();
});
