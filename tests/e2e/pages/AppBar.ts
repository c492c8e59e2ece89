import { expect, type Locator, type Page } from '@playwright/test';

/** The app bar of a signed-in window: navigation, the sync indicator and "Sign out". */
export class AppBar {
  readonly syncStatus: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.syncStatus = page.getByRole('status', { name: 'Sync status' });
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
  }

  /** Waits until the indicator says the window is online with nothing waiting to be sent. */
  async expectSynced(timeout = 30_000): Promise<void> {
    await expect(this.syncStatus).toHaveText(/^Online$/, { timeout });
  }

  async expectWaiting(count: number): Promise<void> {
    await expect(this.syncStatus).toContainText(`${count} ${count === 1 ? 'change' : 'changes'} waiting`);
  }

  /** The tooltip's lines (server, last synced, last error), shown on hover or keyboard focus. */
  async syncDetails(): Promise<string> {
    await this.syncStatus.hover();
    const tooltip = this.page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    const text = (await tooltip.textContent()) ?? '';
    await this.page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
    return text;
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await expect(this.page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  }
}
