import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { openDetails, signedInWindow, windowOf } from './support/appWindow';

test('the details page: names, link, channels, email, three statuses with and without permission; Overview records added offline reach another member with their log', async ({ browser, request }) => {
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');
  const a = windowOf(await (await browser.newContext()).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Details Agency', admin);
  await addMemberWithApi(request, token, member);
  // Ada creates both influencers, so she is their liaison (the default rule: only she may
  // change their names, links and collaboration status).
  await a.list.addSelfCreatedInfluencer({ name: 'Lea Self', link: 'lea.example', email: 'lea@self.example' });
  await a.list.addPlatformInfluencer('https://www.youtube.com/@KaiRivers');

  // Names and link of a self-created influencer; another channel.
  await openDetails(a, 'Lea Self');
  await a.details.editNames({ official: 'Lea Selfridge', custom: 'Lea S.' });
  await a.details.expectName('Lea S.');
  await expect(a.page.getByRole('group', { name: 'Name' })).toContainText('Official name: Lea Selfridge');
  await a.details.editLink('lea.example/links');
  await expect(a.details.linkField.getByRole('link', { name: 'https://lea.example/links' })).toBeVisible();
  await a.details.addChannel('@leaself', 'X');
  await expect(a.details.channelsField.getByRole('link', { name: 'https://x.com/leaself' })).toBeVisible();

  // Channels are searched, and adding someone's channel again offers them instead of a duplicate.
  await a.page.goto('/#/');
  await a.list.search.fill('leaself');
  await expect(a.list.count).toHaveText('1 influencers');
  await expect(a.list.row('Lea S.')).toBeVisible();
  await a.list.search.fill('');
  const addDialog = a.page.getByRole('dialog', { name: 'Add influencer' });
  await a.page.getByRole('button', { name: 'Add influencer' }).first().click();
  await addDialog.getByRole('tab', { name: 'Self-created influencer' }).click();
  await addDialog.getByRole('textbox', { name: 'Link' }).fill('https://twitter.com/LeaSelf');
  await addDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(addDialog.getByText('Already in your CRM: Lea S.')).toBeVisible();
  await expect(addDialog.getByRole('button', { name: 'Add link to this influencer' })).toHaveCount(0);
  await addDialog.getByRole('button', { name: 'Cancel' }).click();
  // Her TikTok, with her email: the dialog offers to extend her instead of adding a second Lea.
  await a.page.getByRole('button', { name: 'Add influencer' }).first().click();
  await addDialog.getByRole('textbox', { name: 'Profile link' }).fill('https://www.tiktok.com/@lea.self');
  await addDialog.getByRole('textbox', { name: 'Email' }).fill('LEA@self.example');
  await addDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(addDialog).toContainText('Same email as Lea S.');
  await addDialog.getByRole('button', { name: 'Add link to this influencer' }).click();
  await expect(addDialog).toBeHidden();
  await a.details.expectName('Lea S.');
  await expect(a.details.channelsField.getByRole('link', { name: /tiktok\.com\/@lea\.self/ })).toBeVisible();
  await expect(a.list.count).toHaveCount(0); // on the details page, not a new list entry
  await a.page.goto('/#/');
  await expect(a.list.count).toHaveText('2 influencers');

  // A platform influencer: its link is fixed; a manual email overrides the platform's, and back.
  await openDetails(a, 'kairivers');
  await expect(a.details.linkField.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await a.details.changeEmail('kai@manual.example');
  await a.details.usePlatformEmail();
  await expect(a.details.emailField).not.toContainText('kai@manual.example');
  await a.details.changeEmail('kai@rivers.example');
  await a.details.changeGroupStatus('Collaboration status', 'Contacted');
  await a.details.changeGroupStatus('Contract status', 'Contract sent');
  await a.details.changeGroupStatus('Payment status', '50% paid');
  await a.bar.expectSynced();

  // Bo has no permission for the guarded fields, but contract/payment status and email are everyone's.
  const b = await signedInWindow(browser, member);
  await openDetails(b, 'kairivers');
  await expect(b.details.statusOf('Collaboration status')).toBeDisabled();
  await expect(b.details.nameEditButton()).toBeDisabled();
  await b.details.expectStatus('Contacted');
  await b.details.changeGroupStatus('Payment status', 'Paid fully');
  await expect(b.details.emailField).toContainText('kai@rivers.example');
  await openDetails(b, 'Lea S.');
  await expect(b.details.linkField.getByRole('button', { name: 'Edit' })).toBeDisabled();
  await expect(b.details.channelsField).toContainText('https://x.com/leaself');
  await b.bar.expectSynced();

  // Ada, offline, records a shipment, an expense and a content post.
  await openDetails(a, 'kairivers');
  await expect(a.details.statusOf('Payment status').locator('option:checked')).toHaveText('Paid fully');
  await a.page.context().setOffline(true);
  await expect(a.bar.syncStatus).toContainText('Offline');
  await a.details.addShipment({ item: 'Blender X2', carrier: 'DHL', trackingNumber: 'JD0146000012345', status: 'In transit' });
  await a.details.addExpense({ amount: '1250.50', currency: 'EUR', category: 'Fee' });
  await a.details.addExpense({ amount: '99', currency: 'USD', category: 'Shipping' });
  await a.details.addContentPost({ url: 'https://www.youtube.com/watch?v=abc123', views: '120000', likes: '8000' });
  await expect(a.details.records('Logistics tracking')).toContainText('Blender X2 — DHL JD0146000012345');
  await expect(a.details.overview.getByLabel('Expense totals')).toHaveText('Total: 1250.50 EUR · 99.00 USD');
  // Four records and their four log entries wait to be sent.
  await a.bar.expectWaiting(8);
  await a.page.context().setOffline(false);
  await a.bar.expectSynced(60_000);

  // Bo sees them, with their activity entries.
  await openDetails(b, 'kairivers');
  await expect(b.details.records('Logistics tracking')).toContainText('Blender X2 — DHL JD0146000012345', { timeout: 30_000 });
  await expect(b.details.records('Logistics tracking')).toContainText('In transit');
  await expect(b.details.records('Marketing expenses')).toContainText('1250.50 EUR — Fee');
  await expect(b.details.overview.getByLabel('Expense totals')).toHaveText('Total: 1250.50 EUR · 99.00 USD');
  await expect(b.details.records('Content monitoring')).toContainText('https://www.youtube.com/watch?v=abc123');
  await expect(b.details.records('Content monitoring')).toContainText('120,000 views');
  await expect(b.details.activity).toContainText('Ada Admin added a shipment: Blender X2');
  await expect(b.details.activity).toContainText('Ada Admin added an expense: 1250.50 EUR');
  await expect(b.details.activity).toContainText('Ada Admin added a content post: https://www.youtube.com/watch?v=abc123');
  await expect(b.details.activity).toContainText('Ada Admin changed contract status from nothing to Contract sent');
  await expect(b.details.activity).toContainText('Bo Member changed payment status from 50% paid to Paid fully');

  // The log filters by kind and by member.
  await b.details.filterActivity({ kind: 'Overview records' });
  await expect(b.details.activity.getByRole('listitem')).toHaveCount(4);
  await b.details.filterActivity({ kind: 'All kinds', member: 'Bo Member' });
  await expect(b.details.activity.getByRole('listitem')).toHaveCount(1);
  await expect(b.details.activity).toContainText('Bo Member changed payment status');

  // A self-created influencer's Overview shows its email projects only.
  await openDetails(b, 'Lea S.');
  await expect(b.details.overview).toContainText('Email projects');
  await expect(b.details.overview.getByRole('button', { name: 'Add shipment' })).toHaveCount(0);
});
