import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const REGISTER = operation(`mutation ParticipantsExportRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`);

describe('participant export (CSV)', () => {
  const env = useNetworkApp();
  const exportCsv = (workshopId: string, token?: string) =>
    fetch(`${env.app.url}/workshops/${workshopId}/participants.csv`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('streams the participants to the Secretariat and writes who exported what to the audit log', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId: String(workshop._id),
          participants: [
            { name: 'Ana, "the" planner', email: 'ana@example.org' },
            { name: '=HYPERLINK("http://evil")', email: 'eve@example.org' },
          ],
        },
      },
      { token: env.network.tokens.coordinator },
    );

    const response = await exportCsv(String(workshop._id), env.network.tokens.staff);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="participants-${String(workshop._id)}.csv"`);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('name,email,group,country,status,waitlistTicket,attended,registeredAt,answersComplete,consentsComplete');
    expect(lines[1]).toMatch(/^"Ana, ""the"" planner",ana@example.org,Safe Childhood Kenya,KE,CONFIRMED,,,2026-03-01T09:00:00.000Z,true,true$/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",eve@example.org,Safe Childhood Kenya,KE,WAITLISTED,1,,/);

    const audit = await env.db.current.models.AuditEntry.find({ subject: `workshop:${String(workshop._id)}` }).lean();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'export.participants',
        actorId: env.network.people.staff._id,
        details: { rows: 2, include: null, questions: [] },
        at: new Date('2026-03-01T09:00:00Z'),
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain('example.org');
  });

  it('refuses everyone but the Secretariat, and unknown or malformed workshops', async () => {
    const workshop = await givenWorkshop(env.db.current);
    expect((await exportCsv(String(workshop._id))).status).toBe(401);
    expect((await exportCsv(String(workshop._id), 'exs_not-a-real-token-at-all-000000000000000000000')).status).toBe(401);
    expect((await exportCsv(String(workshop._id), env.network.tokens.coordinator)).status).toBe(403);
    expect((await exportCsv(String(workshop._id), env.network.tokens.member)).status).toBe(403);
    expect((await exportCsv('0123456789abcdef01234567', env.network.tokens.admin)).status).toBe(404);
    expect((await exportCsv('..%2F..%2Fetc', env.network.tokens.admin)).status).toBe(400);
    expect(await env.db.current.models.AuditEntry.countDocuments({ subject: `workshop:${String(workshop._id)}` })).toBe(0);
  });
});
