import { expect, type Locator, type Page } from '@playwright/test';
import type { Account } from '../support/accounts';

/** Team settings: members, groups and the data-management grants. */
export class TeamSettingsPage {
  readonly members: Locator;
  readonly groups: Locator;

  constructor(readonly page: Page) {
    this.members = page.getByRole('table', { name: 'Members' });
    this.groups = page.getByRole('table', { name: 'Groups' });
  }

  async open(tab: 'Members' | 'Groups' | 'Data management' | 'Statuses' = 'Members'): Promise<void> {
    await this.page.getByRole('link', { name: 'Team settings' }).click();
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tabpanel', { name: tab })).toBeVisible();
  }

  /** Adds a member through the dialog, with the account's password as the one-time password (see choosePassword). */
  async addMember(account: Account, role: 'Member' | 'Team Leader' | 'Administrator' = 'Member', group = 'No group'): Promise<void> {
    await this.open('Members');
    await this.page.getByRole('button', { name: 'Add member' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add member' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(account.name);
    await dialog.getByRole('textbox', { name: 'Email' }).fill(account.email);
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: role });
    if (role !== 'Administrator') await dialog.getByRole('combobox', { name: 'Group' }).selectOption({ label: group });
    await dialog.getByRole('textbox', { name: 'One-time password' }).fill(account.password);
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog.getByRole('status')).toContainText(`${account.name} can now sign in`);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(this.members.getByRole('row', { name: account.name })).toBeVisible();
  }

  grant(grantee: 'Administrators' | "Team Leader of the liaison's group" | 'All Team Leaders' | 'All Members', field: string): Locator {
    return this.page.getByRole('checkbox', { name: `${grantee} may change ${field}` });
  }

  async createGroup(name: string): Promise<void> {
    await this.open('Groups');
    await this.page.getByRole('textbox', { name: 'New group' }).fill(name);
    await this.page.getByRole('button', { name: 'Create group' }).click();
    await expect(this.groups.getByRole('row', { name })).toBeVisible();
  }

  role(memberName: string): Locator {
    return this.page.getByRole('combobox', { name: `Role of ${memberName}` });
  }
}
