import { expect, test, type Locator } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { openDetails, signedInWindow, windowOf, type AppWindow } from './support/appWindow';

const TEAL = 'rgb(0, 137, 123)';

function labelsDialog(w: AppWindow): Locator {
  return w.page.getByRole('dialog', { name: 'Labels' });
}

async function openLabels(w: AppWindow): Promise<Locator> {
  await w.page.goto('/#/');
  await w.page.getByRole('button', { name: 'Labels', exact: true }).click();
  const dialog = labelsDialog(w);
  await expect(dialog).toBeVisible();
  return dialog;
}

async function createLabel(dialog: Locator, name: string): Promise<void> {
  await dialog.getByRole('textbox', { name: 'Label name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create label' }).click();
  await expect(dialog.getByRole('listitem', { name, exact: true })).toBeVisible();
}

async function closeLabels(w: AppWindow): Promise<void> {
  await labelsDialog(w).getByRole('button', { name: 'Done' }).click();
  await expect(labelsDialog(w)).toBeHidden();
}

/** Selects these rows, then runs "Add label"/"Remove label" with the named label. */
async function bulkLabel(w: AppWindow, names: string[], action: 'Add label' | 'Remove label', label: string): Promise<void> {
  for (const name of names) await w.list.row(name).getByRole('checkbox').check();
  await expect(w.list.bulkActions).toContainText(`${names.length} selected`);
  await w.list.bulkActions.getByRole('button', { name: action }).click();
  await w.page.getByRole('menuitem', { name: label }).click();
}

async function searchCount(w: AppWindow, search: string): Promise<string | null> {
  await w.list.search.fill(search);
  await expect(w.page.locator(`[data-results-for="${search}"]`)).toBeVisible();
  return w.list.count.textContent();
}

test('labels: create, recolor, bulk add offline, markers, label:/group: search, remove, merge, delete with its count; a Member is told why merge and delete are not theirs', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const admin = newAccount('Lia Admin');
  const member = newAccount('Max Member');
  const context = await browser.newContext();
  const a = windowOf(await context.newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Label Agency', admin);
  await addMemberWithApi(request, token, member);
  for (const name of ['Ivy Stone', 'Jon Park', 'Kim Lee']) await a.list.addSelfCreatedInfluencer({ name });
  await expect(a.list.count).toHaveText('3 influencers');

  // Create three labels; a taken name (ignoring case and accents) is refused with the reason.
  let dialog = await openLabels(a);
  await createLabel(dialog, 'Élite');
  await createLabel(dialog, 'Fans');
  await createLabel(dialog, 'Critics');
  await dialog.getByRole('textbox', { name: 'Label name' }).fill('ELITE');
  await dialog.getByRole('button', { name: 'Create label' }).click();
  await expect(dialog.getByRole('alert')).toContainText('There is already a label named Élite.');

  // Recolor Élite.
  await dialog.getByRole('button', { name: 'Change color of Élite' }).click();
  await a.page.getByRole('menuitem', { name: 'Teal' }).click();
  await closeLabels(a);

  // Bulk "Add label" while offline: written locally, markers at once, sent when back online.
  await context.setOffline(true);
  await expect(a.bar.syncStatus).toContainText('Offline');
  await bulkLabel(a, ['Ivy Stone', 'Jon Park'], 'Add label', 'Élite');
  await expect(a.list.bulkResult).toContainText('Added the label Élite to 2 influencers.');
  const marker = a.list.row('Ivy Stone').getByRole('img', { name: 'Label Élite' });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveCSS('background-color', TEAL);
  await expect(a.list.row('Jon Park').getByRole('img', { name: 'Label Élite' })).toBeVisible();
  await expect(a.list.row('Kim Lee').getByRole('img', { name: /^Label / })).toHaveCount(0);
  await bulkLabel(a, ['Kim Lee'], 'Add label', 'Fans');
  await expect(a.list.bulkResult).toContainText('Added the label Fans to 1 influencer.');
  await context.setOffline(false);
  await a.bar.expectSynced(60_000);

  // Search resolves names from the team's labels, case- and accent-insensitive, as label: and group:.
  expect(await searchCount(a, 'label:elite')).toBe('2 influencers');
  expect(await searchCount(a, 'group:ÉLITE')).toBe('2 influencers');
  expect(await searchCount(a, '-label:elite')).toBe('1 influencers');
  await a.list.search.fill('');

  // The details page header shows the labels.
  await openDetails(a, 'Ivy Stone');
  await expect(a.page.getByRole('group', { name: 'Labels' }).getByRole('listitem')).toHaveText(['Élite']);

  // The other member sees the labels and markers; merging and deleting are not theirs, and they are told why.
  const m = await signedInWindow(browser, member);
  await expect(m.list.row('Ivy Stone').getByRole('img', { name: 'Label Élite' })).toHaveCSS('background-color', TEAL, { timeout: 60_000 });
  dialog = await openLabels(m);
  await expect(dialog.getByRole('button', { name: 'Delete Élite' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Merge Fans' })).toBeDisabled();
  await expect(dialog).toContainText('Only Administrators can merge or delete labels');
  await closeLabels(m);

  // "Remove label" on a selection.
  await a.page.goto('/#/');
  await bulkLabel(a, ['Jon Park'], 'Remove label', 'Élite');
  await expect(a.list.bulkResult).toContainText('Removed the label Élite from 1 influencer.');
  await expect(a.list.row('Jon Park').getByRole('img', { name: 'Label Élite' })).toHaveCount(0);

  // Merge Fans into Élite: Kim Lee carries Élite instead, Fans is gone.
  dialog = await openLabels(a);
  await dialog.getByRole('button', { name: 'Merge Fans' }).click();
  const merge = a.page.getByRole('dialog', { name: 'Merge Fans into another label' });
  await merge.getByRole('combobox', { name: 'Merge into' }).click();
  await a.page.getByRole('option', { name: 'Élite' }).click();
  await expect(merge).toContainText('1 influencer carries Fans: they get Élite instead');
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(a.list.bulkResult).toContainText('Merged Fans into Élite: relabelled 1 influencer.');
  await expect(a.list.row('Kim Lee').getByRole('img', { name: 'Label Élite' })).toBeVisible();
  expect(await searchCount(a, 'label:elite')).toBe('2 influencers');
  await a.list.search.fill('');
  dialog = await openLabels(a);
  await expect(dialog.getByRole('listitem')).toHaveText([/Critics/, /Élite/]);

  // Delete Élite: the confirmation says how many carry it; it leaves them all.
  await expect(dialog.getByRole('listitem', { name: 'Élite', exact: true })).toContainText('2 influencers');
  await dialog.getByRole('button', { name: 'Delete Élite' }).click();
  const confirm = a.page.getByRole('dialog', { name: 'Delete the label Élite?' });
  await expect(confirm).toContainText('2 influencers carry this label.');
  await confirm.getByRole('button', { name: 'Delete label' }).click();
  await expect(a.list.bulkResult).toContainText('Deleted the label Élite: removed it from 2 influencers.');
  await expect(a.list.grid.getByRole('img', { name: /^Label / })).toHaveCount(0);
  dialog = await openLabels(a);
  await expect(dialog.getByRole('listitem')).toHaveText([/Critics/]);
  await closeLabels(a);
  await a.bar.expectSynced(60_000);

  // The member's app follows: no markers left, and Élite is no label to search any more.
  await m.page.goto('/#/');
  await expect(m.list.grid.getByRole('img', { name: /^Label / })).toHaveCount(0, { timeout: 60_000 });
  expect(await searchCount(m, 'label:elite')).toBe('0 influencers');

  await context.close();
  await m.page.context().close();
});
