import { expect, type APIRequestContext } from '@playwright/test';

export interface Account {
  name: string;
  email: string;
  password: string;
}

/** A fresh account per run: the e2e server keeps its data directory between tests. */
export function newAccount(name: string): Account {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${unique}@e2e.example`, password: 'correct horse battery' };
}

/** POST /api/members with an Administrator's token (the contract's way to add a member). */
export async function addMemberWithApi(request: APIRequestContext, adminToken: string, account: Account): Promise<void> {
  const response = await request.post('/api/members', {
    headers: { Authorization: `Bearer ${adminToken}` },
    data: { name: account.name, email: account.email, password: account.password, role: 'member' },
  });
  expect(response.status(), await response.text()).toBe(201);
}
