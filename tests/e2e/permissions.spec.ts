import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { newAccount } from './support/accounts';
import { openDetails, signedInWindow, windowOf } from './support/appWindow';

test('a permission granted and revoked while a member edits offline: the server refuses the change, the app says so', async ({ browser }) => {
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  await signIn.createTeam('Permission Agency', admin);
  await a.list.addSelfCreatedInfluencer({ name: 'Pia Grant', email: 'pia@grant.example' }); // Ada is the liaison
  await a.team.addMember(member);
  const b = windowOf(await (await browser.newContext()).newPage());
  await new SignInPage(b.page).goto();
  await new SignInPage(b.page).signInWithOneTimePassword(member, 'bo chose this one');

  // By default only the liaison changes the status: Bo's control is disabled, with the reason.
  await openDetails(b, 'Pia Grant');
  await expect(b.details.status).toBeDisabled();
  await expect(b.page.getByText('Only the liaison can change the collaboration status of this influencer.')).toBeVisible();
  // The contact email is everyone's.
  await b.details.changeEmail('pia@bo.example');

  // Ada grants "Collaboration status" to all Members; Bo's app applies it live.
  await a.team.open('Data management');
  await a.team.grant('All Members', 'Collaboration status').check();
  await expect(b.details.status).toBeEnabled({ timeout: 30_000 });
  await b.details.changeStatus('Contacted');
  await b.bar.expectSynced();
  await openDetails(a, 'Pia Grant');
  await a.details.expectStatus('Contacted');

  // Bo goes offline and keeps editing; meanwhile Ada takes the permission back.
  await b.page.context().setOffline(true);
  await expect(b.bar.syncStatus).toContainText('Offline');
  await b.details.changeStatus('Negotiating');
  await b.bar.expectWaiting(2);
  await a.team.open('Data management');
  await a.team.grant('All Members', 'Collaboration status').uncheck();
  await a.bar.expectSynced();

  // Bo reconnects: the server keeps its value, records the refusal, and Bo's app says so.
  await b.page.context().setOffline(false);
  const banner = b.page.getByRole('alert').filter({ hasText: 'The server did not accept 1 of your changes' });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await b.details.expectStatus('Contacted');
  await expect(b.details.status).toBeDisabled();
  await expect(b.details.activity).toContainText('Bo Member tried to change collaboration status to Negotiating; not accepted (no permission), it stays Contacted');
  await banner.getByRole('button', { name: 'Show' }).click();
  const dialog = b.page.getByRole('dialog', { name: 'Changes not accepted' });
  await expect(dialog).toContainText('Pia Grant: you tried to change collaboration status to Negotiating');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(banner).toBeHidden();

  // Ada sees the same value and the same explanation.
  await openDetails(a, 'Pia Grant');
  await a.details.expectStatus('Contacted');
  await expect(a.details.activity).toContainText('Bo Member tried to change collaboration status to Negotiating; not accepted');
  await a.page.context().close();
  await b.page.context().close();
});

test('groups and roles: a Team Leader made Administrator leaves the group without a leader, and the app says so', async ({ browser }) => {
  const admin = newAccount('Cy Admin');
  const lead = newAccount('Dee Lead');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  await signIn.createTeam('Groups Agency', admin);
  await a.team.createGroup('Beauty');
  await a.team.addMember(lead, 'Team Leader', 'Beauty');
  await a.team.open('Groups');
  await expect(a.page.getByRole('combobox', { name: 'Team Leader of Beauty' }).locator('option:checked')).toHaveText('Dee Lead');
  // A group with members cannot be deleted.
  await expect(a.team.groups.getByRole('row', { name: 'Beauty' }).getByRole('button', { name: 'Delete' })).toBeDisabled();

  await a.team.open('Members');
  await a.team.role('Dee Lead').selectOption({ label: 'Administrator' });
  await expect(a.page.getByRole('alert').filter({ hasText: 'Beauty has no Team Leader now.' })).toBeVisible();
  await expect(a.page.getByRole('alert').filter({ hasText: 'Dee Lead is now an Administrator and has left Beauty.' })).toBeVisible();
  await expect(a.team.members.getByRole('row', { name: 'Dee Lead' })).toContainText('—'); // in no group now
  await a.team.open('Groups');
  await expect(a.page.getByRole('combobox', { name: 'Team Leader of Beauty' }).locator('option:checked')).toHaveText('No Team Leader');

  // The new Administrator chooses a password at first sign-in, then signs in with it as usual.
  const first = windowOf(await (await browser.newContext()).newPage());
  await new SignInPage(first.page).goto();
  await new SignInPage(first.page).signInWithOneTimePassword(lead, 'dee chose this one');
  await first.page.context().close();
  const d = await signedInWindow(browser, lead);
  await d.team.open('Data management');
  await expect(d.team.grant('All Members', 'Collaboration status')).toBeEnabled();
  await a.page.context().close();
  await d.page.context().close();
});
