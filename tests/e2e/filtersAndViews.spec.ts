import { expect, test, type Locator, type Page } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { signedInWindow, windowOf, type AppWindow } from './support/appWindow';

/** Picks an option of a labelled select or autocomplete inside `scope`. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape'); // closes a multiple-choice list; harmless on a select
}

/** The count once the list has caught up with the last filter edit. */
async function filteredCount(window: AppWindow): Promise<number> {
  await expect(window.page.locator('[data-filter-pending="false"]')).toBeVisible();
  return window.list.shownCount();
}

async function countFor(window: AppWindow, search: string): Promise<number> {
  await window.list.search.fill(search);
  await expect(window.page.locator(`[data-results-for="${search}"]`)).toBeVisible();
  return window.list.shownCount();
}

test('advanced filter with an OR group, chips and live count; saved as a view, restored after a reload, shared read-only with a second member who saves their own copy', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const contextA = await browser.newContext();
  let a = windowOf(await contextA.newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Views Agency', admin);
  await addMemberWithApi(request, token, member);
  await expect(a.page.getByRole('heading', { name: 'All influencers' })).toBeVisible();
  await a.list.loadDemoData();
  await a.bar.expectSynced(60_000);

  // What the search syntax says, to check the filter against something it does not share.
  const everyone = await countFor(a, '');
  const youtubeBySearch = await countFor(a, 'platform:youtube');
  await countFor(a, '');

  // Platform is YouTube AND (Has email is No OR Followers at least 100,000).
  await a.page.getByRole('button', { name: 'Advanced filter' }).click();
  const builder = a.page.getByRole('region', { name: 'Advanced filter' });
  await builder.getByRole('button', { name: 'Add condition' }).click();
  const first = builder.getByRole('group', { name: 'Condition 1' });
  await choose(a.page, first, 'Field', 'Platform');
  await expect(first).toContainText('Not applied yet');
  await expect(a.list.count).toHaveText(`${everyone.toLocaleString('en-US')} influencers`);
  await choose(a.page, first, 'Values', 'YouTube');
  await expect(a.list.count).toHaveText(`${youtubeBySearch.toLocaleString('en-US')} influencers`);

  await builder.getByRole('button', { name: 'Add group' }).click();
  const group = builder.getByRole('group', { name: 'Group 1' });
  await expect(group.getByRole('combobox', { name: 'Match' })).toHaveText('any condition (OR)');
  const noEmail = group.getByRole('group', { name: 'Condition 1' });
  await choose(a.page, noEmail, 'Field', 'Has email');
  await choose(a.page, noEmail, 'Value', 'No');
  await expect(a.page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: 'Has no email', exact: true })).toBeVisible();
  const youtubeWithoutEmail = await filteredCount(a);
  expect(youtubeWithoutEmail).toBeLessThan(youtubeBySearch);
  await group.getByRole('button', { name: 'Add condition' }).click();
  const big = group.getByRole('group', { name: 'Condition 2' });
  await choose(a.page, big, 'Field', 'Followers');
  await big.getByRole('spinbutton', { name: 'Minimum' }).fill('100000');
  // OR widens: those without an email, plus the big channels that have one.
  await expect(a.page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: 'Followers at least 100,000', exact: true })).toBeVisible();
  const withOr = await filteredCount(a);
  expect(withOr).toBeGreaterThan(youtubeWithoutEmail);
  expect(withOr).toBeLessThanOrEqual(youtubeBySearch);

  const chips = a.page.getByRole('group', { name: 'Active filters' });
  await expect(chips.getByRole('button', { name: 'Platform is YouTube', exact: true })).toBeVisible();
  await expect(chips.getByRole('button', { name: 'Has no email', exact: true })).toBeVisible();
  await expect(chips.getByRole('button', { name: 'Followers at least 100,000', exact: true })).toBeVisible();
  await expect(chips).toContainText('or');

  // Removing a chip takes its condition out of the builder and the list.
  await chips.getByRole('button', { name: 'Remove Followers at least 100,000' }).click();
  await expect(chips.getByRole('button', { name: 'Followers at least 100,000', exact: true })).toBeHidden();
  await expect(big).toBeHidden();
  await expect(a.list.count).toHaveText(`${youtubeWithoutEmail.toLocaleString('en-US')} influencers`);
  await builder.getByRole('button', { name: 'Close' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();

  // Save as new view: it opens, with nothing unsaved.
  await a.page.getByRole('button', { name: 'Save as new view' }).click();
  const nameDialog = a.page.getByRole('dialog', { name: 'Save as new view' });
  await nameDialog.getByRole('textbox', { name: 'Name' }).fill('YouTube without email');
  await nameDialog.getByRole('button', { name: 'Save' }).click();
  await expect(nameDialog).toBeHidden();
  await expect(a.page.getByRole('tab', { name: 'YouTube without email' })).toHaveAttribute('aria-selected', 'true');
  await expect(a.page.getByRole('heading', { name: 'YouTube without email' })).toBeVisible();
  await expect(a.page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeHidden();
  await expect(a.list.count).toHaveText(`${youtubeWithoutEmail.toLocaleString('en-US')} influencers`);

  // An unsaved change (a search) and a reload: the view, its filter and the change come back.
  const searched = await countFor(a, 'a');
  await expect(a.page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  await a.page.reload();
  a = windowOf(a.page);
  await expect(a.page.getByRole('heading', { name: 'YouTube without email' })).toBeVisible();
  await expect(a.list.search).toHaveValue('a');
  await expect(a.page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  await expect(a.page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: 'Has no email', exact: true })).toBeVisible();
  await expect(a.list.count).toHaveText(`${searched.toLocaleString('en-US')} influencers`);
  await a.page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(a.list.search).toHaveValue('');
  await expect(a.list.count).toHaveText(`${youtubeWithoutEmail.toLocaleString('en-US')} influencers`);

  // Share with the second member.
  await a.page.getByRole('button', { name: 'View options' }).click();
  await a.page.getByRole('menuitem', { name: 'Share' }).click();
  const share = a.page.getByRole('dialog', { name: /^Share/ });
  await share.getByRole('radio', { name: 'Chosen members' }).check();
  await share.getByRole('checkbox', { name: member.name }).check();
  await share.getByRole('button', { name: 'Share' }).click();
  await expect(share).toBeHidden();
  await a.bar.expectSynced(60_000);

  // The member sees it read-only, with the same rows, and keeps their own copy.
  const b = await signedInWindow(browser, member);
  await b.bar.expectSynced(60_000);
  const sharedTab = b.page.getByRole('tab', { name: 'YouTube without email' });
  await expect(sharedTab).toBeVisible({ timeout: 60_000 });
  await sharedTab.click();
  await expect(b.page.getByRole('heading', { name: 'YouTube without email' })).toBeVisible();
  await expect(b.page.getByText(`Shared by ${admin.name} · read-only`)).toBeVisible();
  await expect(b.page.getByRole('button', { name: 'View options' })).toBeHidden();
  await expect.poll(() => b.list.shownCount(), { timeout: 60_000 }).toBe(youtubeWithoutEmail);
  // A change of their own can be kept only as a new view.
  await b.list.search.fill('a');
  await expect(b.page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
  await expect(b.page.getByRole('button', { name: 'Save changes' })).toBeHidden();
  await b.page.getByRole('button', { name: 'Save as new view' }).click();
  const copyDialog = b.page.getByRole('dialog', { name: 'Save as new view' });
  await copyDialog.getByRole('textbox', { name: 'Name' }).fill('My YouTube list');
  await copyDialog.getByRole('button', { name: 'Save' }).click();
  await expect(b.page.getByRole('tab', { name: 'My YouTube list' })).toHaveAttribute('aria-selected', 'true');
  await expect(b.page.getByRole('button', { name: 'View options' })).toBeVisible();
  await expect(b.list.count).toHaveText(`${searched.toLocaleString('en-US')} influencers`);
  // Private to them: the owner of the shared view does not get it.
  await b.bar.expectSynced(60_000);
  await expect(a.page.getByRole('tab', { name: 'My YouTube list' })).toBeHidden();

  await contextA.close();
  await b.page.context().close();
});
