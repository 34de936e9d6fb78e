import { redactPath } from '../../src/http/request-logging';

describe('redactPath', () => {
  const token = 'cal_AbCdEf0123456789';
  it.each([
    `/calendar/private/${token}.ics`,
    `/CALENDAR/PRIVATE/${token}.ics`,
    `//calendar/private/${token}.ics`,
    `/calendar//private/${token}.ics`,
    `/./calendar/./private/${token}.ics`,
    `/a/b/../../calendar/private/${token}.ics`,
    `/calendar/%70rivate/${token}.ics`,
    `/calendar/%2570rivate/${token}.ics`,
    `/calendar/private%2f${token}.ics`,
    `/calendar\\private\\${token}.ics`,
    `/calendar/private/${token}.ics/`,
    `/calendar/%zz/../private/${token}.ics`,
  ])('hides the token in %s', (path) => {
    expect(redactPath(path)).toBe('/calendar/private/[token]');
  });

  it.each(['/calendar/public.ics', '/calendar/regions/AFRICA.ics', '/graphql', '/files/abc/en/1'])('keeps %s', (path) => {
    expect(redactPath(path)).toBe(path);
  });
});
