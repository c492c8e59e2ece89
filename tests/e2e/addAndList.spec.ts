import { expect, test } from '@playwright/test';
import { InfluencerDetailsPage } from './pages/InfluencerDetailsPage';
import { InfluencerListPage } from './pages/InfluencerListPage';
import { SignInPage } from './pages/SignInPage';
import { newAccount } from './support/accounts';

test.beforeEach(async ({ page }) => {
  // Any CSP violation or uncaught error is a bug: the app must run under its strict policy.
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      throw new Error(`CSP violation: ${message.text()}`);
    }
  });
  // Every test starts in a fresh browser context: create a team of its own and sign in.
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.createTeam('Add and list agency', newAccount('Olga Admin'));
});

test('adds a YouTube influencer and a self-created one; both survive a reload and log "created"', async ({ page }) => {
  const list = new InfluencerListPage(page);
  await list.goto();
  await expect(list.count).toHaveText('0 influencers');

  await list.addPlatformInfluencer('https://youtube.com/@Veritasium/videos', 'team@veritasium.com');
  await list.addSelfCreatedInfluencer({ name: 'Ana Lima', link: 'analima.com.br', email: 'ana@analima.com.br' });

  await expect(list.count).toHaveText('2 influencers');
  await expect(list.row('veritasium')).toContainText('YouTube');
  await expect(list.row('veritasium')).toContainText('team@veritasium.com');
  await expect(list.row('Ana Lima')).toContainText('Self-created');

  // The same channel again is detected as a duplicate and offered to open.
  await page.getByRole('button', { name: 'Add influencer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add influencer' });
  await dialog.getByRole('textbox', { name: 'Profile link' }).fill('www.youtube.com/@veritasium');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText('Already in your CRM: veritasium')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A link that is not a profile is refused with its reason, and nothing is added.
  await page.getByRole('button', { name: 'Add influencer' }).click();
  await dialog.getByRole('textbox', { name: 'Profile link' }).fill('https://youtu.be/dQw4w9WgXcQ');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText(/video/i)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.count).toHaveText('2 influencers');

  await page.reload();
  await list.goto();
  await expect(list.count).toHaveText('2 influencers');
  await expect(list.row('veritasium')).toBeVisible();
  await expect(list.row('Ana Lima')).toBeVisible();

  await list.search.fill('ANA LIMA');
  await expect(list.count).toHaveText('1 influencers');
  await list.search.fill('');

  await list.openDetails('veritasium');
  await expect(page.getByRole('heading', { level: 1, name: 'veritasium' })).toBeVisible();
  await expect(page.getByText('https://www.youtube.com/@veritasium')).toBeVisible();
  await new InfluencerDetailsPage(page).expectStatus('Not collaborated');
  const activity = page.getByRole('list', { name: 'Activity' });
  await expect(activity.getByRole('listitem')).toHaveCount(1);
  await expect(activity).toContainText('added the influencer to the CRM');

  await page.getByRole('link', { name: 'All influencers' }).first().click();
  await list.openDetails('Ana Lima');
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeVisible();
  await expect(page.getByText('Self-created influencer')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Activity' })).toContainText('added the influencer to the CRM');
});

test('loads demo data, then pages and sorts the list', async ({ page }) => {
  const list = new InfluencerListPage(page);
  await list.goto();
  await page.getByRole('combobox', { name: 'Demo size' }).click();
  await page.getByRole('option', { name: '10,000' }).click();
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect(list.count).toHaveText(/^\d{1,3}(,\d{3})* influencers$/, { timeout: 60_000 });
  await expect(page.getByRole('status', { name: 'Loading demo data' })).toBeHidden({ timeout: 120_000 });
  // About 3% of demo influencers are archived and stay out of "All influencers".
  const total = Number((await list.count.textContent())?.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(9_000);
  expect(total).toBeLessThan(10_000);

  // Sort by name, both directions, and check the visible order really is sorted.
  await list.sortBy('Name');
  // The grid renders only the rows in view (virtualised); check the order of those.
  const ascending = await list.visibleNames();
  expect(ascending.length).toBeGreaterThan(10);
  const folded = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  expect(ascending.map(folded)).toEqual([...ascending.map(folded)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await list.sortBy('Name');
  const descending = await list.visibleNames();
  expect(descending[0]).not.toBe(ascending[0]);

  // Page forward from the keyboard and with the pager, and scroll within the page.
  await list.grid.getByRole('gridcell').first().click();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByText(/^101–200 of /)).toBeVisible();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText(/^201–300 of /)).toBeVisible();
  await list.grid.locator('.MuiDataGrid-virtualScroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(list.grid.getByRole('row', { name: /./ }).last()).toBeVisible();

  // Search narrows all 10,000, not just the loaded page.
  await list.search.fill('@gmail');
  const shown = async () => Number((await list.count.textContent())?.replace(/\D/g, ''));
  await expect.poll(shown).toBeLessThan(total);
  expect(await shown()).toBeGreaterThan(0);
});
