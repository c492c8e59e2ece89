import { expect, type Locator, type Page } from '@playwright/test';
import type { Account } from '../support/accounts';

/** The sign-in screen: sign in, or create a team (whose first member is its Administrator). */
export class SignInPage {
  readonly heading: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Influencer CRM', level: 1 });
    this.error = page.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  }

  /** Creates a team through the form; resolves with the new session's token (for API calls). */
  async createTeam(teamName: string, account: Account): Promise<string> {
    await this.page.getByRole('tab', { name: 'Create team' }).click();
    await this.page.getByRole('textbox', { name: 'Team name' }).fill(teamName);
    await this.page.getByRole('textbox', { name: 'Your name' }).fill(account.name);
    await this.page.getByRole('textbox', { name: 'Email' }).fill(account.email);
    await this.page.getByLabel('Password').fill(account.password);
    const answer = this.page.waitForResponse((r) => r.url().endsWith('/api/teams') && r.request().method() === 'POST');
    await this.page.getByRole('button', { name: 'Create team' }).click();
    const response = await answer;
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { token: string };
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    return body.token;
  }

  async signIn(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.fillSignIn(account);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  }

  /** First sign-in with a one-time password: the app asks for a new one; the account keeps it. */
  async signInWithOneTimePassword(account: Account, newPassword: string): Promise<void> {
    await this.fillSignIn(account);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    // The dialog is modal: the app behind it is hidden from assistive technology until it closes.
    const dialog = this.page.getByRole('dialog', { name: 'Choose your password' });
    await dialog.getByLabel('One-time password').fill(account.password);
    await dialog.getByLabel('New password').fill(newPassword);
    await dialog.getByRole('button', { name: 'Save password' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    account.password = newPassword;
  }

  async fillSignIn(account: Pick<Account, 'email' | 'password'>): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Email' }).fill(account.email);
    await this.page.getByLabel('Password').fill(account.password);
  }
}
