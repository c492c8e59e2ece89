import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ImportDialog } from './pages/ImportDialog';
import { SignInPage } from './pages/SignInPage';
import { newAccount } from './support/accounts';
import { openDetails, windowOf } from './support/appWindow';

test('import a CSV (mapping changed, a bad row, a duplicate updated), paste links, merge two influencers and undo', async ({ browser }) => {
  const admin = newAccount('Ida Importer');
  const a = windowOf(await (await browser.newContext({ acceptDownloads: true })).newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  await signIn.createTeam('Import Agency', admin);
  // A platform influencer: its Overview shows records (a self-created one's shows email projects only).
  await a.list.addPlatformInfluencer('https://www.instagram.com/ana.lima', 'ana@lima.example');
  await expect(a.list.count).toHaveText('1 influencers');

  // ---- a CSV: "Reach" is not recognised and is mapped by hand; line 3 duplicates Ana by email ----
  const importer = new ImportDialog(a.page);
  await importer.open();
  await importer.chooseCsv('creators.csv', [
    'Creator,Contact,Profile,Tags,Remarks,Reach',
    'Kai Rivers,kai@rivers.example,https://www.youtube.com/@kairivers,Tech,,120000',
    'Ana L.,ANA@lima.example,,VIP,,5000',
    'Broken Bob,bob@,,,,',
    'Mia Stone,mia@stone.example,https://www.tiktok.com/@miastone,Gaming,Prefers email,3000',
  ].join('\r\n'));
  await expect(importer.mapping('Contact')).toHaveValue('email');
  await expect(importer.mapping('Reach')).toHaveValue('');
  await importer.mapping('Reach').selectOption({ label: 'Followers' });
  await expect(importer.dialog.getByRole('table', { name: 'Preview' })).toContainText('120000');
  await importer.checkRows();
  const check = importer.dialog.getByRole('list', { name: 'Check result' });
  await expect(check).toContainText('2 ready to add');
  await expect(check).toContainText('1 duplicate');
  await expect(check).toContainText('1 rejected');
  await expect(importer.dialog.getByRole('list', { name: 'Rejected rows' })).toContainText('Line 4: Broken Bob');
  await expect(importer.dialog.getByRole('list', { name: 'Rejected rows' })).toContainText('Email "bob@"');
  await expect(importer.dialog.getByRole('list', { name: 'Duplicates' })).toContainText('Already in the CRM: "ana.lima" (same email)');
  await importer.chooseForDuplicate(3, 'Update the existing influencer');
  await importer.runImport(3);
  await expect(importer.summary).toContainText('Added: 2');
  await expect(importer.summary).toContainText('Updated: 1');
  await expect(importer.summary).toContainText('Skipped: 0');
  await expect(importer.summary).toContainText('Rejected: 1');
  const downloading = a.page.waitForEvent('download');
  await importer.dialog.getByRole('button', { name: 'Download rejected rows' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rejected-rows.csv');
  const rejectedCsv = await readFile(await download.path(), 'utf-8');
  expect(rejectedCsv.split('\r\n')[0]).toBe('\uFEFFLine,Creator,Contact,Profile,Tags,Remarks,Reach,Why it was not imported');
  expect(rejectedCsv).toContain('4,Broken Bob,bob@,');
  expect(rejectedCsv).toContain('Email ""bob@""');
  await importer.done();
  await expect(a.list.count).toHaveText('3 influencers');

  await openDetails(a, 'ana.lima');
  await expect(a.page.getByRole('group', { name: 'Followers' })).toContainText('5');
  await expect(a.page.getByRole('group', { name: 'Labels' })).toContainText('VIP');
  await expect(a.details.activity).toContainText('Ida Importer changed followers from nothing to 5000');

  // ---- pasted links: one is already in the CRM (skipped by default) ----
  await a.page.goto('/#/');
  await importer.open();
  await importer.pasteLinks('https://www.instagram.com/selenagomez\n• tiktok.com/@khaby.lame\nhttps://www.youtube.com/@kairivers');
  await expect(importer.mapping('Link')).toHaveValue('link');
  await importer.checkRows();
  await expect(importer.dialog.getByRole('list', { name: 'Check result' })).toContainText('2 ready to add');
  await importer.runImport(2);
  await expect(importer.summary).toContainText('Added: 2');
  await expect(importer.summary).toContainText('Skipped: 1');
  await importer.done();
  await expect(a.list.count).toHaveText('5 influencers');

  // ---- merge Mia into Ana, taking Mia's email ----
  await a.list.row('ana.lima').getByRole('checkbox').check();
  await a.list.row('Mia Stone').getByRole('checkbox').check();
  await a.list.bulkActions.getByRole('button', { name: 'Merge' }).click();
  const merge = a.page.getByRole('dialog', { name: 'Merge influencers' });
  await merge.getByRole('radiogroup', { name: 'Influencer to keep' }).getByRole('radio', { name: /^ana\.lima/ }).check();
  await merge.getByRole('radiogroup', { name: 'Email' }).getByRole('radio', { name: 'mia@stone.example' }).check();
  await expect(merge.getByRole('group', { name: 'Combined on the kept influencer' })).toContainText('Labels: VIP, Gaming');
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(merge).toBeHidden();
  const mergeResult = a.page.getByRole('status', { name: 'Merge result' });
  await expect(mergeResult).toContainText('Merged 2 influencers into "ana.lima".');
  await expect(a.list.count).toHaveText('4 influencers');
  // The server takes the merge as it is: the pointer, the moved records and the log.
  await a.bar.expectSynced(60_000);
  await expect(a.page.getByRole('alert').filter({ hasText: /refused|rejected/i })).toHaveCount(0);

  await openDetails(a, 'ana.lima');
  await expect(a.details.emailField).toContainText('mia@stone.example');
  await expect(a.page.getByRole('group', { name: 'Labels' })).toContainText('Gaming');
  await expect(a.page.getByRole('group', { name: 'Other channels' })).toContainText('tiktok.com/@miastone');
  await expect(a.details.records('Notes')).toContainText('Prefers email');
  await expect(a.details.activity).toContainText('merged another influencer into this one');
  await expect(a.details.activity).toContainText('moved a note here from a merged influencer');
  // Mia's own history shows on the survivor through the pointer.
  await expect(a.page.getByRole('list', { name: 'History of Mia Stone (merged into this one)' })).toContainText('Ida Importer imported the influencer');

  await a.page.goto('/#/');
  await a.list.openView('Archived influencers');
  await a.page.getByRole('grid', { name: 'Archived influencers' }).getByRole('link', { name: 'Mia Stone', exact: true }).click();
  await a.details.expectName('Mia Stone');
  await expect(a.page.getByLabel('Merged into')).toContainText('Merged into ana.lima');
  await a.page.getByLabel('Merged into').getByRole('link', { name: 'ana.lima' }).click();
  await a.details.expectName('ana.lima');

  // ---- undo ----
  await a.page.goto('/#/');
  await mergeResult.getByRole('button', { name: 'Undo' }).click();
  await expect(mergeResult).toContainText('Merge undone: 1 influencer restored.');
  await a.list.openView('All influencers');
  await expect(a.list.count).toHaveText('5 influencers');
  await openDetails(a, 'ana.lima');
  await expect(a.details.emailField).toContainText('ana@lima.example');
  await expect(a.details.overview).not.toContainText('Prefers email');
  await expect(a.details.activity).toContainText('undid a merge into this influencer');
  await expect(a.page.getByRole('list', { name: 'History of Mia Stone (merged into this one)' })).toHaveCount(0);
  await openDetails(a, 'Mia Stone');
  await expect(a.details.records('Notes')).toContainText('Prefers email');
  await expect(a.page.getByLabel('Merged into')).toHaveCount(0);

  // ---- a suggestion from "Find duplicates" opens the same merge preview ----
  await a.page.goto('/#/');
  await importer.open();
  await importer.chooseCsv('again.csv', 'Name,Email\nKai R.,kai@rivers.example\n');
  await importer.checkRows();
  await importer.chooseForDuplicate(2, 'Create anyway');
  await importer.runImport(1);
  await importer.done();
  await a.page.getByRole('button', { name: 'Find duplicates' }).click();
  const suggestions = a.page.getByRole('list', { name: 'Duplicate suggestions' });
  await expect(suggestions).toContainText('same email: kai@rivers.example');
  await suggestions.getByRole('button', { name: /^Merge .*Kai R\./ }).click();
  await expect(merge.getByRole('radiogroup', { name: 'Influencer to keep' }).getByRole('radio')).toHaveCount(2);
  await merge.getByRole('button', { name: 'Cancel' }).click();
  await a.page.getByRole('dialog', { name: 'Find duplicates' }).getByRole('button', { name: 'Close' }).click();
  await a.bar.expectSynced(60_000);
});
