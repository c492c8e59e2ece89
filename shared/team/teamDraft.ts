import type { Group } from './group';
import type { Member } from './member';
import type { TeamChangeApplied, TeamRoster } from './teamChange';

/**
 * A working copy of the roster that the team rules change step by step; it remembers which
 * documents changed (stamping `updatedAt`) and what to tell people, so rules compose (adding
 * a Team Leader = adding a member + making them the group's leader).
 */
export class TeamDraft {
  private readonly members: Map<string, Member>;
  private readonly groups: Map<string, Group>;
  private readonly changedMembers = new Set<string>();
  private readonly changedGroups = new Set<string>();
  private readonly deletedGroups = new Set<string>();
  private readonly notices: string[] = [];

  constructor(roster: TeamRoster, private readonly now: number) {
    this.members = new Map(roster.members.map((m) => [m.id, m]));
    this.groups = new Map(roster.groups.map((g) => [g.id, g]));
  }

  member(id: string): Member | undefined {
    return this.members.get(id);
  }

  group(id: string): Group | undefined {
    return this.groups.get(id);
  }

  allMembers(): Member[] {
    return [...this.members.values()];
  }

  allGroups(): Group[] {
    return [...this.groups.values()];
  }

  /** Adds a new document as it is (it counts as changed). */
  addMember(member: Member): void {
    this.members.set(member.id, member);
    this.changedMembers.add(member.id);
  }

  addGroup(group: Group): void {
    this.groups.set(group.id, group);
    this.changedGroups.add(group.id);
  }

  updateMember(id: string, fields: Partial<Omit<Member, 'id' | 'createdAt' | 'updatedAt'>>): void {
    const current = this.members.get(id);
    if (current === undefined || !differs(current, fields)) return;
    this.members.set(id, { ...current, ...fields, updatedAt: this.now });
    this.changedMembers.add(id);
  }

  updateGroup(id: string, fields: Partial<Omit<Group, 'id' | 'createdAt' | 'updatedAt'>>): void {
    const current = this.groups.get(id);
    if (current === undefined || !differs(current, fields)) return;
    this.groups.set(id, { ...current, ...fields, updatedAt: this.now });
    this.changedGroups.add(id);
  }

  deleteGroup(id: string): void {
    this.groups.delete(id);
    this.changedGroups.delete(id);
    this.deletedGroups.add(id);
  }

  notice(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  result(): TeamChangeApplied {
    const pick = <T>(ids: Set<string>, map: Map<string, T>): T[] => [...ids].flatMap((id) => map.get(id) ?? []);
    return {
      ok: true,
      members: pick(this.changedMembers, this.members),
      groups: pick(this.changedGroups, this.groups),
      deletedGroupIds: [...this.deletedGroups],
      notices: [...this.notices],
    };
  }
}

function differs<T extends object>(current: T, fields: Partial<T>): boolean {
  return (Object.keys(fields) as (keyof T)[]).some((key) => fields[key] !== undefined && fields[key] !== current[key]);
}
