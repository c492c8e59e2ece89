import type { FastifyInstance } from 'fastify';
import { MAX_EMAIL_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH } from '../../shared/schemas/limits';
import { addTeamMember } from '../../shared/team/addTeamMember';
import { chainTeamChanges } from '../../shared/team/chainTeamChanges';
import { createGroup } from '../../shared/team/createGroup';
import { deactivateMember } from '../../shared/team/deactivateMember';
import { deleteGroup } from '../../shared/team/deleteGroup';
import type { Group } from '../../shared/team/group';
import type { Member } from '../../shared/team/member';
import { planMemberUpdate } from '../../shared/team/planMemberUpdate';
import { renameGroup } from '../../shared/team/renameGroup';
import { ROLES } from '../../shared/team/role';
import { setGroupLeader } from '../../shared/team/setGroupLeader';
import type { TeamChange, TeamChangeApplied, TeamRoster } from '../../shared/team/teamChange';
import { emailExists, emailTaken, insertAccount, type Session } from '../auth/accounts';
import { authenticate } from '../auth/authenticate';
import { hashPassword } from '../auth/passwords';
import type { ServerContext } from '../context';
import { HttpError } from '../errors';
import { FieldReader } from '../http/readFields';
import { runTeamChange } from '../team/runTeamChange';
import { AUTH_BODY_LIMIT, MAX_PASSWORD, MIN_PASSWORD } from './auth';

interface IdParams {
  id: string;
}

/** What every Team settings change answers: the documents it changed and notices for people. */
function changed(change: TeamChangeApplied): { members: Member[]; groups: Group[]; notices: string[] } {
  return { members: change.members, groups: change.groups, notices: change.notices };
}

function requireAdmin(session: Session, action: string): void {
  if (session.member.role !== 'admin') throw new HttpError(403, 'forbidden', `Only an Administrator can ${action}.`);
}

/**
 * Team settings (Administrators only): members and groups. Each change runs the shared team
 * rule inside one transaction that also writes the replicated member and group documents,
 * so every app sees it (read-only) with its next pull.
 */
export function registerTeamRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { db } = ctx.storage;
  const options = { bodyLimit: AUTH_BODY_LIMIT };

  /** Runs a shared team rule on the caller's team. */
  const change = (session: Session, plan: (roster: TeamRoster) => TeamChange) => runTeamChange(ctx.storage, session.team.id, plan);

  app.post('/api/members', options, async (request, reply) => {
    const session = await authenticate(request, db, ctx.now());
    requireAdmin(session, 'add members');
    const body = new FieldReader(request.body, ['name', 'email', 'password', 'role', 'groupId', 'mustChangePassword']);
    const name = body.text('name', 1, MAX_NAME_LENGTH);
    const email = body.email('email', MAX_EMAIL_LENGTH);
    const password = body.password('password', MIN_PASSWORD, MAX_PASSWORD);
    const role = body.oneOf('role', ROLES);
    const groupId = body.optionalId('groupId', MAX_ID_LENGTH);
    const mustChangePassword = body.optionalBoolean('mustChangePassword') ?? false;
    body.done();
    if (await emailExists(db, email)) throw emailTaken(); // before spending a hash on it
    const passwordHash = await hashPassword(password, ctx.passwordCost);
    const id = ctx.newId();
    const now = ctx.now();
    const result = await runTeamChange(
      ctx.storage,
      session.team.id,
      (roster) => addTeamMember(roster, { id, name, email, role, groupId }, now),
      async (trx, plan) => {
        const added = plan.members.find((m) => m.id === id);
        if (added === undefined) throw new Error('addTeamMember did not add the member');
        await insertAccount(trx, session.team.id, { id, name: added.name, email, role: added.role, groupId: added.groupId, passwordHash, mustChangePassword }, now);
      },
    );
    const member = result.members.find((m) => m.id === id);
    if (member === undefined) throw new Error('addTeamMember did not add the member');
    const { name: savedName, role: savedRole, groupId: savedGroup } = member;
    return reply.code(201).send({ member: { id, name: savedName, email, role: savedRole, groupId: savedGroup }, notices: result.notices });
  });

  app.patch<{ Params: IdParams }>('/api/members/:id', options, async (request) => {
    const session = await authenticate(request, db, ctx.now());
    requireAdmin(session, 'change members');
    const body = new FieldReader(request.body, ['name', 'role', 'groupId']);
    body.requireOneOf(['name', 'role', 'groupId']);
    const name = body.optionalText('name', 1, MAX_NAME_LENGTH);
    const role = body.optionalOneOf('role', ROLES);
    const groupId = body.optionalNullableId('groupId', MAX_ID_LENGTH);
    body.done();
    const { id } = request.params;
    let before: Member | undefined;
    const result = await change(session, (roster) => {
      before = roster.members.find((m) => m.id === id);
      return planMemberUpdate(roster, id, { name, role, groupId }, ctx.now());
    });
    return { member: result.members.find((m) => m.id === id) ?? before, ...changed(result) };
  });

  app.post<{ Params: IdParams }>('/api/members/:id/deactivate', options, async (request) => {
    const session = await authenticate(request, db, ctx.now());
    requireAdmin(session, 'deactivate members');
    const { id } = request.params;
    let before: Member | undefined;
    const result = await change(session, (roster) => {
      before = roster.members.find((m) => m.id === id);
      return deactivateMember(roster, session.member.id, id, ctx.now());
    });
    return { member: result.members.find((m) => m.id === id) ?? before, ...changed(result) };
  });

  app.post('/api/groups', options, async (request, reply) => {
    const session = await authenticate(request, db, ctx.now());
    requireAdmin(session, 'create groups');
    const body = new FieldReader(request.body, ['name']);
    const name = body.text('name', 1, MAX_NAME_LENGTH);
    body.done();
    const id = ctx.newId();
    const result = await change(session, (roster) => createGroup(roster, { id, name }, ctx.now()));
    return reply.code(201).send({ group: result.groups.find((g) => g.id === id), ...changed(result) });
  });

  app.patch<{ Params: IdParams }>('/api/groups/:id', options, async (request) => {
    const session = await authenticate(request, db, ctx.now());
    requireAdmin(session, 'change groups');
    const body = new FieldReader(request.body, ['name', 'leaderId']);
    body.requireOneOf(['name', 'leaderId']);
    const name = body.optionalText('name', 1, MAX_NAME_LENGTH);
    const leaderId = body.optionalNullableId('leaderId', MAX_ID_LENGTH);
    body.done();
    const { id } = request.params;
    const now = ctx.now();
    let before: Group | undefined;
    const result = await change(session, (roster) => {
      before = roster.groups.find((g) => g.id === id);
      const steps: ((r: TeamRoster) => TeamChange)[] = [];
      if (name !== undefined) steps.push((r) => renameGroup(r, id, name, now));
      if (leaderId !== undefined) steps.push((r) => setGroupLeader(r, id, leaderId, now));
      return chainTeamChanges(roster, steps);
    });
    return { group: result.groups.find((g) => g.id === id) ?? before, ...changed(result) };
  });

  app.delete<{ Params: IdParams }>('/api/groups/:id', options, async (request, reply) => {
    const session = await authenticate(request, db, ctx.now());
    requireAdmin(session, 'delete groups');
    await change(session, (roster) => deleteGroup(roster, request.params.id, ctx.now()));
    return reply.code(204).send();
  });
}
