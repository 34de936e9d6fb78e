import { givenOrganization, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const REGISTER = operation(`mutation AttendanceRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
const ATTEND = operation(`mutation AttendanceAttend($input: RecordAttendanceInput!) { recordAttendance(input: $input) { registration { id attended } } }`);
const REPORT = operation(`query AttendanceReport($id: ID!) { workshopReport(workshopId: $id) {
  byStatus { confirmed waitlisted pendingApproval cancelled declined }
  byGroup { organization { name } confirmed attended } byRegion { code confirmed attended } byCountry { code confirmed attended }
  attendanceRate } }`);

describe('attendance and the workshop report', () => {
  const env = useNetworkApp();

  it('records attendance (Secretariat or facilitator, after the start) and reports it', async () => {
    const facilitator = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const workshop = await givenWorkshop(env.db.current, {
      capacity: 3,
      startsAt: new Date('2026-03-02T02:00:00Z'),
      registrationClosesAt: new Date('2026-03-02T00:00:00Z'),
      facilitators: [{ name: 'Facilitator', organization: null, userId: facilitator._id }] as never,
    });
    const peru = await givenOrganization(env.db.current, { name: 'Peru Group', country: 'PE', region: 'AMERICAS' });
    const regs = (
      await graphql(
        env.app.url,
        REGISTER,
        {
          input: {
            workshopId: String(workshop._id),
            participants: [
              { name: 'A', email: 'a@example.org' },
              { name: 'B', email: 'b@example.org' },
            ],
          },
        },
        { token: env.network.tokens.coordinator },
      )
    ).data!.register.registrations;
    await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          organizationId: String(peru._id),
          participants: [
            { name: 'C', email: 'c@example.org' },
            { name: 'D', email: 'd@example.org' },
          ],
        },
      },
      { token: env.network.tokens.admin },
    );

    expect(
      errorCodes(await graphql(env.app.url, ATTEND, { input: { registrationId: regs[0]!.id, attended: true } }, { token: env.network.tokens.staff })),
    ).toEqual(['CONFLICT']);
    env.app.clock.set('2026-03-02T03:00:00Z');
    try {
      const facilitatorToken = await signInAs(env.app.url, facilitator.email);
      expect((await graphql(env.app.url, ATTEND, { input: { registrationId: regs[0]!.id, attended: true } }, { token: facilitatorToken })).data).toEqual({
        recordAttendance: { registration: { id: regs[0]!.id, attended: true } },
      });
      await graphql(env.app.url, ATTEND, { input: { registrationId: regs[1]!.id, attended: false } }, { token: env.network.tokens.staff });
      expect(
        errorCodes(await graphql(env.app.url, ATTEND, { input: { registrationId: regs[1]!.id, attended: true } }, { token: env.network.tokens.coordinator })),
      ).toEqual(['NOT_FOUND']);

      const report = await graphql(env.app.url, REPORT, { id: String(workshop._id) }, { token: env.network.tokens.staff });
      expect(report.data).toEqual({
        workshopReport: {
          byStatus: { confirmed: 3, waitlisted: 1, pendingApproval: 0, cancelled: 0, declined: 0 },
          byGroup: expect.arrayContaining([
            { organization: { name: 'Safe Childhood Kenya' }, confirmed: 2, attended: 1 },
            { organization: { name: 'Peru Group' }, confirmed: 1, attended: 0 },
          ]),
          byRegion: [
            { code: 'AFRICA', confirmed: 2, attended: 1 },
            { code: 'AMERICAS', confirmed: 1, attended: 0 },
          ],
          byCountry: [
            { code: 'KE', confirmed: 2, attended: 1 },
            { code: 'PE', confirmed: 1, attended: 0 },
          ],
          attendanceRate: 0.5,
        },
      });
      expect(errorCodes(await graphql(env.app.url, REPORT, { id: String(workshop._id) }, { token: env.network.tokens.coordinator }))).toEqual(['FORBIDDEN']);

      // A mark made by mistake is cleared: not recorded again, as before anyone marked it.
      expect(
        (await graphql(env.app.url, ATTEND, { input: { registrationId: regs[1]!.id, attended: null } }, { token: env.network.tokens.staff })).data,
      ).toEqual({
        recordAttendance: { registration: { id: regs[1]!.id, attended: null } },
      });
      const cleared = await env.db.current.models.Registration.findById(regs[1]!.id).lean();
      expect(cleared).toMatchObject({ attended: null, attendanceRecordedAt: null });
      const after = await graphql(env.app.url, REPORT, { id: String(workshop._id) }, { token: env.network.tokens.staff });
      expect(after.data?.workshopReport.byRegion).toEqual([
        { code: 'AFRICA', confirmed: 2, attended: 1 },
        { code: 'AMERICAS', confirmed: 1, attended: 0 },
      ]);
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
  });
});
