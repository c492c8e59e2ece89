import { expect, type Locator, type Page } from '@playwright/test';

type GroupName = 'Influencer' | 'Contract' | 'Payment';

/** Team settings → Statuses: each group's statuses with their controls, addressed as a person reads them. */
export class StatusSettings {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel', { name: 'Statuses' });
  }

  list(group: GroupName): Locator {
    return this.panel.getByRole('list', { name: `${group} statuses`, exact: true });
  }

  retiredList(group: GroupName): Locator {
    return this.panel.getByRole('list', { name: `Retired ${group} statuses` });
  }

  async add(group: GroupName, label: string, color: string): Promise<void> {
    const form = this.panel.getByRole('form', { name: `Add ${group} status` });
    await form.getByRole('textbox', { name: `New ${group} status` }).fill(label);
    await form.getByRole('combobox', { name: 'Color' }).selectOption({ label: color });
    await form.getByRole('button', { name: 'Add status' }).click();
    await expect(this.list(group).getByRole('listitem', { name: label, exact: true })).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Rename ${from}` }).click();
    const form = this.panel.getByRole('form', { name: `Rename ${from}` });
    await form.getByRole('textbox', { name: 'Status name' }).fill(to);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  }

  color(label: string): Locator {
    return this.panel.getByRole('combobox', { name: `Color of ${label}` });
  }

  async recolor(label: string, color: string): Promise<void> {
    await this.color(label).selectOption({ label: color });
    await expect(this.color(label).locator('option:checked')).toHaveText(color);
  }

  async retire(group: GroupName, label: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Retire ${label}` }).click();
    await expect(this.retiredList(group)).toContainText(label);
  }

  async labels(group: GroupName): Promise<string[]> {
    return this.list(group).getByRole('listitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  }
}
