import { expect, type Locator, type Page } from '@playwright/test';

export type ListViewName = 'All influencers' | 'My influencers' | 'Archived influencers';

/** Page object for the influencer list and its views, addressed by accessible names as a person sees them. */
export class InfluencerListPage {
  /** The grid of "All influencers" (the view the list opens in). */
  readonly grid: Locator;
  readonly search: Locator;
  readonly count: Locator;
  /** Shown while rows are selected: "N selected", "Select all N matching", the bulk operations. */
  readonly bulkActions: Locator;
  /** The snackbar with the last bulk operation's result and "Undo". */
  readonly bulkResult: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'All influencers' });
    this.search = page.getByRole('textbox', { name: 'Search' });
    this.count = page.getByTestId('influencer-count');
    this.bulkActions = page.getByRole('toolbar', { name: 'Bulk actions' });
    this.bulkResult = page.getByRole('status', { name: 'Bulk operation result' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'All influencers' })).toBeVisible();
    await expect(this.count).not.toHaveText('Loading…');
  }

  async addPlatformInfluencer(link: string, email = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Add influencer' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add influencer' });
    await dialog.getByRole('textbox', { name: 'Profile link' }).fill(link);
    if (email !== '') await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async addSelfCreatedInfluencer(fields: { name?: string; link?: string; email?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add influencer' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add influencer' });
    await dialog.getByRole('tab', { name: 'Self-created influencer' }).click();
    if (fields.name !== undefined) await dialog.getByRole('textbox', { name: 'Name' }).fill(fields.name);
    if (fields.link !== undefined) await dialog.getByRole('textbox', { name: 'Link' }).fill(fields.link);
    if (fields.email !== undefined) await dialog.getByRole('textbox', { name: 'Email' }).fill(fields.email);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  row(name: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openDetails(name: string): Promise<void> {
    await this.grid.getByRole('link', { name, exact: true }).click();
  }

  /** The display names in the current page, top to bottom. */
  async visibleNames(): Promise<string[]> {
    return this.grid.locator('[data-field="name"][role="gridcell"] a').allTextContents();
  }

  async sortBy(columnHeader: string): Promise<void> {
    await this.grid.getByRole('columnheader', { name: columnHeader }).click();
  }

  async openView(name: ListViewName): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('heading', { name })).toBeVisible();
    await expect(this.page.getByRole('grid', { name })).toBeVisible();
  }

  /** How many influencers the open view shows for the current search. */
  async shownCount(): Promise<number> {
    await expect(this.count).toHaveText(/^[\d,]+ influencers$/);
    return Number((await this.count.textContent())?.replace(/\D/g, ''));
  }

  /** Loads the seeded demo data into an empty CRM and waits until it is all in the list. */
  async loadDemoData(size: '1,000' | '10,000' = '1,000'): Promise<void> {
    if (size !== '1,000') {
      await this.page.getByRole('combobox', { name: 'Demo size' }).click();
      await this.page.getByRole('option', { name: size }).click();
    }
    await this.page.getByRole('button', { name: 'Load demo data' }).click();
    await expect(this.count).toHaveText(/^\d{1,3}(,\d{3})* influencers$/, { timeout: 60_000 });
    await expect(this.page.getByRole('status', { name: 'Loading demo data' })).toBeHidden({ timeout: 120_000 });
  }

  /** Selects the current page with the header checkbox, then every influencer matching the view and search. */
  async selectAllMatching(): Promise<void> {
    await this.page.getByRole('grid').getByRole('checkbox', { name: 'Select all rows' }).check();
    await this.bulkActions.getByRole('button', { name: /^Select all [\d,]+ matching$/ }).click();
  }

  /**
   * Runs a bulk operation on the selection ("Archive", "Restore"); over 100 influencers the
   * preview dialog is confirmed. Resolves when the result is shown.
   */
  async runBulk(action: 'Archive' | 'Restore', expectPreview: boolean): Promise<void> {
    await this.bulkActions.getByRole('button', { name: action, exact: true }).click();
    if (expectPreview) {
      const dialog = this.page.getByRole('dialog');
      await expect(dialog).toContainText('will change');
      await dialog.getByRole('button', { name: /^Apply to / }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(this.bulkResult).toBeVisible({ timeout: 60_000 });
  }

  async undoLastBulk(): Promise<void> {
    await this.bulkResult.getByRole('button', { name: 'Undo' }).click();
    await expect(this.bulkResult).toContainText('Undone', { timeout: 60_000 });
  }
}
