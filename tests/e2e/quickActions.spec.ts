import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Locator } from '@playwright/test';
import { parseCsv } from '../../shared/csv/parseCsv';
import { QuickActions } from './pages/QuickActions';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { signedInWindow, windowOf, type AppWindow } from './support/appWindow';

const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

/** Pages opened by "Open link in browser" get a stand-in instead of the real site. */
async function serveLinks(context: BrowserContext): Promise<void> {
  await context.route(/\.example\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Profile</title>' }));
}

/** Waits for the tab "Open link in browser" opens; it cannot reach back to the app (noopener). */
async function expectOpenedTab(context: BrowserContext, open: () => Promise<void>, url: string): Promise<void> {
  const opened = context.waitForEvent('page');
  await open();
  const tab = await opened;
  await expect.poll(() => tab.url()).toBe(url);
  expect(await tab.evaluate(() => window.opener as unknown)).toBeNull();
  await tab.close();
}

/** Creates a label in the list's "Labels" dialog. */
async function createLabel(window: AppWindow, name: string): Promise<void> {
  await window.page.getByRole('button', { name: 'Labels', exact: true }).click();
  const dialog = window.page.getByRole('dialog', { name: 'Labels' });
  await dialog.getByRole('textbox', { name: 'Label name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create label' }).click();
  await expect(dialog.getByRole('listitem', { name, exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

async function newTeamWindow(context: BrowserContext, teamName: string): Promise<{ window: AppWindow; token: string }> {
  const window = windowOf(await context.newPage());
  const signIn = new SignInPage(window.page);
  await signIn.goto();
  const token = await signIn.createTeam(teamName, newAccount('Ada Admin'));
  await expect(window.page.getByRole('heading', { name: 'All influencers' })).toBeVisible();
  return { window, token };
}

/** The row and field of the focused grid cell, or null. */
async function focusedCell(window: AppWindow): Promise<{ row: string | null; name: string | null } | null> {
  return window.page.evaluate(() => {
    const cell = document.activeElement?.closest('[role=gridcell]');
    const row = cell?.closest('[role=row]');
    if (cell == null || row == null) return null;
    return { row: row.getAttribute('data-rowindex'), name: row.querySelector('[data-field="name"] a')?.textContent ?? null };
  });
}

test('quick actions from the hover buttons, the context menu and the keyboard, logged, and disabled with the reason without permission', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ permissions: CLIPBOARD });
  await serveLinks(context);
  const { window: a, token } = await newTeamWindow(context, 'Quick Agency');
  const quick = new QuickActions(a.page);
  // Ada adds them, so Ada is their liaison.
  await a.list.addSelfCreatedInfluencer({ name: 'Ana Quick', link: 'https://ana-quick.example/profile', email: 'ana@quick.example' });
  await a.list.addSelfCreatedInfluencer({ name: 'Caio Menu', link: 'https://caio-menu.example/', email: 'caio@menu.example' });
  await a.list.addSelfCreatedInfluencer({ name: 'Dora Keys', link: 'https://dora-keys.example/', email: 'dora@keys.example' });
  await expect(a.list.count).toHaveText('3 influencers');
  await createLabel(a, 'Top creator');
  const bulkResult = a.list.bulkResult;

  // Hover buttons: shown on the hovered row only.
  const ana = a.list.row('Ana Quick');
  await a.page.mouse.move(0, 0);
  await expect(ana.getByRole('group', { name: 'Quick actions for Ana Quick' })).toHaveCount(0);
  await quick.clickHover(ana, 'Ana Quick', 'Copy email');
  await quick.expectResult('Copied ana@quick.example');
  expect(await quick.clipboard()).toBe('ana@quick.example');
  await expectOpenedTab(context, () => quick.clickHover(ana, 'Ana Quick', 'Open link in browser'), 'https://ana-quick.example/profile');
  await quick.clickHover(ana, 'Ana Quick', 'Change status');
  await a.page.getByRole('menuitem', { name: 'Contacted' }).click();
  await quick.expectResult('Ana Quick: collaboration status Contacted');
  await expect(ana).toContainText('Contacted');
  await quick.clickHover(ana, 'Ana Quick', 'Add label');
  await a.page.getByRole('menuitem', { name: 'Top creator' }).click();
  await expect(bulkResult).toContainText('Added the label Top creator to 1 influencer.');
  // A label the influencer carries is not offered again.
  await quick.clickHover(ana, 'Ana Quick', 'Add label');
  await expect(a.page.getByRole('menuitem', { name: 'Every label is on this influencer' })).toBeVisible();
  await a.page.keyboard.press('Escape');
  await quick.clickHover(ana, 'Ana Quick', 'Archive');
  await quick.expectResult('Archived Ana Quick');
  await expect(ana).toHaveCount(0);
  await expect(a.list.count).toHaveText('2 influencers');
  await quick.result.getByRole('button', { name: 'Undo' }).click();
  await expect(ana).toBeVisible();
  await expect(a.list.count).toHaveText('3 influencers');
  await quick.clickHover(ana, 'Ana Quick', 'Open details');
  await a.details.expectName('Ana Quick');
  await expect(a.page.getByRole('group', { name: 'Labels' }).getByRole('listitem')).toHaveText(['Top creator']);
  // Logged like the details page's own edits.
  await expect(a.details.activity).toContainText('changed collaboration status from Not collaborated to Contacted');
  await expect(a.details.activity).toContainText('archived the influencer');
  await expect(a.details.activity).toContainText('restored the influencer');
  await a.page.goto('/#/');

  // The context menu, from a right click.
  const caio = a.list.row('Caio Menu');
  await (await quick.openContextMenu(caio, 'Caio Menu')).getByRole('menuitem', { name: 'Copy email' }).click();
  await quick.expectResult('Copied caio@menu.example');
  expect(await quick.clipboard()).toBe('caio@menu.example');
  await expectOpenedTab(
    context,
    async () => (await quick.openContextMenu(caio, 'Caio Menu')).getByRole('menuitem', { name: 'Open link in browser' }).click(),
    'https://caio-menu.example/',
  );
  await (await quick.openContextMenu(caio, 'Caio Menu')).getByRole('menuitem', { name: 'Change status' }).click();
  await quick.menu('Caio Menu').getByRole('menuitem', { name: 'Negotiating' }).click();
  await expect(caio).toContainText('Negotiating');
  await (await quick.openContextMenu(caio, 'Caio Menu')).getByRole('menuitem', { name: 'Add label' }).click();
  await quick.menu('Caio Menu').getByRole('menuitem', { name: 'Top creator' }).click();
  await expect(bulkResult).toContainText('Added the label Top creator to 1 influencer.');
  await bulkResult.getByRole('button', { name: 'Dismiss' }).click();
  await (await quick.openContextMenu(caio, 'Caio Menu')).getByRole('menuitem', { name: 'Archive' }).click();
  await quick.expectResult('Archived Caio Menu');
  await expect(caio).toHaveCount(0);
  await a.list.openView('Archived influencers');
  const archivedCaio = a.page.getByRole('grid', { name: 'Archived influencers' }).getByRole('row').filter({ hasText: 'Caio Menu' });
  await (await quick.openContextMenu(archivedCaio, 'Caio Menu')).getByRole('menuitem', { name: 'Restore' }).click();
  await quick.expectResult('Restored Caio Menu');
  await expect(archivedCaio).toHaveCount(0);
  await a.list.openView('All influencers');
  await (await quick.openContextMenu(caio, 'Caio Menu')).getByRole('menuitem', { name: 'Open details' }).click();
  await a.details.expectName('Caio Menu');
  await expect(a.details.activity).toContainText('changed collaboration status from Not collaborated to Negotiating');
  await a.page.goto('/#/');

  // The keyboard: Shift+F10 or the Menu key on a focused row, then the menu's own keys.
  const dora = a.list.row('Dora Keys');
  await dora.locator('[data-field="platform"]').click();
  await a.page.keyboard.press('Shift+F10');
  await expect(quick.menu('Dora Keys')).toBeVisible();
  await a.page.keyboard.press('ArrowDown'); // from "Open details" to "Copy email"
  await a.page.keyboard.press('Enter');
  await quick.expectResult('Copied dora@keys.example');
  expect(await quick.clipboard()).toBe('dora@keys.example');
  await dora.locator('[data-field="platform"]').click();
  await a.page.keyboard.press('ContextMenu');
  await expect(quick.menu('Dora Keys')).toBeVisible();
  await a.page.keyboard.type('Change');
  await a.page.keyboard.press('Enter');
  await expect(quick.menu('Dora Keys').getByRole('menuitem', { name: 'Contacted' })).toBeVisible();
  await a.page.keyboard.type('Contacted');
  await a.page.keyboard.press('Enter');
  await expect(dora).toContainText('Contacted');
  await dora.locator('[data-field="platform"]').click();
  await a.page.keyboard.press('Shift+F10');
  await a.page.keyboard.type('Add');
  await a.page.keyboard.press('Enter');
  await expect(quick.menu('Dora Keys').getByRole('menuitem', { name: 'Top creator' })).toBeVisible();
  await a.page.keyboard.type('Top');
  await a.page.keyboard.press('Enter');
  await expect(bulkResult).toContainText('Added the label Top creator to 1 influencer.');
  await dora.locator('[data-field="platform"]').click();
  await a.page.keyboard.press('Shift+F10');
  await expect(quick.menu('Dora Keys')).toBeVisible();
  await a.page.keyboard.press('ArrowDown');
  await a.page.keyboard.press('ArrowDown'); // "Open link in browser"
  await expectOpenedTab(context, () => a.page.keyboard.press('Enter'), 'https://dora-keys.example/');
  await dora.locator('[data-field="platform"]').click();
  await a.page.keyboard.press('Shift+F10');
  await a.page.keyboard.type('Archive');
  await a.page.keyboard.press('Enter');
  await quick.expectResult('Archived Dora Keys');
  await expect(dora).toHaveCount(0);
  await quick.result.getByRole('button', { name: 'Undo' }).click();
  await expect(dora).toBeVisible();
  await dora.locator('[data-field="platform"]').click();
  await a.page.keyboard.press('Enter');
  await a.details.expectName('Dora Keys');
  await a.bar.expectSynced();

  // Bo is not their liaison: status and archive are disabled with the reason; the rest works.
  const member = newAccount('Bo Member');
  await addMemberWithApi(request, token, member);
  const b = await signedInWindow(browser, member);
  const bQuick = new QuickActions(b.page);
  const bAna = b.list.row('Ana Quick');
  await expect(bAna).toBeVisible({ timeout: 60_000 });
  const buttons = await bQuick.hoverButtons(bAna, 'Ana Quick');
  await expect(buttons.getByRole('button', { name: 'Archive' })).toBeDisabled();
  await expect(buttons.getByRole('button', { name: 'Change status' })).toBeDisabled();
  await expect(buttons.getByRole('button', { name: 'Copy email' })).toBeEnabled();
  const menu = await bQuick.openContextMenu(bAna, 'Ana Quick');
  await expect(menu.getByRole('menuitem', { name: /^Archive/ })).toBeDisabled();
  await expect(menu).toContainText('Only the liaison can archive this influencer.');
  await expect(menu).toContainText('Only the liaison can change the collaboration status of this influencer.');
  await b.page.keyboard.press('Escape');
  await b.page.context().close();
  await context.close();
});

test('keyboard: arrows, Space, Enter, Ctrl+A over every match, Ctrl+F, Escape and the shortcuts dialog; matches highlighted', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const { window: a } = await newTeamWindow(context, 'Keyboard Agency');
  await a.list.loadDemoData();
  const heading = a.page.getByRole('heading', { name: 'All influencers' });

  // The help dialog: "?" and the "Keyboard shortcuts" button.
  await heading.click();
  await a.page.keyboard.press('?');
  const help = a.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Select all influencers matching the view and search');
  await expect(help).toContainText('Quick actions for the focused row');
  await a.page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await a.page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();

  // Ctrl+F focuses "Search"; typing there is typing ("?" is a character, not the help).
  await heading.click();
  await a.page.keyboard.press('Control+f');
  await expect(a.list.search).toBeFocused();
  await a.page.keyboard.type('co?');
  await expect(a.list.search).toHaveValue('co?');
  await expect(help).toBeHidden();
  await a.page.keyboard.press('Escape');
  await expect(a.list.search).toHaveValue('');

  // A search: its matches are highlighted in the cells.
  await a.list.search.fill('com');
  await expect(a.page.locator('[data-results-for="com"]')).toBeVisible();
  const matching = await a.list.shownCount();
  expect(matching).toBeGreaterThan(100); // more than the loaded page
  const marks = a.list.grid.locator('mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('com');

  // Arrow keys from the page into the grid, then down the rows.
  await heading.click();
  await a.page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await focusedCell(a))?.row).toBe('0');
  await a.page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await focusedCell(a))?.row).toBe('1');
  const second = (await focusedCell(a))?.name ?? '';
  expect(second).not.toBe('');

  // Space selects the focused row and unselects it.
  await a.page.keyboard.press(' ');
  await expect(a.list.bulkActions).toContainText('1 selected');
  await expect(a.list.row(second).getByRole('checkbox')).toBeChecked();
  await a.page.keyboard.press(' ');
  await expect(a.list.bulkActions).toBeHidden();

  // Ctrl+A selects every match, not only the loaded page.
  await a.page.keyboard.press('Control+a');
  await expect(a.list.bulkActions).toContainText(`${matching.toLocaleString('en-US')} selected`);
  // Escape clears the selection, then the search.
  await a.page.keyboard.press('Escape');
  await expect(a.list.bulkActions).toBeHidden();
  await expect(a.list.search).toHaveValue('com');
  await a.page.keyboard.press('Escape');
  await expect(a.list.search).toHaveValue('');
  await expect(marks).toHaveCount(0);

  // Enter opens the focused row's details.
  await heading.click();
  await a.page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await focusedCell(a))?.row).toBe('0');
  const first = (await focusedCell(a))?.name ?? '';
  await a.page.keyboard.press('Enter');
  await a.details.expectName(first);
  await context.close();
});

/** Clicks "Export" and reads the downloaded file's bytes. */
async function exportCsv(window: AppWindow): Promise<{ bytes: Buffer; name: string }> {
  const download = window.page.waitForEvent('download');
  await window.page.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  return { bytes: await readFile(await file.path()), name: file.suggestedFilename() };
}

function recordsOf(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  const parsed = parseCsv(bytes.subarray(3).toString('utf8'), { delimiter: ',' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.records.map((r) => r.fields);
}

async function hideColumn(window: AppWindow, header: string): Promise<void> {
  await window.page.getByRole('button', { name: 'Columns' }).click();
  await window.page.getByRole('checkbox', { name: header }).uncheck();
  await window.page.keyboard.press('Escape');
}

test('Export downloads the view, or the selection, as CSV with the visible columns, a BOM and neutralised formulas', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ acceptDownloads: true });
  const { window: a } = await newTeamWindow(context, 'Export Agency');
  await a.list.loadDemoData();
  const hostile = '=HYPERLINK("http://evil.example","Click me")';
  await a.list.addSelfCreatedInfluencer({ name: hostile, email: '+cmd@evil.example', link: 'https://evil.example/x' });
  const total = await a.list.shownCount();

  // The whole view: every influencer, the default columns in the list's order.
  const all = await exportCsv(a);
  expect(all.name).toMatch(/^influencers-\d{4}-\d{2}-\d{2}\.csv$/);
  const records = recordsOf(all.bytes);
  expect(records[0]).toEqual(['Name', 'Platform', 'Link', 'Email', 'Collaboration status', 'Liaison', 'Labels', 'Followers', 'Country', 'Updated']);
  expect(records).toHaveLength(total + 1);

  // Hidden columns stay out; a selection exports just the selection.
  await hideColumn(a, 'Country');
  await hideColumn(a, 'Liaison');
  await a.list.search.fill('hyperlink');
  await expect(a.list.count).toHaveText('1 influencers');
  const row: Locator = a.list.row(hostile);
  await row.getByRole('checkbox').check();
  await a.list.search.fill('');
  await expect(a.list.bulkActions).toContainText('1 selected');
  const selected = recordsOf((await exportCsv(a)).bytes);
  expect(selected[0]).toEqual(['Name', 'Platform', 'Link', 'Email', 'Collaboration status', 'Labels', 'Followers', 'Updated']);
  expect(selected).toHaveLength(2);
  // Read back, the formula is text: a leading apostrophe, the rest as typed.
  expect(selected[1]?.slice(0, 5)).toEqual([`'${hostile}`, 'Self-created', 'https://evil.example/x', "'+cmd@evil.example", 'Not collaborated']);
  await context.close();
});
