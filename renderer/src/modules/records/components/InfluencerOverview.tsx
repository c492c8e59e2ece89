import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import type { InfluencerKind } from '../../../../../shared/influencer';
import type { CrmRecord, CrmRecordType } from '../../../../../shared/records/crmRecord';
import { expenseTotalsByCurrency } from '../../../../../shared/records/expenseTotalsByCurrency';
import { formatAmount } from '../../../../../shared/records/money';
import { InfluencerEmailProjects } from '../../projects/components/InfluencerEmailProjects';
import { useInfluencerRecords } from '../hooks/useInfluencerRecords';
import { RECORD_KINDS } from '../recordKinds';
import { RecordSection } from './RecordSection';

function groupByType(records: readonly CrmRecord[]): Map<CrmRecordType, CrmRecord[]> {
  const groups = new Map<CrmRecordType, CrmRecord[]>();
  for (const record of records) {
    const list = groups.get(record.type);
    if (list === undefined) groups.set(record.type, [record]);
    else list.push(record);
  }
  return groups;
}

/**
 * The Overview (reference 000, "CRM Details Page"): the email projects the influencer is in,
 * and for platform influencers the team's records — shipments, expenses (with totals per
 * currency), content posts and notes. Self-created influencers show email projects only.
 */
export function InfluencerOverview({ influencerId, kind }: { influencerId: string; kind: InfluencerKind }) {
  const records = useInfluencerRecords(influencerId);
  const byType = useMemo(() => groupByType(records), [records]);
  const totals = useMemo(() => expenseTotalsByCurrency(records), [records]);
  const projects = byType.get('project_member') ?? [];

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="overview-heading">
      <Typography variant="h6" component="h2" id="overview-heading">Overview</Typography>
      <Stack spacing={2} divider={<Divider flexItem />} sx={{ mt: 1 }}>
        <section aria-labelledby="email-projects-heading">
          <Typography variant="subtitle1" component="h3" id="email-projects-heading">Email projects</Typography>
          <InfluencerEmailProjects memberships={projects} />
        </section>
        {kind === 'platform' &&
          RECORD_KINDS.map((spec) => (
            <RecordSection
              key={spec.type}
              spec={spec}
              influencerId={influencerId}
              records={byType.get(spec.type) ?? []}
              footer={spec.type === 'expense' && totals.length > 0 ? (
                <Typography variant="body2" aria-label="Expense totals">
                  Total: {totals.map((t) => `${formatAmount(t.amountMinor, t.currency)} ${t.currency}`).join(' · ')}
                </Typography>
              ) : undefined}
            />
          ))}
      </Stack>
    </Paper>
  );
}
