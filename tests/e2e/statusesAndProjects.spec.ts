import { expect, test } from '@playwright/test';
import { EmailProjectsPage } from './pages/EmailProjectsPage';
import { SignInPage } from './pages/SignInPage';
import { StatusSettings } from './pages/StatusSettings';
import { addMemberWithApi, newAccount } from './support/accounts';
import { openDetails, signedInWindow, windowOf } from './support/appWindow';

test('an Administrator adds, renames, recolors, reorders and retires a custom status; a member is offered it, not the retired one, and reads the settings only', async ({ browser, request }) => {
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Status Agency', admin);
  await addMemberWithApi(request, token, member);
  await a.list.addSelfCreatedInfluencer({ name: 'Lea Self', link: 'lea.example' });
  // Members may change the collaboration status of Ada's influencers.
  await a.team.open('Data management');
  await a.team.grant('All Members', 'Collaboration status').check();

  await a.team.open('Statuses');
  const statuses = new StatusSettings(a.page);
  await statuses.add('Influencer', 'VIP outreach', 'Purple');
  await statuses.rename('VIP outreach', 'VIP');
  await expect(statuses.list('Influencer').getByRole('listitem', { name: 'VIP', exact: true })).toBeVisible();
  await statuses.recolor('VIP', 'Green');
  // Reordered with the keyboard: focus "Move VIP up" and press Enter.
  await statuses.panel.getByRole('button', { name: 'Move VIP up' }).focus();
  await a.page.keyboard.press('Enter');
  await expect.poll(async () => (await statuses.labels('Influencer')).slice(-2)).toEqual(['VIP', 'Content posted']);
  await statuses.add('Influencer', 'Old lead', 'Brown');
  await statuses.retire('Influencer', 'Old lead');
  await expect(statuses.list('Influencer').getByRole('listitem', { name: 'Old lead' })).toHaveCount(0);
  // A predefined status keeps its name, and the initial status cannot be retired.
  await expect(statuses.panel.getByRole('button', { name: 'Rename Contacted' })).toHaveCount(0);
  await statuses.add('Contract', 'Contract drafted', 'Blue');
  await expect.poll(() => statuses.labels('Contract')).toEqual(['Contract sent', 'Contract signed', 'Contract drafted']);
  await a.bar.expectSynced();

  // Bo: VIP is offered on the details page (in its place), Old lead is not.
  const b = await signedInWindow(browser, member);
  await openDetails(b, 'Lea Self');
  const options = b.details.status.locator('option');
  await expect(options.filter({ hasText: 'VIP' })).toHaveCount(1, { timeout: 30_000 });
  await expect(options.filter({ hasText: 'Old lead' })).toHaveCount(0);
  expect((await options.allTextContents()).slice(-2)).toEqual(['VIP', 'Content posted']);
  await b.details.changeStatus('VIP');
  await expect(b.details.statusOf('Contract status').locator('option', { hasText: 'Contract drafted' })).toHaveCount(1);
  await expect(b.details.activity).toContainText('Bo Member changed collaboration status from Not collaborated to VIP');

  // Bo reads the statuses but cannot change them, and is told why.
  await b.team.open('Statuses');
  const readOnly = new StatusSettings(b.page);
  await expect(readOnly.panel).toContainText('Only Administrators can change statuses.');
  await expect(readOnly.list('Influencer').getByRole('listitem', { name: 'VIP', exact: true })).toBeVisible();
  await expect(readOnly.panel.getByRole('button', { name: 'Retire VIP' })).toBeDisabled();
  await expect(readOnly.color('VIP')).toBeDisabled();
  await expect(readOnly.panel.getByRole('form', { name: 'Add Influencer status' })).toHaveCount(0);
  await expect(readOnly.retiredList('Influencer')).toContainText('Old lead');

  // Ada retires VIP while Lea has it: Lea still reads VIP, but it is no longer offered elsewhere.
  await statuses.retire('Influencer', 'VIP');
  // New influencers start at the team's initial collaboration status.
  const initial = statuses.panel.getByRole('combobox', { name: 'Initial collaboration status' });
  await expect(initial.locator('option', { hasText: 'VIP' })).toHaveCount(0);
  await initial.selectOption({ label: 'Prospects' });
  await expect(initial.locator('option:checked')).toHaveText('Prospects');
  await a.bar.expectSynced();
  await a.page.goto('/#/');
  await a.list.addSelfCreatedInfluencer({ name: 'Max Other', link: 'max.example' });
  await openDetails(b, 'Lea Self');
  await expect(b.details.status.locator('option:checked')).toHaveText('VIP (retired)', { timeout: 30_000 });
  await openDetails(b, 'Max Other');
  await b.details.expectStatus('Prospects');
  await expect(b.details.status.locator('option', { hasText: 'VIP' })).toHaveCount(0);
});

test('email projects: create one, bulk-add selected influencers (offline too), see the project by name in their Overview, rename it', async ({ browser, request }) => {
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Projects Agency', admin);
  await addMemberWithApi(request, token, member);
  for (const name of ['Lea Self', 'Kim Lee', 'Max Other']) await a.list.addSelfCreatedInfluencer({ name, link: `${name.split(' ')[0]?.toLowerCase()}.example` });
  await a.bar.expectSynced();

  const b = await signedInWindow(browser, member);
  const projects = new EmailProjectsPage(b.page);
  await projects.open();
  await projects.create('Summer launch');
  await projects.create('Winter drop');
  await projects.page.getByRole('textbox', { name: 'New project' }).fill('summer LAUNCH');
  await projects.page.getByRole('button', { name: 'Create project' }).click();
  await expect(b.page.getByRole('alert')).toContainText('There is already a project called "Summer launch".');
  await b.page.getByRole('button', { name: 'Archive Winter drop' }).click();
  await expect(projects.row('Winter drop')).toContainText('Archived');

  await b.page.goto('/#/');
  await expect(b.list.row('Max Other')).toBeVisible({ timeout: 30_000 });
  await b.list.row('Lea Self').getByRole('checkbox').check();
  await b.list.row('Kim Lee').getByRole('checkbox').check();
  await b.list.bulkActions.getByRole('button', { name: 'Add to email project' }).click();
  // Archived projects are not offered.
  await expect(b.page.getByRole('menuitem', { name: 'Winter drop' })).toHaveCount(0);
  await b.page.getByRole('menuitem', { name: 'Summer launch' }).click();
  await expect(b.list.bulkResult).toContainText('Added 2 influencers to Summer launch.');

  // Offline: one new member, one already in.
  await b.page.context().setOffline(true);
  await expect(b.bar.syncStatus).toContainText('Offline');
  await b.list.row('Kim Lee').getByRole('checkbox').check();
  await b.list.row('Max Other').getByRole('checkbox').check();
  await b.list.bulkActions.getByRole('button', { name: 'Add to email project' }).click();
  await b.page.getByRole('menuitem', { name: 'Summer launch' }).click();
  await expect(b.list.bulkResult).toContainText('Added 1 influencer to Summer launch; 1 was already a member.');
  await openDetails(b, 'Max Other');
  await expect(b.details.overview.getByRole('list', { name: 'Email projects' })).toHaveText('Summer launch');
  await expect(b.details.activity).toContainText('Bo Member added to email project Summer launch');
  await b.bar.expectWaiting(2);
  await b.page.context().setOffline(false);
  await b.bar.expectSynced(60_000);

  // Ada sees the memberships by name, and a rename reaches every Overview.
  await openDetails(a, 'Kim Lee');
  await expect(a.details.overview.getByRole('list', { name: 'Email projects' })).toHaveText('Summer launch', { timeout: 30_000 });
  await expect(a.details.activity).toContainText('Bo Member added to email project Summer launch');
  const adaProjects = new EmailProjectsPage(a.page);
  await adaProjects.open();
  await expect(adaProjects.row('Summer launch')).toContainText('3');
  await adaProjects.rename('Summer launch', 'Summer launch 2026');
  await openDetails(b, 'Lea Self');
  await expect(b.details.overview.getByRole('list', { name: 'Email projects' })).toHaveText('Summer launch 2026', { timeout: 30_000 });
});
