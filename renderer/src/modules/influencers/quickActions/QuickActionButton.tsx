import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { MouseEvent, ReactNode } from 'react';

/**
 * One hover button: its name as the tooltip, or — when disabled — the reason in words (a
 * disabled button gets no pointer events, so the tooltip sits on a wrapper).
 */
export function QuickActionButton({ label, reason, tabIndex, onClick, children }: {
  label: string;
  reason: string | null;
  tabIndex: number;
  onClick: (event: MouseEvent<HTMLElement>) => void;
  children: ReactNode;
}) {
  const disabled = reason !== null;
  return (
    <Tooltip title={disabled ? `${label}: ${reason}` : label} disableInteractive>
      <span>
        <IconButton
          size="small"
          aria-label={label}
          aria-description={reason ?? undefined}
          disabled={disabled}
          tabIndex={tabIndex}
          onClick={(event) => {
            // The row's own click (focus, selection) is not this button's business.
            event.stopPropagation();
            onClick(event);
          }}
        >
          {children}
        </IconButton>
      </span>
    </Tooltip>
  );
}
