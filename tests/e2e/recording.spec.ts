import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { openDetails, signedInWindow, windowOf } from './support/appWindow';

// The server records against the fixture YouTube Data API (playwright.config.ts starts it).
test('record self-created influencers: asked offline, "Recording…" locks the page, then a platform influencer; a failure keeps it self-created with the reason', async ({ browser, request }) => {
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Recording Agency', admin);
  await addMemberWithApi(request, token, member);
  await a.list.addSelfCreatedInfluencer({ name: 'Ana Cozinha', link: 'youtube.com/@AnaCooks', email: 'ana@agency.example' });
  await a.list.addSelfCreatedInfluencer({ name: 'Nobody Here', link: 'youtube.com/@no_such_channel' });
  await a.bar.expectSynced();

  // Offline, "Record" is a local change waiting to be sent; the page is locked meanwhile.
  await openDetails(a, 'Ana Cozinha');
  const type = a.page.getByRole('group', { name: 'Type' });
  await expect(type).toHaveText(/Self-created influencer/);
  await a.page.context().setOffline(true);
  await expect(a.bar.syncStatus).toContainText('Offline');
  await a.page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'Recording…' })).toBeVisible();
  await expect(a.page.getByRole('button', { name: 'Record', exact: true })).toHaveCount(0);
  await expect(a.details.nameEditButton()).toBeDisabled();
  await expect(a.details.linkField.getByRole('button', { name: 'Edit' })).toBeDisabled();
  await expect(a.details.emailField.getByRole('button', { name: 'Edit' })).toBeDisabled();
  await expect(a.details.statusOf('Collaboration status')).toBeDisabled();
  await expect(a.details.statusOf('Payment status')).toBeDisabled();
  await expect(a.details.channelsField.getByRole('button', { name: 'Add channel' })).toBeDisabled();
  await expect(a.page.getByRole('button', { name: 'Archive' })).toBeDisabled();
  await expect(a.details.statusOf('Collaboration status')).toHaveAccessibleDescription(/Recording… This influencer can be changed again when the recording is done\./);
  await expect(a.details.activity).toContainText('Ada Admin asked for the influencer to be recorded');
  await a.bar.expectWaiting(2); // the influencer and its log entry

  // Back online, the request reaches the server, which records it against the fixture.
  await a.page.context().setOffline(false);
  await expect(type).toHaveText(/Platform influencer/, { timeout: 30_000 });
  await a.details.expectName('Ana Cozinha'); // the name the team gave is kept as the custom name
  await expect(a.page.getByRole('group', { name: 'Name' })).toContainText('Ana Cooks');
  await expect(a.page.getByRole('group', { name: 'Channel ID' })).toHaveText(/UCanacooks0000000000000A/);
  await expect(a.page.getByRole('group', { name: 'Platform' })).toHaveText(/YouTube/);
  await expect(a.details.linkField.getByRole('link', { name: 'https://www.youtube.com/channel/UCanacooks0000000000000A' })).toBeVisible();
  const profile = a.page.getByRole('region', { name: 'Profile' });
  await expect(profile).toContainText('@anacooks');
  await expect(profile).toContainText('Receitas simples, todos os dias.');
  await expect(a.page.getByRole('status').filter({ hasText: 'Recording…' })).toHaveCount(0);
  await expect(a.details.statusOf('Collaboration status')).toBeEnabled();
  await expect(a.details.activity).toContainText('Ada Admin started recording: the server is looking the profile up');
  await expect(a.details.activity).toContainText('Ada Admin recorded the influencer: it is now a platform influencer');
  await expect(a.details.activity).toContainText('Ada Admin changed the type from self-created to platform influencer');
  await expect(a.details.activity).toContainText('Ada Admin changed channel ID from nothing to UCanacooks0000000000000A');
  await a.bar.expectSynced();

  // A handle YouTube does not know: the recording fails, the influencer stays self-created.
  await openDetails(a, 'Nobody Here');
  await a.page.getByRole('button', { name: 'Record', exact: true }).click();
  const reason = 'No YouTube channel has the handle @no_such_channel. Check the link and record again.';
  await expect(a.page.getByRole('alert').filter({ hasText: `Recording failed: ${reason}` })).toBeVisible({ timeout: 30_000 });
  await expect(type).toHaveText(/Self-created influencer/);
  await expect(a.details.activity).toContainText(`Ada Admin recording failed: ${reason}`);
  await expect(a.details.statusOf('Collaboration status')).toBeEnabled();
  // It can be corrected and recorded again, or the failure dismissed.
  await expect(a.page.getByRole('button', { name: 'Record', exact: true })).toBeEnabled();
  await a.page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(a.page.getByRole('alert').filter({ hasText: 'Recording failed' })).toHaveCount(0);
  await expect(a.details.activity).toContainText('Ada Admin dismissed the failed recording');

  await a.bar.expectSynced();

  // Another member sees the recorded influencer and its log; recording is guarded like the
  // link, which only Ada (the liaison) may change under the default settings.
  const b = await signedInWindow(browser, member);
  await openDetails(b, 'Ana Cozinha');
  await expect(b.page.getByRole('group', { name: 'Type' })).toHaveText(/Platform influencer/);
  await expect(b.page.getByRole('group', { name: 'Channel ID' })).toHaveText(/UCanacooks0000000000000A/);
  await expect(b.details.activity).toContainText('Ada Admin recorded the influencer: it is now a platform influencer');
  await openDetails(b, 'Nobody Here');
  const record = b.page.getByRole('button', { name: 'Record', exact: true });
  await expect(record).toBeDisabled();
  await expect(record).toHaveAccessibleDescription('Only the liaison can change the link of this influencer.');
});
