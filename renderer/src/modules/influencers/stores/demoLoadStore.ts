import { create } from 'zustand';
import type { DemoLoadProgress } from '../commands/loadDemoData';

/** Progress of a demo-data load; lives outside the empty-CRM panel, which unmounts as rows arrive. */
interface DemoLoadState {
  progress: DemoLoadProgress | null;
  error: string | null;
  setProgress(progress: DemoLoadProgress | null): void;
  setError(error: string | null): void;
}

export const useDemoLoadStore = create<DemoLoadState>()((set) => ({
  progress: null,
  error: null,
  setProgress: (progress) => set({ progress }),
  setError: (error) => set({ error }),
}));
