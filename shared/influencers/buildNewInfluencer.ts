import type { Activity } from '../activity';
import type { Influencer } from '../influencer';
import { validateEmail } from '../email/validateEmail';
import { parseProfileLink } from '../links/parseProfileLink';
import { validateWebLink } from '../links/validateWebLink';
import { deriveOfficialName } from '../names/deriveOfficialName';
import { MAX_NAME_LENGTH } from '../schemas/limits';
import { INITIAL_STATUS_ID } from '../statuses';

/** What the "Add influencer" dialog collects. */
export type NewInfluencerInput =
  | { type: 'platform'; link: string; email?: string }
  | { type: 'custom'; name?: string; link?: string; email?: string };

export interface NewInfluencerContext {
  actorId: string;
  now: number;
  /** Fresh ids, passed in so callers (and tests) control them. */
  influencerId: string;
  activityId: string;
  /** The team's initial status (its status catalog's initialStatusId); "Not collaborated" when absent. */
  initialStatusId?: string;
}

export type NewInfluencerResult =
  | { ok: true; influencer: Influencer; activity: Activity }
  | { ok: false; errors: Partial<Record<'link' | 'email' | 'name', string>> };

/**
 * Builds a manually added influencer and its "created" activity entry.
 * Rules (reference 000): a manual add's liaison is the adder; the status starts at the
 * team's initial status ("Not collaborated" unless the team chose another); a self-created
 * influencer without a name gets one derived from its link or email. The email goes to
 * `email` alone: a new document without email sources reads it as typed by hand
 * (shared/email/effectiveEmail.ts), which keeps it right for writers that only know `email`.
 */
export function buildNewInfluencer(input: NewInfluencerInput, ctx: NewInfluencerContext): NewInfluencerResult {
  const errors: Partial<Record<'link' | 'email' | 'name', string>> = {};

  let email: string | null = null;
  if (input.email !== undefined && input.email.trim() !== '') {
    const checked = validateEmail(input.email);
    if (checked.ok) email = checked.email;
    else errors.email = checked.reason;
  }

  let fields: Pick<Influencer, 'kind' | 'platform' | 'platformId' | 'link' | 'officialName'> | null = null;
  if (input.type === 'platform') {
    const parsed = parseProfileLink(input.link);
    if (!parsed.ok) errors.link = parsed.reason;
    else {
      fields = {
        kind: 'platform',
        platform: parsed.platform,
        platformId: parsed.platformId,
        link: parsed.link,
        // Until the profile is looked up on the platform, the handle stands in for its name.
        officialName: deriveOfficialName({ link: parsed.link }),
      };
    }
  } else {
    let link = '';
    if (input.link !== undefined && input.link.trim() !== '') {
      const checked = validateWebLink(input.link);
      if (checked.ok) link = checked.link;
      else errors.link = checked.reason;
    }
    const name = input.name?.trim() ?? '';
    if (name.length > MAX_NAME_LENGTH) errors.name = `The name is longer than ${MAX_NAME_LENGTH} characters.`;
    if (name === '' && link === '' && email === null && Object.keys(errors).length === 0) {
      errors.name = 'Give a name, a link or an email for a self-created influencer.';
    }
    if (Object.keys(errors).length === 0) {
      fields = {
        kind: 'custom',
        platform: null,
        platformId: null,
        link,
        officialName: deriveOfficialName({ name, link, email: email ?? undefined }),
      };
    }
  }

  if (fields === null || Object.keys(errors).length > 0) return { ok: false, errors };

  const influencer: Influencer = {
    id: ctx.influencerId,
    ...fields,
    customName: null,
    email,
    status: ctx.initialStatusId ?? INITIAL_STATUS_ID,
    labelIds: [],
    liaisonId: ctx.actorId,
    archived: false,
    source: 'manual',
    followers: null,
    country: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    createdBy: ctx.actorId,
    updatedBy: ctx.actorId,
  };
  const activity: Activity = {
    id: ctx.activityId,
    influencerId: influencer.id,
    actorId: ctx.actorId,
    at: ctx.now,
    kind: 'created',
    field: null,
    from: null,
    to: null,
    batchId: null,
  };
  return { ok: true, influencer, activity };
}
