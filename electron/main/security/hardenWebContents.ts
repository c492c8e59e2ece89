import { decideNavigation } from './decideNavigation';
import { handleWindowOpen } from './handleWindowOpen';

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The subset of WebContents whose behaviour is locked down. */
export interface HardenableWebContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardeningOptions {
  /** The electron-vite dev server, in development only. */
  devServerUrl: string | undefined;
  /** shell.openExternal */
  openExternal: (url: string) => Promise<void>;
}

/**
 * Applied to every WebContents the app creates ('web-contents-created'): it may navigate
 * only within the app, never opens windows (links go to the browser) and never embeds a
 * <webview>.
 */
export function hardenWebContents(contents: HardenableWebContents, options: HardeningOptions): void {
  const lockNavigation = (event: NavigationEvent): void => {
    if (decideNavigation(event.url, options.devServerUrl) === 'deny') event.preventDefault();
  };
  contents.on('will-navigate', lockNavigation);
  contents.on('will-redirect', lockNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, options.openExternal));
}
