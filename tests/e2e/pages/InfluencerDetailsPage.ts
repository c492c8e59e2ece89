import { expect, type Locator, type Page } from '@playwright/test';

/** An influencer's own page: its fields, the inline editors and the activity log. */
export class InfluencerDetailsPage {
  readonly heading: Locator;
  readonly emailField: Locator;
  readonly status: Locator;
  readonly activity: Locator;
  readonly overview: Locator;
  readonly linkField: Locator;
  readonly channelsField: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.emailField = page.getByRole('group', { name: 'Email' });
    this.status = page.getByRole('combobox', { name: 'Collaboration status' });
    this.activity = page.getByRole('list', { name: 'Activity' });
    this.overview = page.getByRole('region', { name: 'Overview' });
    this.linkField = page.getByRole('group', { name: 'Link', exact: true });
    this.channelsField = page.getByRole('group', { name: 'Other channels' });
  }

  /** The status select of a group: "Collaboration status", "Contract status" or "Payment status". */
  statusOf(group: 'Collaboration status' | 'Contract status' | 'Payment status'): Locator {
    return this.page.getByRole('combobox', { name: group });
  }

  async changeGroupStatus(group: 'Collaboration status' | 'Contract status' | 'Payment status', label: string): Promise<void> {
    const select = this.statusOf(group);
    await select.selectOption({ label });
    await expect(select.locator('option:checked')).toHaveText(label);
  }

  /** The name form: the custom name and, for a self-created influencer, the official name. */
  async editNames(names: { custom: string; official?: string }): Promise<void> {
    await this.page.getByRole('group', { name: 'Name' }).getByRole('button', { name: 'Edit' }).click();
    const form = this.page.getByRole('form', { name: 'Edit name' });
    if (names.official !== undefined) await form.getByRole('textbox', { name: 'Official name' }).fill(names.official);
    await form.getByRole('textbox', { name: 'Custom name' }).fill(names.custom);
    await form.getByRole('button', { name: 'Modify' }).click();
    await expect(form).toBeHidden();
  }

  nameEditButton(): Locator {
    return this.page.getByRole('group', { name: 'Name' }).getByRole('button', { name: 'Edit' });
  }

  async editLink(link: string): Promise<void> {
    await this.linkField.getByRole('button', { name: 'Edit' }).click();
    const form = this.page.getByRole('form', { name: 'Edit link' });
    await form.getByRole('textbox', { name: 'Link' }).fill(link);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
  }

  async addChannel(link: string, network?: string): Promise<void> {
    await this.channelsField.getByRole('button', { name: 'Add channel' }).click();
    const form = this.page.getByRole('form', { name: 'Add channel' });
    if (network !== undefined) await form.getByRole('combobox', { name: 'Network' }).selectOption({ label: network });
    await form.getByRole('textbox', { name: 'Channel link' }).fill(link);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(form).toBeHidden();
  }

  async usePlatformEmail(): Promise<void> {
    await this.emailField.getByRole('button', { name: 'Use platform email' }).click();
    await expect(this.emailField.getByRole('button', { name: 'Use platform email' })).toBeHidden();
  }

  private async addRecord(noun: string, fill: (form: Locator) => Promise<void>): Promise<void> {
    await this.overview.getByRole('button', { name: `Add ${noun}` }).click();
    const form = this.overview.getByRole('form', { name: `Add ${noun}` });
    await fill(form);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(form).toBeHidden();
  }

  async addShipment(shipment: { item: string; carrier: string; trackingNumber: string; status: string }): Promise<void> {
    await this.addRecord('shipment', async (form) => {
      await form.getByRole('textbox', { name: 'Item' }).fill(shipment.item);
      await form.getByRole('textbox', { name: 'Carrier' }).fill(shipment.carrier);
      await form.getByRole('textbox', { name: 'Tracking number' }).fill(shipment.trackingNumber);
      await form.getByRole('combobox', { name: 'Shipment status' }).selectOption({ label: shipment.status });
    });
  }

  async addExpense(expense: { amount: string; currency: string; category: string }): Promise<void> {
    await this.addRecord('expense', async (form) => {
      await form.getByRole('textbox', { name: 'Amount' }).fill(expense.amount);
      await form.getByRole('textbox', { name: 'Currency' }).fill(expense.currency);
      await form.getByRole('combobox', { name: 'Category' }).selectOption({ label: expense.category });
    });
  }

  async addContentPost(post: { url: string; views: string; likes: string }): Promise<void> {
    await this.addRecord('content post', async (form) => {
      await form.getByRole('textbox', { name: 'Post link' }).fill(post.url);
      await form.getByRole('textbox', { name: 'Views' }).fill(post.views);
      await form.getByRole('textbox', { name: 'Likes' }).fill(post.likes);
    });
  }

  /** One Overview section's list ("Logistics tracking", "Marketing expenses", "Content monitoring", "Notes"). */
  records(section: string): Locator {
    return this.overview.getByRole('list', { name: section });
  }

  async filterActivity(filter: { kind?: string; member?: string }): Promise<void> {
    if (filter.kind !== undefined) await this.page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: filter.kind });
    if (filter.member !== undefined) await this.page.getByRole('combobox', { name: 'Member' }).selectOption({ label: filter.member });
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
