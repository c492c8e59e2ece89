import { expect, type Locator, type Page } from '@playwright/test';

/** A row's quick actions: its hover buttons, its menu (right click, Shift+F10) and their result. */
export class QuickActions {
  /** The snackbar saying what the last quick action did. */
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.result = page.getByRole('status', { name: 'Quick action result' });
  }

  /** The hover buttons of the row showing `name` (hovered first). */
  async hoverButtons(row: Locator, name: string): Promise<Locator> {
    await row.hover();
    const group = row.getByRole('group', { name: `Quick actions for ${name}` });
    await expect(group).toBeVisible();
    return group;
  }

  async clickHover(row: Locator, name: string, action: string): Promise<void> {
    const group = await this.hoverButtons(row, name);
    await group.getByRole('button', { name: action, exact: true }).click();
  }

  menu(name: string): Locator {
    return this.page.getByRole('menu', { name: `Quick actions for ${name}` });
  }

  /** Right-clicks the row's Platform cell (no link there, always on screen) and waits for the menu. */
  async openContextMenu(row: Locator, name: string): Promise<Locator> {
    await row.locator('[data-field="platform"]').click({ button: 'right' });
    const menu = this.menu(name);
    await expect(menu).toBeVisible();
    return menu;
  }

  async expectResult(text: string): Promise<void> {
    await expect(this.result).toContainText(text);
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
