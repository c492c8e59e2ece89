import type { Influencer } from '../influencer';
import type { StatusGroup } from './statusGroups';

/**
 * An influencer's status in a group; null when it has none (only the Contract and Payment
 * groups can be empty, and version 0 documents have neither field).
 */
export function statusOf(inf: Pick<Influencer, 'status' | 'contractStatus' | 'paymentStatus'>, group: StatusGroup): string | null {
  switch (group) {
    case 'influencer':
      return inf.status;
    case 'contract':
      return inf.contractStatus ?? null;
    case 'payment':
      return inf.paymentStatus ?? null;
  }
}
