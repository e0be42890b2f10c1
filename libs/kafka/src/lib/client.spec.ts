import { logLevel } from 'kafkajs';
import { kafkaLogLevel } from './client';

describe('kafkaLogLevel', () => {
  it('keeps kafkajs levels', () => {
    expect(kafkaLogLevel(logLevel.ERROR, 'Response Metadata(key: 3, version: 6)')).toBe('error');
    expect(kafkaLogLevel(logLevel.WARN, 'Connection timeout')).toBe('warn');
    expect(kafkaLogLevel(logLevel.INFO, 'Starting')).toBe('info');
    expect(kafkaLogLevel(logLevel.DEBUG, 'Request Fetch')).toBe('debug');
  });

  it('logs the warning about bounded retries of idempotent producers, a deliberate choice, at debug', () => {
    expect(kafkaLogLevel(logLevel.WARN, 'Limiting retries for the idempotent producer may invalidate EoS guarantees')).toBe('debug');
  });
});
