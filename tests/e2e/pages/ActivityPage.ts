import { expect, type Locator, type Page } from '@playwright/test';

/** The team-wide activity page and one bulk operation's view of it. */
export class ActivityPage {
  readonly navLink: Locator;
  readonly log: Locator;
  readonly batchEntries: Locator;
  readonly batchSummary: Locator;
  readonly undoButton: Locator;
  readonly undoResult: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' });
    this.log = page.getByRole('list', { name: 'Team activity' });
    this.batchEntries = page.getByRole('list', { name: 'Bulk operation entries' });
    this.batchSummary = page.getByTestId('bulk-operation-summary');
    this.undoButton = page.getByRole('button', { name: 'Undo' });
    this.undoResult = page.getByRole('status', { name: 'Undo result' });
  }

  /** Opens the page from the app's navigation. */
  async open(): Promise<void> {
    await this.navLink.click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  }

  /** The log's entries (list items) that mention `text`. */
  entries(text: string | RegExp, list: Locator = this.log): Locator {
    return list.getByRole('listitem').filter({ hasText: text });
  }

  async filterBy(filter: { kind?: string; member?: string }): Promise<void> {
    if (filter.kind !== undefined) await this.page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: filter.kind });
    if (filter.member !== undefined) await this.page.getByRole('combobox', { name: 'Member' }).selectOption({ label: filter.member });
  }
}
