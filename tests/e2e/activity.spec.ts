import { expect, test } from '@playwright/test';
import { ActivityPage } from './pages/ActivityPage';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { openDetails, signedInWindow, windowOf } from './support/appWindow';

const NAMES = ['Ivy Stone', 'Jon Park', 'Kim Lee'];

test('a bulk change shows on the team activity page; its batch link leads to the operation, which is undone from there and the undo logged', async ({ browser, request }) => {
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Activity Agency', admin);
  await addMemberWithApi(request, token, member);
  for (const name of NAMES) await a.list.addSelfCreatedInfluencer({ name });

  // One bulk operation: the collaboration status of all three.
  await a.page.getByRole('grid').getByRole('checkbox', { name: 'Select all rows' }).check();
  await expect(a.list.bulkActions).toContainText('3 selected');
  await a.list.bulkActions.getByRole('button', { name: 'Change status' }).click();
  await a.page.getByRole('menuitem', { name: 'Contacted' }).click();
  await expect(a.list.bulkResult).toContainText('Changed the collaboration status of 3 influencers.');

  // The team-wide page: every influencer's entries, each naming and linking its influencer.
  const activity = new ActivityPage(a.page);
  await activity.open();
  for (const name of NAMES) {
    const change = activity.entries(`${name} — Ada Admin changed collaboration status from Not collaborated to Contacted`);
    await expect(change).toHaveCount(1);
    await expect(change.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(activity.entries(`${name} — Ada Admin added the influencer to the CRM`)).toHaveCount(1);
  }
  // Filtered by kind, the additions remain.
  await activity.filterBy({ kind: 'Added or imported' });
  await expect(activity.entries('added the influencer')).toHaveCount(3);
  await expect(activity.entries('changed collaboration status')).toHaveCount(0);
  await activity.filterBy({ kind: 'All kinds', member: 'Bo Member' });
  await expect(a.page.getByText('No activity matches these filters.')).toBeVisible();
  await activity.filterBy({ member: 'Everyone' });

  // The batch link leads to the operation's other entries.
  const firstChange = activity.entries(`${NAMES[0]} — Ada Admin changed collaboration status`);
  await firstChange.getByRole('link', { name: 'Part of a bulk operation (3 influencers)' }).click();
  await expect(a.page.getByRole('heading', { name: 'Bulk operation' })).toBeVisible();
  await expect(activity.batchSummary).toContainText('3 influencers · by Ada Admin');
  await expect(activity.batchEntries.getByRole('listitem')).toHaveCount(3);
  const batchUrl = a.page.url();
  await a.bar.expectSynced();

  // Another member sees the operation but may not undo it, and is told why.
  const b = await signedInWindow(browser, member);
  await b.page.goto(batchUrl);
  await expect(b.page.getByTestId('bulk-operation-summary')).toContainText('3 influencers · by Ada Admin', { timeout: 60_000 });
  await expect(b.page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(b.page.getByText('Only the member who made this change can undo it.')).toBeVisible();

  // Undo from the log: the values come back, and the undo is an operation of its own.
  await activity.undoButton.click();
  await expect(activity.undoResult).toContainText('Undone: changed back 3 influencers.', { timeout: 60_000 });
  await activity.undoResult.getByRole('link', { name: 'See the undo in the log' }).click();
  await expect(activity.batchSummary).toContainText('3 influencers · by Ada Admin');
  for (const name of NAMES) {
    await expect(activity.entries(`${name} — Ada Admin changed collaboration status from Contacted to Not collaborated`, activity.batchEntries)).toHaveCount(1);
  }
  await activity.open();
  await expect(activity.entries(/changed collaboration status from Contacted to Not collaborated/)).toHaveCount(3);
  await expect(activity.entries('Part of a bulk operation (3 influencers)')).toHaveCount(6);

  // The values are back on the influencer, whose own log links both operations.
  await openDetails(a, NAMES[1]!);
  await expect(a.details.status.locator('option:checked')).toHaveText('Not collaborated');
  await expect(a.details.activity.getByRole('link', { name: 'Part of a bulk operation (3 influencers)' })).toHaveCount(2);

  // The other member's window receives the undo and its entries.
  await a.bar.expectSynced();
  await b.page.goto('/#/activity');
  await expect(b.page.getByRole('list', { name: 'Team activity' }).getByRole('listitem').filter({ hasText: 'from Contacted to Not collaborated' })).toHaveCount(3, { timeout: 60_000 });

  await a.page.context().close();
  await b.page.context().close();
});
