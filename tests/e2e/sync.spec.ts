import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/SignInPage';
import { addMemberWithApi, newAccount } from './support/accounts';
import { serveAppFilesWhileOffline } from './support/appFilesOffline';
import { openDetails, signedInWindow, windowOf } from './support/appWindow';

test('two members edit the same influencers, one offline; both converge and the log explains the overwrite', async ({ browser, request }) => {
  const admin = newAccount('Ada Admin');
  const member = newAccount('Bo Member');

  // A creates the team in the app, adds B with the API, B signs in in a second context.
  const contextA = await browser.newContext();
  const a = windowOf(await contextA.newPage());
  const signInA = new SignInPage(a.page);
  await signInA.goto();
  const adminToken = await signInA.createTeam('Sync Test Agency', admin);
  await addMemberWithApi(request, adminToken, member);
  let b = await signedInWindow(browser, member);
  const contextB = b.page.context();

  await a.list.addSelfCreatedInfluencer({ name: 'Ivy Stone', email: 'ivy@stone.example' });
  await a.list.addSelfCreatedInfluencer({ name: 'Jon Park', email: 'jon@park.example' });
  await a.bar.expectSynced();
  // B receives them live from the server's stream.
  await expect(b.list.row('Ivy Stone')).toBeVisible();
  await expect(b.list.row('Jon Park')).toBeVisible();
  await b.bar.expectSynced();
  // A is the liaison of both; B may change their status once A grants it to all Members.
  await a.team.open('Data management');
  await a.team.grant('All Members', 'Collaboration status').check();
  await openDetails(b, 'Ivy Stone');
  await expect(b.details.status).toBeEnabled({ timeout: 30_000 });

  // B goes offline and edits: Ivy's status, Jon's email.
  await contextB.setOffline(true);
  await expect(b.bar.syncStatus).toContainText('Offline');
  await openDetails(b, 'Ivy Stone');
  await b.details.changeStatus('Contacted');
  await openDetails(b, 'Jon Park');
  await b.details.changeEmail('jon@bo.example');
  // Two influencers and their two activity entries wait to be sent.
  await b.bar.expectWaiting(4);

  // Meanwhile A, online, edits Ivy's email (another field) and Jon's email (the same field).
  await openDetails(a, 'Ivy Stone');
  await a.details.changeEmail('ivy@ada.example');
  await openDetails(a, 'Jon Park');
  await a.details.changeEmail('jon@ada.example');
  await a.bar.expectSynced();

  // B closes the app and opens it again, still offline: the edits and the queue are still there.
  const stopServingFiles = await serveAppFilesWhileOffline(contextB);
  await b.page.close();
  b = windowOf(await contextB.newPage());
  await b.page.goto('/');
  await expect(b.bar.syncStatus).toContainText('Offline');
  await b.bar.expectWaiting(4);
  await openDetails(b, 'Jon Park');
  await expect(b.details.emailField).toContainText('jon@bo.example');

  // B reconnects: its pushes come later, so its value of Jon's email wins; Ivy keeps both edits.
  await stopServingFiles();
  await contextB.setOffline(false);
  await b.bar.expectSynced(60_000);
  expect(await b.bar.syncDetails()).toMatch(/Last synced/);

  for (const window of [a, b]) {
    await openDetails(window, 'Ivy Stone');
    await window.details.expectStatus('Contacted');
    await expect(window.details.emailField).toContainText('ivy@ada.example');
    await expect(window.details.activity).toContainText('changed collaboration status from Not collaborated to Contacted');
    await expect(window.details.activity).toContainText('changed email from ivy@stone.example to ivy@ada.example');
    await expect(window.details.activity).not.toContainText('overwrote');

    await openDetails(window, 'Jon Park');
    await expect(window.details.emailField).toContainText('jon@bo.example');
    const log = window.details.activity;
    await expect(log).toContainText('changed email from jon@park.example to jon@ada.example');
    await expect(log).toContainText('changed email from jon@park.example to jon@bo.example');
    await expect(log.getByRole('listitem').filter({ hasText: 'overwrote' })).toHaveCount(1);
    await expect(log).toContainText('overwrote a concurrent change of email: jon@ada.example was replaced by jon@bo.example');
  }
  // Members replicate: both windows name who did it.
  await expect(b.details.activity).toContainText('Bo Member overwrote a concurrent change of email');
  await expect(a.details.activity).toContainText('Bo Member overwrote a concurrent change of email');

  await contextA.close();
  await contextB.close();
});

test('a custom name syncs live; sign-in errors are explained; a refused token returns to sign-in and keeps unsent edits', async ({ browser, request }) => {
  const admin = newAccount('Cy Admin');
  const contextA = await browser.newContext();
  const a = windowOf(await contextA.newPage());
  const signIn = new SignInPage(a.page);
  await signIn.goto();
  const token = await signIn.createTeam('Rename Agency', admin);
  await a.list.addSelfCreatedInfluencer({ name: 'Kim Lee', email: 'kim@lee.example' });
  await a.bar.expectSynced();

  // A second window of the same member: renamed there, shown here live.
  const other = windowOf(await (await browser.newContext()).newPage());
  const otherSignIn = new SignInPage(other.page);
  await otherSignIn.goto();
  await otherSignIn.fillSignIn({ email: admin.email, password: 'wrong password' });
  await other.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherSignIn.error).toHaveText('Wrong email or password.');
  await otherSignIn.signIn(admin);
  await openDetails(other, 'Kim Lee');
  await other.details.rename('Kimberly');
  await expect(a.list.row('Kimberly')).toBeVisible();
  await expect(a.list.row('Kim Lee')).toHaveCount(0);
  await other.page.context().close();

  // A edits while offline; meanwhile the server ends A's token (as a logout elsewhere would).
  // Back online, the app finds its token refused: back to sign-in, with the edit kept and
  // sent after signing in again.
  await openDetails(a, 'Kimberly');
  await contextA.setOffline(true);
  await a.details.changeStatus('Shortlisted');
  const logout = await request.post('/api/auth/logout', { headers: { Authorization: `Bearer ${token}` } });
  expect(logout.status()).toBe(204);
  await contextA.setOffline(false);
  await expect(a.page.getByText('The server no longer accepts your sign-in.')).toBeVisible({ timeout: 30_000 });
  await signIn.signIn(admin);
  await a.bar.expectSynced();
  await openDetails(a, 'Kimberly');
  await a.details.expectStatus('Shortlisted');

  // An unreachable server is reported in words; signing out returns to the sign-in screen.
  await a.bar.signOut();
  await a.page.getByRole('textbox', { name: 'Server address' }).fill('http://127.0.0.1:9');
  await signIn.fillSignIn(admin);
  await a.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.error).toContainText('Cannot reach the server at http://127.0.0.1:9');
  await contextA.close();

  // The edit made before the token was refused reached the server.
  const fresh = await signedInWindow(browser, admin);
  await openDetails(fresh, 'Kimberly');
  await fresh.details.expectStatus('Shortlisted');
  await fresh.page.context().close();
});

test('two windows of one app replicate once: the leader syncs for both, the other takes over when it closes', async ({ browser, request }) => {
  const context = await browser.newContext();
  const streamsOpened: string[] = [];
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('/stream')) streamsOpened.push(path);
  });
  const first = windowOf(await context.newPage());
  const signIn = new SignInPage(first.page);
  await signIn.goto();
  const token = await signIn.createTeam('Two Windows Agency', newAccount('Win Dow'));
  await first.bar.expectSynced();
  const onServer = async () => {
    const response = await request.get('/api/sync/influencers/pull?since=0', { headers: { Authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { documents: { customName: string | null; officialName: string }[] };
    return body.documents.map((d) => d.customName ?? d.officialName).sort();
  };

  const second = windowOf(await context.newPage());
  await second.page.goto('/');
  await second.bar.expectSynced();
  expect(await second.bar.syncDetails()).toContain('Another window of the app is syncing for this one.');
  // A change made in the second window is sent by the first one.
  await second.list.addSelfCreatedInfluencer({ name: 'Wanda Window' });
  await expect(first.list.row('Wanda Window')).toBeVisible();
  await expect.poll(onServer).toEqual(['Wanda Window']);
  await second.bar.expectSynced();
  // One connection carries every collection's events (a browser has six per server).
  expect(streamsOpened).toEqual(['/api/sync/stream']);

  await first.page.close();
  await second.list.addSelfCreatedInfluencer({ name: 'Walt Window' });
  await expect.poll(onServer).toEqual(['Walt Window', 'Wanda Window']);
  await second.bar.expectSynced();
  expect(await second.bar.syncDetails()).not.toContain('Another window');
  expect(streamsOpened).toEqual(['/api/sync/stream', '/api/sync/stream']);
  await context.close();
});
