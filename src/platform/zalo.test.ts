import { beforeEach, describe, expect, it, vi } from 'vitest';

// The exact specifier zalo.ts imports: 'zmp-sdk' and 'zmp-sdk/apis' are different module ids.
const sdk = vi.hoisted(() => ({
  nativeStorage: { getItem: vi.fn(), setItem: vi.fn(), removeItem: vi.fn() },
  openShareSheet: vi.fn(),
  openWebview: vi.fn(),
  getSystemInfo: vi.fn(),
  getAccessToken: vi.fn(),
  scanQRCode: vi.fn(),
  events: { on: vi.fn(), off: vi.fn() },
  EventName: { OpenApp: 'h5.event.open.mp' },
}));
vi.mock('zmp-sdk/apis', () => sdk);

const { createZaloPlatform } = await import('./zalo');

describe('the Zalo platform', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shares a lesson as a mini app deep link to its path', async () => {
    sdk.openShareSheet.mockResolvedValue({});
    const p = createZaloPlatform('123');
    expect(await p.share({ path: '/lesson/vneid-install', title: 'T', description: 'D' })).toBe('shared');
    expect(sdk.openShareSheet).toHaveBeenCalledWith({
      type: 'zmp_deep_link',
      data: expect.objectContaining({ title: 'T', description: 'D', path: '/lesson/vneid-install' }),
    });
    expect(p.appLink('/lesson/vneid-install')).toBe('https://zalo.me/s/123/lesson/vneid-install');
  });

  it('treats SDK errors as plain objects with a code', async () => {
    const p = createZaloPlatform('123');
    sdk.openShareSheet.mockRejectedValueOnce({ code: -2000, message: 'not in Zalo' });
    expect(await p.share({ path: '/', title: 'T', description: 'D' })).toBe('failed');
    sdk.openShareSheet.mockRejectedValueOnce({ code: -1, message: 'closed' });
    expect(await p.share({ path: '/', title: 'T', description: 'D' })).toBe('cancelled');
  });

  it('stores through nativeStorage and reads the Zalo language', async () => {
    const p = createZaloPlatform('123');
    sdk.nativeStorage.getItem.mockReturnValue('');
    expect(p.storage.getItem('k')).toBeNull();
    p.storage.setItem('k', 'v');
    expect(sdk.nativeStorage.setItem).toHaveBeenCalledWith('k', 'v');
    sdk.getSystemInfo.mockResolvedValue({ zaloLanguage: 'en' });
    expect(await p.preferredLanguage()).toBe('en');
  });

  it('follows a reopened app to the path of its link', () => {
    const p = createZaloPlatform('123');
    const handler = vi.fn();
    const off = p.onReopen(handler);
    const listener = sdk.events.on.mock.calls[0][1] as (d: { path?: string }) => void;
    listener({ path: '/lesson/fraud-bank-sms' });
    expect(handler).toHaveBeenCalledWith('/lesson/fraud-bank-sms');
    off();
    expect(sdk.events.off).toHaveBeenCalledWith('h5.event.open.mp', listener);
  });

  it('gets the access token and scanned text, and treats refusals as absent', async () => {
    const p = createZaloPlatform('123');
    sdk.getAccessToken.mockResolvedValueOnce('zalo-token-123');
    expect(await p.getAccessToken()).toBe('zalo-token-123');
    sdk.getAccessToken.mockRejectedValueOnce({ code: -1401, message: 'denied' });
    expect(await p.getAccessToken()).toBeUndefined();
    sdk.scanQRCode.mockResolvedValueOnce({ content: 'https://zalo.me/s/123/household/join?code=ABC234' });
    expect(await p.scanQr()).toBe('https://zalo.me/s/123/household/join?code=ABC234');
    sdk.scanQRCode.mockRejectedValueOnce({ code: -201, message: 'user cancel' });
    expect(await p.scanQr()).toBeUndefined();
    expect(await p.saveText('a.json', '{}', 'application/json')).toBe('unsupported');
  });
});
