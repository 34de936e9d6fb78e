import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { REGISTER } from './seating-client';

const LIST = operation(`query PositionsList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 100) { edges { node { ...SeatingReg } } } }`);

describe('waiting-list positions told', () => {
  const env = useNetworkApp();

  it('tells no two of 40 people waitlisted by 60 concurrent registrations the same position, in ticket order', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 20 });
    const id = String(workshop._id);
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        graphql(
          env.app.url,
          REGISTER,
          {
            input: { workshopId: id, participants: [{ name: `P${i}`, email: `position-${i}@example.org` }] },
          },
          { token: env.network.tokens.coordinator },
        ),
      ),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const told = answers.map((a) => a.data!.register.registrations[0]!).filter((r) => r.status === 'WAITLISTED');
    expect(told).toHaveLength(40);
    const positions = told.map((r) => r.waitlistPosition!);
    expect(new Set(positions).size).toBe(40);

    const stored = await env.db.current.models.Registration.find({ workshopId: workshop._id, status: 'WAITLISTED' }).lean();
    const ticketOf = new Map(stored.map((r) => [String(r._id), r.waitTicket!]));
    expect(new Set(ticketOf.values()).size).toBe(40);
    // Ticket order is the queue order: a later ticket was never told a place ahead of an earlier one.
    const byTicket = [...told].sort((a, b) => ticketOf.get(a.id)! - ticketOf.get(b.id)!);
    expect(byTicket.map((r) => r.waitlistPosition)).toEqual([...positions].sort((a, b) => a - b));
    // Ranks only fall: what the list shows now is no later than what each was told.
    const listed = await graphql(env.app.url, LIST, { workshopId: id }, { token: env.network.tokens.staff });
    const now = new Map(listed.data!.registrations.edges.map((e) => [e.node.id, e.node.waitlistPosition]));
    for (const r of told) expect(now.get(r.id)!).toBeLessThanOrEqual(r.waitlistPosition!);
    expect([...now.values()].filter((p) => p !== null).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  }, 60_000);
});
