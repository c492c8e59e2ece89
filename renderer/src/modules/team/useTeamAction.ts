import { useState } from 'react';
import type { TeamChange, TeamRoster } from '../../../../shared/team/teamChange';
import type { Session } from '../../session/session';
import { useSessionState } from '../../session/sessionState';
import type { TeamApiResult } from './teamApi';
import { useTeamDirectory } from './teamDirectoryStore';

export interface TeamActionState {
  busy: boolean;
  /** What went wrong, in words. */
  error: string | null;
  /** What the change did besides the obvious ("Marketing has no Team Leader now…"). */
  notices: string[];
  /**
   * Checks the change with the shared team rules first (so a refusal needs no round trip and
   * the notices are known), then asks the server, which checks again and writes.
   */
  run(plan: ((roster: TeamRoster) => TeamChange) | null, call: (session: Session) => Promise<TeamApiResult>): Promise<boolean>;
  clear(): void;
}

/** One Team settings action at a time, with its outcome for the screen. */
export function useTeamAction(): TeamActionState {
  const session = useSessionState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  return {
    busy,
    error,
    notices,
    clear() {
      setError(null);
      setNotices([]);
    },
    async run(plan, call) {
      if (session.status !== 'signedIn') return false;
      setError(null);
      setNotices([]);
      const { members, groups } = useTeamDirectory.getState();
      const planned = plan === null ? null : plan({ members, groups });
      if (planned !== null && !planned.ok) {
        setError(planned.reason);
        return false;
      }
      setBusy(true);
      try {
        const result = await call(session.session);
        if (!result.ok) {
          setError(result.message);
          return false;
        }
        setNotices(planned?.notices ?? []);
        return true;
      } finally {
        setBusy(false);
      }
    },
  };
}
