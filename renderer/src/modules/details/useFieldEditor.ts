import { useState } from 'react';
import type { ChangeContext, ChangeResult } from '../influencers/commands/changeInfluencerField';
import { commandContext } from '../team/commandContext';

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
      try {
        const result = await command(await commandContext(), draft);
        if (result.status === 'invalid' || result.status === 'refused') setError(result.reason);
        else if (result.status === 'not_found') setError('This influencer is no longer in your CRM.');
        else {
          setEditing(false);
          setError(null);
        }
      } catch (e) {
        setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        setSaving(false);
      }
    },
  };
}
