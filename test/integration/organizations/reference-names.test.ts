import { useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { countCommands } from '../../helpers/command-counter';
import { errorCodes, graphql } from '../../helpers/graphql';

const QUERY = operation(`query ReferenceNames($language: String) {
  regions(language: $language) { code name }
  topics(language: $language) { code name }
}`);

describe('regions and topics named for the reader', () => {
  const env = useNetworkApp();
  const ask = (language?: string, token?: string) => graphql(env.app.url, QUERY, { language }, token ? { token } : {});

  it('names every configured region and topic in the language asked for, in configured order', async () => {
    const english = (await ask('en')).data!;
    expect(english.regions.map((r) => r.code)).toEqual(env.app.deps.config.regions);
    expect(english.topics.map((t) => t.code)).toEqual(env.app.deps.config.topics);
    expect(english.regions.find((r) => r.code === 'MIDDLE_EAST_NORTH_AFRICA')?.name).toBe('Middle East and North Africa');
    const french = (await ask('fr-CA')).data!;
    expect(french.regions.find((r) => r.code === 'AFRICA')?.name).toBe('Afrique');
    expect(french.topics.find((t) => t.code === 'ONLINE_SEXUAL_EXPLOITATION')?.name).toBe('Exploitation sexuelle des enfants en ligne');
    const spanish = (await ask('es')).data!;
    expect(spanish.regions.find((r) => r.code === 'SOUTHEAST_ASIA')?.name).toBe('Sudeste Asiático');
    // Every name differs from the English one where the languages differ, so none was left out.
    expect(french.regions.filter((r, i) => r.name === english.regions[i]!.name).map((r) => r.code)).toEqual(['EUROPE']);
    // A language the network does not translate into reads English.
    expect((await ask('sw')).data!.regions.find((r) => r.code === 'AFRICA')?.name).toBe('Africa');
  });

  it("defaults to the signed-in person's language, English for anyone else, and reads nothing from the database anonymously", async () => {
    await env.db.current.models.User.updateOne({ _id: env.network.people.member._id }, { $set: { language: 'es' } });
    expect((await ask(undefined, env.network.tokens.member)).data!.regions.find((r) => r.code === 'AFRICA')?.name).toBe('África');
    const { result, commands } = await countCommands(env.db.current.client, () => ask());
    expect(result.data!.regions.find((r) => r.code === 'AFRICA')?.name).toBe('Africa');
    expect(commands).toEqual([]);
  });

  it('refuses a tag that is not a language', async () => {
    for (const bad of ['', 'x'.repeat(200), '12']) expect(errorCodes(await ask(bad))).toEqual(['BAD_USER_INPUT']);
  });
});
