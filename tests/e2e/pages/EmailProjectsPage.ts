import { expect, type Locator, type Page } from '@playwright/test';

/** The Email projects page: the team's named projects. */
export class EmailProjectsPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Email projects' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Email projects' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Email projects' })).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row', { name, exact: true });
  }

  async create(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New project' }).fill(name);
    await this.page.getByRole('button', { name: 'Create project' }).click();
    await expect(this.row(name)).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${from}` }).click();
    const form = this.page.getByRole('form', { name: `Rename ${from}` });
    await form.getByRole('textbox', { name: 'Project name' }).fill(to);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(this.row(to)).toBeVisible();
  }
}
