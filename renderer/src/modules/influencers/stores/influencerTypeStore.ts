import { create } from 'zustand';
import type { InfluencerTypeScope } from '../../../../../shared/search/compileSearch';

/**
 * Which influencer type the search box looks at (reference 000: choose the type first).
 * A store of its own, beside listStore, so the list's other UI state is untouched by it.
 */
interface InfluencerTypeState {
  scope: InfluencerTypeScope;
  setScope(scope: InfluencerTypeScope): void;
}

export const useInfluencerTypeStore = create<InfluencerTypeState>()((set) => ({
  scope: 'all',
  setScope: (scope) => set({ scope }),
}));
