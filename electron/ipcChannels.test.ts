import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from './ipcChannels';

describe('IPC_CHANNELS', () => {
  it('gives every bridge function its own namespaced channel', () => {
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^crm:[a-z-]+$/);
  });
});
