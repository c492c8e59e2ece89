import type { DataManagementSettings } from './dataManagementSettings';
import type { GuardedField } from './guardedFields';

/**
 * Who may change a guarded field under the settings, in words, the liaison first:
 * ["the liaison", "an Administrator", "any Team Leader"]. "The Team Leader of the liaison's
 * group" is left out when every Team Leader may.
 */
export function whoMayChange(settings: DataManagementSettings, field: GuardedField): string[] {
  const grants = settings.grants[field];
  const who = ['the liaison'];
  if (grants.admins) who.push('an Administrator');
  if (grants.allLeaders) who.push('any Team Leader');
  else if (grants.liaisonGroupLeader) who.push("the Team Leader of the liaison's group");
  if (grants.allMembers) who.push('any Member');
  return who;
}

/** "a", "a or b", "a, b or c". */
export function joinWithOr(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
