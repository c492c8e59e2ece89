import { useState } from 'react';
import type { ChangeContext, ChangeResult } from '../influencers/commands/changeInfluencerField';
import { runChange } from './runChange';

/** The state of one inline editor on the details page: closed, or open with a draft. */
export interface FieldEditor {
  editing: boolean;
  draft: string;
  error: string | null;
  saving: boolean;
  open(initial: string): void;
  setDraft(value: string): void;
  cancel(): void;
  /** Runs the command with the draft; closes on success, keeps the editor open with the reason otherwise. */
  save(command: (ctx: ChangeContext, draft: string) => Promise<ChangeResult>): Promise<void>;
}

export function useFieldEditor(): FieldEditor {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return {
    editing,
    draft,
    error,
    saving,
    open(initial) {
      setDraft(initial);
      setError(null);
      setEditing(true);
    },
    setDraft,
    cancel() {
      setEditing(false);
      setError(null);
    },
    async save(command) {
      setSaving(true);
      const failure = await runChange((ctx) => command(ctx, draft));
      setSaving(false);
      setError(failure);
      if (failure === null) setEditing(false);
    },
  };
}
