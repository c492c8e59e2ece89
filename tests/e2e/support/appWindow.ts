import type { Browser, Page } from '@playwright/test';
import { AppBar } from '../pages/AppBar';
import { InfluencerDetailsPage } from '../pages/InfluencerDetailsPage';
import { InfluencerListPage } from '../pages/InfluencerListPage';
import { SignInPage } from '../pages/SignInPage';
import { TeamSettingsPage } from '../pages/TeamSettingsPage';
import type { Account } from './accounts';

/** One app window (a page) with its page objects. */
export interface AppWindow {
  page: Page;
  list: InfluencerListPage;
  details: InfluencerDetailsPage;
  bar: AppBar;
  team: TeamSettingsPage;
}

export function windowOf(page: Page): AppWindow {
  // Any uncaught error in the app is a bug.
  page.on('pageerror', (error) => {
    throw error;
  });
  return { page, list: new InfluencerListPage(page), details: new InfluencerDetailsPage(page), bar: new AppBar(page), team: new TeamSettingsPage(page) };
}

/** A window in a browser context of its own (its own IndexedDB), signed in as `account`. */
export async function signedInWindow(browser: Browser, account: Account): Promise<AppWindow> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(account);
  return windowOf(page);
}

/** From the list, the influencer's details page. */
export async function openDetails(window: AppWindow, name: string): Promise<void> {
  await window.page.goto('/#/');
  await window.list.openDetails(name);
  await window.details.expectName(name);
}
