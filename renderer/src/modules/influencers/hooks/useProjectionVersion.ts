import { useSyncExternalStore } from 'react';
import { projection } from '../../../app/crmRuntime';

/** Re-renders when the projection changes; the version number is the snapshot React compares. */
export function useProjectionVersion(): number {
  return useSyncExternalStore(
    (listener) => projection.subscribe(listener),
    () => projection.version,
  );
}
