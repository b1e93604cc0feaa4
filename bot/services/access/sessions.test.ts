import { describe, expect, it } from 'vitest';
import { createSessions } from './sessions';

const secret = new TextEncoder().encode('a-test-secret-of-enough-length');

describe('sessions', () => {
  it('accepts its own token again and again, and refuses it once expired even after it was remembered', async () => {
    let clock = new Date('2026-11-23T08:00:00Z');
    const sessions = createSessions(secret, () => clock);
    const { token } = await sessions.issue('member-1');
    expect(await sessions.verify(`Bearer ${token}`)).toBe('member-1');
    expect(await sessions.verify(`Bearer ${token}`)).toBe('member-1');
    clock = new Date('2026-11-23T20:00:01Z'); // 12 h and a second later
    await expect(sessions.verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'session_expired' });
  });

  it('refuses a token whose signature was changed, even when the genuine one was verified before', async () => {
    const sessions = createSessions(secret);
    const { token } = await sessions.issue('member-1');
    await sessions.verify(`Bearer ${token}`);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    await expect(sessions.verify(`Bearer ${tampered}`)).rejects.toMatchObject({ code: 'session_expired' });
    const other = createSessions(new TextEncoder().encode('another-secret-of-enough-length'));
    await expect(other.verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'session_expired' });
  });
});
