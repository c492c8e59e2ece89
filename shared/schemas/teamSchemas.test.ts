import { describe, expect, it } from 'vitest';
import { defaultDataManagementSettings } from '../permissions/dataManagementSettings';
import type { Group } from '../team/group';
import type { Member } from '../team/member';
import type { Setting } from '../settings/setting';
import { groupSchema } from './groupSchema';
import { memberSchema } from './memberSchema';
import { settingSchema } from './settingSchema';
import { validateDocument } from './validateDocument';

const member: Member = { id: 'm1', name: 'Ada', email: 'ada@x.com', role: 'leader', groupId: 'g1', active: true, createdAt: 1, updatedAt: 2 };
const group: Group = { id: 'g1', name: 'Sales', leaderId: 'm1', createdAt: 1, updatedAt: 2 };
const setting: Setting = { id: 'data_management', value: { ...defaultDataManagementSettings() }, updatedAt: 3, updatedBy: 'm1' };
const errorsOf = (schema: Parameters<typeof validateDocument>[0], value: unknown): string[] => {
  const result = validateDocument(schema, value);
  return result.ok ? [] : result.errors;
};

describe('team schemas', () => {
  it('accept their documents', () => {
    expect(errorsOf(memberSchema, member)).toEqual([]);
    expect(errorsOf(memberSchema, { ...member, role: 'admin', groupId: null, active: false })).toEqual([]);
    expect(errorsOf(groupSchema, group)).toEqual([]);
    expect(errorsOf(groupSchema, { ...group, leaderId: null })).toEqual([]);
    expect(errorsOf(settingSchema, setting)).toEqual([]);
  });

  it('refuse password data, unknown roles and empty names', () => {
    expect(errorsOf(memberSchema, { ...member, passwordHash: 'x' })).toEqual(['unknown field "passwordHash"']);
    expect(errorsOf(memberSchema, { ...member, role: 'owner', name: '' }).sort()).toEqual(['name: must be at least 1 characters', 'role: must be one of "admin", "leader", "member"']);
    expect(errorsOf(groupSchema, { ...group, name: 'x'.repeat(201) })).toEqual(['name: must be at most 200 characters']);
    expect(errorsOf(settingSchema, { ...setting, value: null })).toEqual(['value: must be an object']);
  });

  it('are version 0 with every field required and bounded', () => {
    for (const schema of [memberSchema, groupSchema, settingSchema]) {
      expect(schema.version).toBe(0);
      expect([...schema.required].sort()).toEqual(Object.keys(schema.properties).sort());
      for (const [field, node] of Object.entries(schema.properties)) {
        const types: readonly string[] = typeof node.type === 'string' ? [node.type] : node.type;
        if (types.includes('string') && !('enum' in node)) expect({ field, maxLength: 'maxLength' in node }).toEqual({ field, maxLength: true });
      }
    }
  });
});
