import { validateDocument, type SchemaNode } from '../../../shared/schemas/validateDocument';
import { MAX_EMAIL_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH } from '../../../shared/schemas/limits';

/** The signed-in member, as the server's login answers it (sync-api.md, "Teams, members, sessions"). */
export interface SessionMember {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'leader' | 'member';
  groupId: string | null;
}

export interface SessionTeam {
  id: string;
  name: string;
}

/** Who is signed in, to which team, on which server. Everything the app needs to open offline. */
export interface Session {
  serverUrl: string;
  token: string;
  team: SessionTeam;
  member: SessionMember;
  /** Signed in with a one-time password an Administrator set: the app asks for a new one. */
  mustChangePassword?: boolean;
}

const teamSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
    name: { type: 'string', maxLength: MAX_NAME_LENGTH },
  },
  required: ['id', 'name'],
} as const satisfies SchemaNode;

const memberSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
    name: { type: 'string', maxLength: MAX_NAME_LENGTH },
    email: { type: 'string', maxLength: MAX_EMAIL_LENGTH },
    role: { type: 'string', enum: ['admin', 'leader', 'member'] },
    groupId: { type: ['string', 'null'], maxLength: MAX_ID_LENGTH },
  },
  required: ['id', 'name', 'email', 'role'],
} as const satisfies SchemaNode;

/** What POST /api/teams and POST /api/auth/login answer. Unknown extra fields are tolerated. */
export const signInAnswerSchema = {
  type: 'object',
  properties: {
    token: { type: 'string', minLength: 1, maxLength: 1024 },
    team: teamSchema,
    member: memberSchema,
    mustChangePassword: { type: 'boolean' },
  },
  required: ['token', 'team', 'member'],
} as const satisfies SchemaNode;

const sessionSchema = {
  type: 'object',
  properties: { ...signInAnswerSchema.properties, serverUrl: { type: 'string', minLength: 1, maxLength: 2048 } },
  required: ['serverUrl', 'token', 'team', 'member'],
} as const satisfies SchemaNode;

function toSession(value: { serverUrl: string; token: string; team: SessionTeam; member: SessionMember; mustChangePassword?: boolean }): Session {
  const { serverUrl, token, team, member } = value;
  return {
    serverUrl,
    token,
    team: { id: team.id, name: team.name },
    member: { id: member.id, name: member.name, email: member.email, role: member.role, groupId: member.groupId ?? null },
    ...(value.mustChangePassword === true ? { mustChangePassword: true } : {}),
  };
}

/** A stored session, checked field by field; anything else (old format, tampering) reads as none. */
export function parseSession(value: unknown): Session | null {
  if (!validateDocument(sessionSchema, value).ok) return null;
  return toSession(value as Session);
}

/** The server's sign-in answer as a session on `serverUrl`; null when it is not that shape. */
export function sessionFromAnswer(serverUrl: string, answer: unknown): Session | null {
  if (!validateDocument(signInAnswerSchema, answer).ok) return null;
  return toSession({ ...(answer as Omit<Session, 'serverUrl'>), serverUrl });
}
