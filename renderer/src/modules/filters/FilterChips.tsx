import CancelIcon from '@mui/icons-material/Cancel';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';
import { describeCondition } from '../../../../shared/filters/describeCondition';
import { removeFilterNode, type FilterPath } from '../../../../shared/filters/filterPaths';
import type { FilterCondition, FilterNode } from '../../../../shared/filters/listFilter';
import { isCompleteCondition } from '../../../../shared/filters/usableFilter';
import { useListStore } from '../influencers/stores/listStore';
import { useFilterChoices, type FilterChoices } from './useFilterChoices';

/**
 * The advanced filter's conditions as removable chips above the list, groups in parentheses
 * joined by their "and"/"or". Unfinished conditions show only in the builder.
 */
export function FilterChips() {
  const filter = useListStore((s) => s.filter);
  const choices = useFilterChoices(false);
  if (filter === null || !hasComplete(filter.root)) return null;
  const remove = (path: FilterPath) => useListStore.getState().setFilter(removeFilterNode(filter, path));
  return (
    <Stack role="group" aria-label="Active filters" direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <Nodes nodes={filter.root.children} path={[]} combinator={filter.root.combinator} choices={choices} onRemove={remove} />
    </Stack>
  );
}

function hasComplete(node: FilterNode): boolean {
  return node.type === 'condition' ? isCompleteCondition(node) : node.children.some(hasComplete);
}

interface NodesProps {
  nodes: readonly FilterNode[];
  path: FilterPath;
  combinator: 'and' | 'or';
  choices: FilterChoices;
  onRemove(path: FilterPath): void;
}

function Nodes({ nodes, path, combinator, choices, onRemove }: NodesProps) {
  const shown = nodes.map((node, i) => ({ node, at: [...path, i] })).filter(({ node }) => hasComplete(node));
  return shown.map(({ node, at }, i) => (
    <Fragment key={at.join('.')}>
      {i > 0 && <Typography variant="caption" color="text.secondary">{combinator}</Typography>}
      {node.type === 'condition' ? (
        <ConditionChip condition={node} choices={choices} onRemove={() => onRemove(at)} />
      ) : (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, px: 0.5, border: 1, borderColor: 'divider', borderRadius: 2 }}>
          <Nodes nodes={node.children} path={at} combinator={node.combinator} choices={choices} onRemove={onRemove} />
        </Box>
      )}
    </Fragment>
  ));
}

function ConditionChip({ condition, choices, onRemove }: { condition: FilterCondition; choices: FilterChoices; onRemove(): void }) {
  const text = describeCondition(condition, choices.describe);
  return (
    <Chip
      size="small"
      label={text}
      aria-label={text}
      onDelete={onRemove}
      // Named for pointer and assistive use; the chip itself also takes Delete/Backspace.
      deleteIcon={<CancelIcon aria-label={`Remove ${text}`} role="button" aria-hidden={false} />}
    />
  );
}
