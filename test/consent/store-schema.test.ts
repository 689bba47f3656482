import { describe, expect, it } from 'vitest';
import { ConsentRecord } from '../../src/consent/entities.ts';
import { Activity } from '../../src/domain/entities.ts';
import { compileCanonicalCheck } from '../../src/store/canonical-check.ts';

describe('consent and compliance fields keep the store’s fast load path', () => {
  it('a consent record and a flagged activity are checked by the compiled canonical check', () => {
    const record = {
      id: 'K-1',
      prospectId: 'P-1',
      channel: 'phone',
      status: 'granted',
      basis: 'consent',
      at: '2026-12-03',
      source: 'salon',
      proof: 'https://forms.example/r/42',
      recordedAt: '2026-12-09T10:00:00.000Z',
      recordedBy: 'cli:alice',
      origin: 'chat',
    };
    expect(compileCanonicalCheck(ConsentRecord)?.(record)).toBe(true);
    expect(compileCanonicalCheck(ConsentRecord)?.({ ...record, channel: 'fax' })).toBe(false);
    const activity = {
      id: 'A-1',
      kind: 'call',
      outcome: 'no_answer',
      prospectId: 'P-1',
      repId: 'cli:alice',
      date: '2026-12-02',
      time: '21:00',
      source: 'chat',
      compliance: ['call_outside_hours'],
      createdAt: '2026-12-09T10:00:00.000Z',
      createdBy: 'cli:alice',
    };
    expect(compileCanonicalCheck(Activity)?.(activity)).toBe(true);
    expect(compileCanonicalCheck(Activity)?.({ ...activity, compliance: ['nope'] })).toBe(false);
  });
});
