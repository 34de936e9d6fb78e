import { givenOrganization, givenRegistration, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const REGISTER = operation(
  `mutation ShownNamesRegister($input: RegisterInput!) { register(input: $input) { registrations { id participant { name displayName listed } } } }`,
);
const FELLOWS = operation(`query ShownNamesFellows($id: ID!) { workshopParticipants(workshopId: $id) { name organization { name } } }`);
const UPDATE = operation(
  `mutation ShownNamesUpdate($input: UpdateParticipationInput!) { updateParticipation(input: $input) { registration { participant { name displayName listed } } } }`,
);

describe('the names people choose, and being left off lists', () => {
  const env = useNetworkApp();

  it('shows others the chosen name or none, never the legal name behind a chosen one, nor an address', async () => {
    const workshop = await givenWorkshop(env.db.current);
    const workshopId = String(workshop._id);
    const registered = await graphql(
      env.app.url,
      REGISTER,
      {
        input: {
          workshopId,
          participants: [
            { name: 'Amina Wanjiru Njoroge', email: 'amina.shown@example.org', displayName: '  Amina W.  ' },
            { name: 'Survivor Leader', email: 'hidden.shown@example.org', displayName: 'S.L.', listed: false },
            { name: 'Brian Otieno', email: 'brian.shown@example.org' },
          ],
        },
      },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.data?.register.registrations.map((r) => r.participant)).toEqual([
      { name: 'Amina Wanjiru Njoroge', displayName: 'Amina W.', listed: true },
      { name: 'Survivor Leader', displayName: 'S.L.', listed: false },
      { name: 'Brian Otieno', displayName: null, listed: true },
    ]);
    const fellows = await graphql(env.app.url, FELLOWS, { id: workshopId }, { token: env.network.tokens.coordinator });
    expect(fellows.data?.workshopParticipants).toEqual([
      { name: 'Amina W.', organization: { name: 'Safe Childhood Kenya' } },
      { name: 'Brian Otieno', organization: { name: 'Safe Childhood Kenya' } },
    ]);
    expect(JSON.stringify(fellows)).not.toMatch(/Njoroge|Survivor|S\.L\.|example\.org/);

    // Another group's coordinator with nobody in the workshop, and a member not in it, are refused.
    const other = await givenOrganization(env.db.current, { name: 'Another group', country: 'GH' });
    const outsider = await signInAs(env.app.url, (await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: other._id })).email);
    expect(errorCodes(await graphql(env.app.url, FELLOWS, { id: workshopId }, { token: outsider }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(env.app.url, FELLOWS, { id: workshopId }, { token: env.network.tokens.member }))).toEqual(['FORBIDDEN']);
    // Once that group has someone confirmed, its coordinator sees the list too.
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: other._id });
    expect((await graphql(env.app.url, FELLOWS, { id: workshopId }, { token: outsider })).data?.workshopParticipants).toHaveLength(3);

    // The person changes how they are shown; an empty name shows the name again.
    const brian = registered.data!.register.registrations[2]!.id;
    const hidden = await graphql(
      env.app.url,
      UPDATE,
      { input: { registrationId: brian, displayName: 'B.O.', listed: false } },
      { token: env.network.tokens.coordinator },
    );
    expect(hidden.data?.updateParticipation.registration.participant).toEqual({ name: 'Brian Otieno', displayName: 'B.O.', listed: false });
    expect(
      (await graphql(env.app.url, FELLOWS, { id: workshopId }, { token: env.network.tokens.coordinator })).data?.workshopParticipants.map((f) => f.name),
    ).toEqual(['Amina W.', 'Registered Person']);
    const cleared = await graphql(
      env.app.url,
      UPDATE,
      { input: { registrationId: brian, displayName: '', listed: true } },
      { token: env.network.tokens.coordinator },
    );
    expect(cleared.data?.updateParticipation.registration.participant).toEqual({ name: 'Brian Otieno', displayName: null, listed: true });
    const tooLong = await graphql(
      env.app.url,
      UPDATE,
      { input: { registrationId: brian, displayName: 'x'.repeat(81) } },
      { token: env.network.tokens.coordinator },
    );
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
  });
});
