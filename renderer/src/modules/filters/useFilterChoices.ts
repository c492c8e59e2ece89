import { useMemo } from 'react';
import { CURRENT_MEMBER, type ChoiceField } from '../../../../shared/filters/listFilter';
import type { DescribeContext } from '../../../../shared/filters/describeCondition';
import { SOURCE_LABELS } from '../../../../shared/filters/describeCondition';
import { PLATFORM_LABELS } from '../../../../shared/influencer';
import { readStatusCatalog } from '../../../../shared/statuses/readStatusCatalog';
import type { StatusGroup } from '../../../../shared/statuses/statusGroups';
import { projection } from '../../app/crmRuntime';
import { useProjectionVersion } from '../influencers/hooks/useProjectionVersion';
import { useSearchLookups } from '../influencers/hooks/useSearchLookups';
import { labelInfo } from '../labels/labelLookup';
import { useTeamDirectory } from '../team/teamDirectoryStore';

export interface Choice {
  value: string | null;
  label: string;
}

export interface FilterChoices {
  choice: Record<ChoiceField, readonly Choice[]>;
  labels: readonly Choice[];
  describe: DescribeContext;
}

const GROUP_OF: Record<'status' | 'contractStatus' | 'paymentStatus', StatusGroup> = { status: 'influencer', contractStatus: 'contract', paymentStatus: 'payment' };

/**
 * What each field of the builder offers, and the names chips show: the team's status catalog,
 * members (and "me"), labels, and the countries and languages the CRM holds.
 */
export function useFilterChoices(withPlaces = true): FilterChoices {
  const lookups = useSearchLookups();
  const catalogValue = useTeamDirectory((s) => s.statusCatalogValue);
  const version = useProjectionVersion();
  const places = useMemo(() => {
    // One pass over every row per data version; the chips (withPlaces false) need none of it.
    if (!withPlaces) return { countries: [], languages: [] };
    const countries = new Set<string>();
    const languages = new Set<string>();
    for (const row of projection.allRows()) {
      if (row.country !== null) countries.add(row.country.toUpperCase());
      if (row.language !== null) languages.add(row.language.toLowerCase());
    }
    return { countries: [...countries].sort(), languages: [...languages].sort() };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the projection's content
  }, [version, withPlaces]);
  return useMemo(() => {
    const catalog = readStatusCatalog(catalogValue).catalog;
    const statuses = (field: keyof typeof GROUP_OF): Choice[] => [
      ...catalog.statuses.filter((s) => s.group === GROUP_OF[field]).map((s) => ({ value: s.id, label: s.retired ? `${s.label} (retired)` : s.label })),
      ...(field === 'status' ? [] : [{ value: null, label: 'None yet' }]),
    ];
    const statusLabels = new Map(catalog.statuses.map((s) => [s.id, s.label]));
    const memberNames = new Map(lookups.members.map((m) => [m.id, m.name]));
    const choice: Record<ChoiceField, readonly Choice[]> = {
      status: statuses('status'),
      contractStatus: statuses('contractStatus'),
      paymentStatus: statuses('paymentStatus'),
      liaison: [{ value: CURRENT_MEMBER, label: 'Me' }, ...lookups.members.map((m) => ({ value: m.id, label: m.name })), { value: null, label: 'Unassigned' }],
      platform: [...Object.entries(PLATFORM_LABELS).map(([value, label]) => ({ value, label })), { value: 'custom', label: 'Self-created' }],
      country: [...places.countries.map((c) => ({ value: c, label: c })), { value: null, label: 'Unknown' }],
      language: [...places.languages.map((l) => ({ value: l, label: l })), { value: null, label: 'Unknown' }],
      source: Object.entries(SOURCE_LABELS).map(([value, label]) => ({ value, label })),
    };
    const labels = lookups.labels.map((l) => ({ value: l.id, label: labelInfo(l.id).name }));
    const describe: DescribeContext = {
      statusLabel: (id) => statusLabels.get(id) ?? id,
      labelName: (id) => labelInfo(id).name,
      memberName: (id) => memberNames.get(id) ?? 'a former member',
    };
    return { choice, labels, describe };
  }, [lookups, catalogValue, places]);
}
