import { expect, type Locator, type Page } from '@playwright/test';

/** An influencer's own page: its fields, the inline editors and the activity log. */
export class InfluencerDetailsPage {
  readonly heading: Locator;
  readonly emailField: Locator;
  readonly status: Locator;
  readonly activity: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.emailField = page.getByRole('group', { name: 'Email' });
    this.status = page.getByRole('combobox', { name: 'Collaboration status' });
    this.activity = page.getByRole('list', { name: 'Activity' });
  }

  async expectName(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }

  async rename(name: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Name' }).getByRole('button', { name: 'Edit' }).click();
    const form = this.page.getByRole('form', { name: 'Edit name' });
    await form.getByRole('textbox', { name: 'Custom name' }).fill(name);
    await form.getByRole('button', { name: 'Modify' }).click();
    await expect(form).toBeHidden();
    await this.expectName(name);
  }

  async changeEmail(email: string): Promise<void> {
    await this.emailField.getByRole('button', { name: 'Edit' }).click();
    const form = this.page.getByRole('form', { name: 'Edit email' });
    await form.getByRole('textbox', { name: 'Email' }).fill(email);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(this.emailField).toContainText(email);
  }

  async changeStatus(label: string): Promise<void> {
    await this.status.selectOption({ label });
    await expect(this.status.locator('option:checked')).toHaveText(label);
  }

  async expectStatus(label: string): Promise<void> {
    await expect(this.status.locator('option:checked')).toHaveText(label);
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'All influencers' }).first().click();
  }
}
