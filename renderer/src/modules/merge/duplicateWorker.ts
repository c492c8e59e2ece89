/// <reference lib="webworker" />
import { suggestDuplicateGroups, type DuplicateRow } from '../../../../shared/influencers/suggestDuplicateGroups';

// Comparing 100,000 influencers takes seconds of CPU: here, off the window's thread.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<DuplicateRow[]>) => {
  scope.postMessage(suggestDuplicateGroups(event.data).groups);
};
