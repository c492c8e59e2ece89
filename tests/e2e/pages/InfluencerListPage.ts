import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for "All influencers", addressed by accessible names as a person sees them. */
export class InfluencerListPage {
  readonly grid: Locator;
  readonly search: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'All influencers' });
    this.search = page.getByRole('textbox', { name: 'Search' });
    this.count = page.getByTestId('influencer-count');
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
}
