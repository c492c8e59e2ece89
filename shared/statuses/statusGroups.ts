import type { Influencer } from '../influencer';

/**
 * The three status groups (reference 001): each influencer has at most one status per group.
 * The Influencer group's status is the collaboration status.
 */
export const STATUS_GROUPS = ['influencer', 'contract', 'payment'] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  influencer: 'Influencer',
  contract: 'Contract',
  payment: 'Payment',
};

/** The influencer field that holds each group's status id. */
export const STATUS_GROUP_FIELDS = {
  influencer: 'status',
  contract: 'contractStatus',
  payment: 'paymentStatus',
} as const satisfies Record<StatusGroup, keyof Influencer>;

export function isStatusGroup(value: unknown): value is StatusGroup {
  return typeof value === 'string' && (STATUS_GROUPS as readonly string[]).includes(value);
}
