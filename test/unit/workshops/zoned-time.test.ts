import { describeInZone, instantToZoned, isIanaTimeZone, localToInstant, LocalTimeError, type LocalTimeProblem } from '../../../src/shared/time/zoned-time';

function problemOf(run: () => unknown): LocalTimeProblem | 'NO ERROR' {
  try {
    run();
  } catch (error) {
    if (error instanceof LocalTimeError) return error.problem;
    throw error;
  }
  return 'NO ERROR';
}

function errorOf(run: () => unknown): LocalTimeError {
  try {
    run();
  } catch (error) {
    if (error instanceof LocalTimeError) return error;
    throw error;
  }
  throw new Error('expected a LocalTimeError');
}

const utc = (local: string, zone: string) => localToInstant(local, zone).toISOString();

describe('isIanaTimeZone', () => {
  it.each(['Europe/Paris', 'Asia/Bangkok', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/UTC', 'Australia/Lord_Howe'])('accepts %s', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(true);
  });

  it.each([
    '',
    '+01:00',
    '-05:00',
    'UTC+1',
    'GMT+2',
    'utc-3',
    'local',
    'system',
    'Mars/Olympus_Mons',
    'Europe/',
    '/Paris',
    'Europe Paris',
    'tomorrow',
    `Europe/${'x'.repeat(60)}`,
  ])('rejects %j', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(false);
  });
});

describe('localToInstant', () => {
  it('reads a wall time in the venue zone', () => {
    expect(utc('2026-05-04T09:00', 'Asia/Bangkok')).toBe('2026-05-04T02:00:00.000Z');
    expect(utc('2026-05-04T09:00:30', 'Asia/Bangkok')).toBe('2026-05-04T02:00:30.000Z');
    expect(utc('2026-01-15T12:00', 'UTC')).toBe('2026-01-15T12:00:00.000Z');
  });

  it.each([
    '2026-05-04 09:00',
    '2026-05-04T09:00Z',
    '2026-05-04T09:00+07:00',
    '2026-05-04T09:00:00.000',
    '2026-05-04T09',
    '2026-05-04',
    '2026-02-30T09:00',
    '2026-13-01T09:00',
    '2026-05-04T24:00',
    '2026-05-04T09:60',
    'tomorrow',
    '',
  ])('rejects the format of %j', (local) => {
    expect(problemOf(() => localToInstant(local, 'Europe/Paris'))).toBe('INVALID_FORMAT');
  });

  it.each(['Mars/Olympus_Mons', '+01:00', 'local', ''])('rejects the zone %j', (zone) => {
    expect(problemOf(() => localToInstant('2026-05-04T09:00', zone))).toBe('INVALID_ZONE');
  });

  describe('Europe/Paris', () => {
    it('rejects a time in the spring-forward gap and says which hour is skipped', () => {
      const error = errorOf(() => localToInstant('2026-03-29T02:30', 'Europe/Paris'));
      expect(error.problem).toBe('NONEXISTENT');
      expect(error.message).toBe(
        '2026-03-29T02:30 does not exist in Europe/Paris: clocks jump from 02:00 to 03:00 that day. Choose another time or give an offset.',
      );
      expect(problemOf(() => localToInstant('2026-03-29T02:00', 'Europe/Paris'))).toBe('NONEXISTENT');
      expect(problemOf(() => localToInstant('2026-03-29T02:59:59', 'Europe/Paris'))).toBe('NONEXISTENT');
    });

    it('accepts the times on either side of the gap', () => {
      expect(utc('2026-03-29T01:59', 'Europe/Paris')).toBe('2026-03-29T00:59:00.000Z');
      expect(utc('2026-03-29T03:00', 'Europe/Paris')).toBe('2026-03-29T01:00:00.000Z');
    });

    it('rejects a time in the fall-back overlap and names both offsets', () => {
      const error = errorOf(() => localToInstant('2026-10-25T02:30', 'Europe/Paris'));
      expect(error.problem).toBe('AMBIGUOUS');
      expect(error.message).toBe('2026-10-25T02:30 happens twice in Europe/Paris (+02:00 and +01:00). Give the time with its offset.');
      expect(problemOf(() => localToInstant('2026-10-25T02:00', 'Europe/Paris'))).toBe('AMBIGUOUS');
    });

    it('accepts the times on either side of the overlap', () => {
      expect(utc('2026-10-25T01:59', 'Europe/Paris')).toBe('2026-10-24T23:59:00.000Z');
      expect(utc('2026-10-25T03:00', 'Europe/Paris')).toBe('2026-10-25T02:00:00.000Z');
    });
  });

  describe('America/New_York in 2026', () => {
    it('skips 02:00-03:00 on 8 March', () => {
      expect(problemOf(() => localToInstant('2026-03-08T02:30', 'America/New_York'))).toBe('NONEXISTENT');
      expect(utc('2026-03-08T01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z');
      expect(utc('2026-03-08T03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
      // A week earlier the same wall time is an ordinary one.
      expect(utc('2026-03-01T02:30', 'America/New_York')).toBe('2026-03-01T07:30:00.000Z');
    });

    it('repeats 01:00-02:00 on 1 November', () => {
      const error = errorOf(() => localToInstant('2026-11-01T01:30', 'America/New_York'));
      expect(error.problem).toBe('AMBIGUOUS');
      expect(error.message).toContain('(-04:00 and -05:00)');
      expect(utc('2026-11-01T00:59', 'America/New_York')).toBe('2026-11-01T04:59:00.000Z');
      expect(utc('2026-11-01T02:00', 'America/New_York')).toBe('2026-11-01T07:00:00.000Z');
    });
  });

  describe('Australia/Lord_Howe, which shifts by half an hour', () => {
    it('skips 02:00-02:30 on 4 October 2026', () => {
      const error = errorOf(() => localToInstant('2026-10-04T02:15', 'Australia/Lord_Howe'));
      expect(error.problem).toBe('NONEXISTENT');
      expect(error.message).toContain('clocks jump from 02:00 to 02:30 that day');
      expect(problemOf(() => localToInstant('2026-10-04T02:00', 'Australia/Lord_Howe'))).toBe('NONEXISTENT');
      expect(instantToZoned(localToInstant('2026-10-04T01:59', 'Australia/Lord_Howe'), 'Australia/Lord_Howe').iso).toBe('2026-10-04T01:59:00+10:30');
      expect(instantToZoned(localToInstant('2026-10-04T02:30', 'Australia/Lord_Howe'), 'Australia/Lord_Howe').iso).toBe('2026-10-04T02:30:00+11:00');
    });

    it('repeats 01:30-02:00 on 5 April 2026', () => {
      // Luxon alone silently picks +11:00 here, while for Paris it picks the later offset.
      const error = errorOf(() => localToInstant('2026-04-05T01:45', 'Australia/Lord_Howe'));
      expect(error.problem).toBe('AMBIGUOUS');
      expect(error.message).toContain('(+11:00 and +10:30)');
      expect(problemOf(() => localToInstant('2026-04-05T01:30', 'Australia/Lord_Howe'))).toBe('AMBIGUOUS');
      expect(instantToZoned(localToInstant('2026-04-05T01:29', 'Australia/Lord_Howe'), 'Australia/Lord_Howe').iso).toBe('2026-04-05T01:29:00+11:00');
      expect(instantToZoned(localToInstant('2026-04-05T02:00', 'Australia/Lord_Howe'), 'Australia/Lord_Howe').iso).toBe('2026-04-05T02:00:00+10:30');
    });
  });

  it('describes a gap longer than a day (Samoa skipped 30 December 2011)', () => {
    const error = errorOf(() => localToInstant('2011-12-30T12:00', 'Pacific/Apia'));
    expect(error.problem).toBe('NONEXISTENT');
    expect(error.message).toContain('clocks jump from 2011-12-30T00:00 to 2011-12-31T00:00');
  });

  it.each([
    ['Asia/Kolkata', '2026-05-04T03:30:00.000Z', '+05:30', '+0530'],
    ['Asia/Kathmandu', '2026-05-04T03:15:00.000Z', '+05:45', '+0545'],
  ])('round-trips a fractional offset in %s', (zone, expectedUtc, offset, abbreviation) => {
    const instant = localToInstant('2026-05-04T09:00', zone);
    expect(instant.toISOString()).toBe(expectedUtc);
    expect(instantToZoned(instant, zone)).toEqual({ local: '2026-05-04T09:00', offset, iso: `2026-05-04T09:00:00${offset}`, zone, abbreviation });
  });
});

describe('instantToZoned', () => {
  const bangkokWorkshop = localToInstant('2026-05-04T09:00', 'Asia/Bangkok');

  it('shows a Bangkok workshop as the venue sees it', () => {
    expect(instantToZoned(bangkokWorkshop, 'Asia/Bangkok')).toEqual({
      local: '2026-05-04T09:00',
      offset: '+07:00',
      iso: '2026-05-04T09:00:00+07:00',
      zone: 'Asia/Bangkok',
      abbreviation: '+07',
    });
  });

  it('shows the same instant from Mexico City, which has had no DST since 2022', () => {
    expect(instantToZoned(bangkokWorkshop, 'America/Mexico_City')).toEqual({
      local: '2026-05-03T20:00',
      offset: '-06:00',
      iso: '2026-05-03T20:00:00-06:00',
      zone: 'America/Mexico_City',
      abbreviation: 'CST',
    });
    expect(instantToZoned(new Date('2026-01-15T18:00:00Z'), 'America/Mexico_City').offset).toBe('-06:00');
  });

  it('drops seconds from local and milliseconds from iso', () => {
    const zoned = instantToZoned(new Date('2026-07-01T10:15:42.987Z'), 'Europe/Paris');
    expect(zoned).toMatchObject({ local: '2026-07-01T12:15', iso: '2026-07-01T12:15:42+02:00', abbreviation: 'CEST' });
    expect(instantToZoned(new Date('2026-01-01T10:00:00Z'), 'Europe/Paris').abbreviation).toBe('CET');
    expect(instantToZoned(new Date('2026-07-01T10:00:00Z'), 'UTC')).toMatchObject({ iso: '2026-07-01T10:00:00+00:00', abbreviation: 'UTC' });
  });

  it('tells the two sides of the Paris overlap apart', () => {
    expect(instantToZoned(new Date('2026-10-25T00:30:00Z'), 'Europe/Paris').iso).toBe('2026-10-25T02:30:00+02:00');
    expect(instantToZoned(new Date('2026-10-25T01:30:00Z'), 'Europe/Paris').iso).toBe('2026-10-25T02:30:00+01:00');
  });

  it('rejects an unknown zone and an invalid date', () => {
    expect(problemOf(() => instantToZoned(bangkokWorkshop, 'Mars/Olympus_Mons'))).toBe('INVALID_ZONE');
    expect(() => instantToZoned(new Date(Number.NaN), 'Europe/Paris')).toThrow(RangeError);
  });
});

describe('describeInZone', () => {
  const bangkokWorkshop = localToInstant('2026-05-04T09:00', 'Asia/Bangkok');

  it.each([
    ['en', 'Mon, May 4, 2026, 09:00 (Asia/Bangkok, +07)'],
    ['en-GB', 'Mon, 4 May 2026, 09:00 (Asia/Bangkok, +07)'],
    ['fr', 'lun. 4 mai 2026, 09:00 (Asia/Bangkok, +07)'],
    ['es', 'lun, 4 may 2026, 09:00 (Asia/Bangkok, +07)'],
  ])('writes the venue time in %s', (locale, expected) => {
    expect(describeInZone(bangkokWorkshop, 'Asia/Bangkok', locale)).toBe(expected);
  });

  it('defaults to English and writes the local date of the viewer zone', () => {
    expect(describeInZone(bangkokWorkshop, 'America/Mexico_City')).toBe('Sun, May 3, 2026, 20:00 (America/Mexico_City, CST)');
    expect(describeInZone(new Date('2026-10-25T00:30:00Z'), 'Europe/Paris', 'fr')).toBe('dim. 25 oct. 2026, 02:30 (Europe/Paris, CEST)');
  });
});
