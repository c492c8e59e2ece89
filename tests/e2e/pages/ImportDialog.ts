import { expect, type Locator, type Page } from '@playwright/test';

/** The "Import influencers" dialog, step by step, addressed as a person reads it. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import influencers' });
    this.summary = this.dialog.getByRole('list', { name: 'Import summary' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseCsv(name: string, text: string): Promise<void> {
    await this.dialog.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf-8') });
    await expect(this.dialog.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  }

  async pasteLinks(text: string): Promise<void> {
    await this.dialog.getByRole('textbox', { name: 'Paste links' }).fill(text);
    await this.dialog.getByRole('button', { name: 'Continue with these links' }).click();
    await expect(this.dialog.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  }

  mapping(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Column "${header}"` });
  }

  async checkRows(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Check rows' }).click();
    await expect(this.dialog.getByRole('list', { name: 'Check result' })).toBeVisible({ timeout: 60_000 });
  }

  async chooseForDuplicate(line: number, choice: 'Skip' | 'Update the existing influencer' | 'Create anyway'): Promise<void> {
    await this.dialog.getByRole('combobox', { name: `Duplicate on line ${line}` }).selectOption({ label: choice });
  }

  async runImport(count: number): Promise<void> {
    await this.dialog.getByRole('button', { name: `Import ${count.toLocaleString('en-US')} ${count === 1 ? 'influencer' : 'influencers'}` }).click();
    await expect(this.summary).toBeVisible({ timeout: 120_000 });
  }

  async done(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
