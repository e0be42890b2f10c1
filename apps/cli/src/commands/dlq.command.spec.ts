import { replayHeaders } from './dlq.command';

describe('replayHeaders', () => {
  it('drops the DLQ headers, keeps the trace id and marks the replay', () => {
    const headers = replayHeaders({ 'vidx-trace-id': 't1', 'vidx-dlq-stage': 'cleaner', 'vidx-dlq-error-code': 'X' }, '2026-01-01T00:00:00Z');
    expect(headers).toEqual({ 'vidx-trace-id': 't1', 'vidx-replayed-at': '2026-01-01T00:00:00Z' });
  });
});
