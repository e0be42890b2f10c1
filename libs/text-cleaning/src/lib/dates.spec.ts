import { InvalidDateError } from './errors';
import { normalizeDate } from './dates';

describe('normalizeDate', () => {
  it.each([
    ['6/8/2021', '2021-06-08'],
    ['12/31/2020', '2020-12-31'],
    // Only day/month can read it: there is no month 15.
    ['15/06/2022', '2022-06-15'],
    ['2021-06-08', '2021-06-08'],
    ['2021/6/8', '2021-06-08'],
    ['June 8, 2021', '2021-06-08'],
    ['Jun 8 2021', '2021-06-08'],
    ['Sept. 23, 2019', '2019-09-23'],
    ['Tuesday, June 8, 2021', '2021-06-08'],
    ['8 Jun 2021', '2021-06-08'],
    ['27 February 2022', '2022-02-27'],
    ['2/29/2024', '2024-02-29'],
  ])('reads the date %s as %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    ['2023-10-13T16:42:07Z', '2023-10-13T16:42:07Z'],
    ['2021-06-08T10:00:00+00:00', '2021-06-08T10:00:00Z'],
    ['2021-06-08T23:30:00-05:00', '2021-06-09T04:30:00Z'],
    ['2021-06-08T02:00:00+0530', '2021-06-07T20:30:00Z'],
    ['2017-11-13T17:13:01.500Z', '2017-11-13T17:13:01.500Z'],
    ['Tue, 08 Jun 2021 14:00:00 GMT', '2021-06-08T14:00:00Z'],
    ['Tue, 08 Jun 2021 14:00:00 +0200', '2021-06-08T12:00:00Z'],
  ])('normalises the timestamp %s to UTC %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it('keeps only the date of a timestamp without a zone (the instant is unknown)', () => {
    expect(normalizeDate('2021-06-08T10:00:00')).toBe('2021-06-08');
  });

  it('gives undefined for an empty value', () => {
    expect(normalizeDate('  ')).toBeUndefined();
  });

  it.each(['2/30/2021', '13/45/2021', '31/02/2021', '2/29/2023', '2021-02-30', '2021-13-01', 'February 30, 2021', '31 Apr 2021', '2021-06-08T25:00:00Z', '2021-06-08T10:00:00+15:00'])(
    'rejects the impossible date %s instead of guessing',
    (input) => {
      expect(() => normalizeDate(input)).toThrow(InvalidDateError);
    },
  );

  it('rejects text that is no date, saying which forms are read', () => {
    expect(() => normalizeDate('last Tuesday')).toThrow(/is not a date format.*2021-06-08/);
    expect(() => normalizeDate('Smarch 3, 2021')).toThrow(/unknown month name/);
  });
});
