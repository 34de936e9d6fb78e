import { countryNameFor } from '../../../src/modules/organizations/reference/countries';
import { useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const QUERY = operation(`query OrganizationsCountries($language: String) { countries(language: $language) { code name } }`);

describe('countries: one list of names for pickers and labels', () => {
  const env = useNetworkApp();
  const ask = (language?: string, token?: string) => graphql(env.app.url, QUERY, { language }, token ? { token } : {});

  it('names each country as the emails and feeds do, in the language asked for, in its alphabetical order', async () => {
    for (const language of ['en', 'fr', 'es-MX']) {
      const list = (await ask(language)).data!.countries;
      expect(list.length).toBeGreaterThan(240);
      expect(list.find((c) => c.code === 'TZ')?.name).toBe(countryNameFor('TZ', language));
      const names = list.map((c) => c.name);
      expect(names).toEqual([...names].sort(new Intl.Collator(language).compare));
    }
    expect((await ask('fr')).data!.countries.find((c) => c.code === 'DE')?.name).toBe('Allemagne');
    expect((await ask('es')).data!.countries.find((c) => c.code === 'KE')?.name).toBe('Kenia');
  });

  it("defaults to the signed-in person's language, and English for anyone else", async () => {
    await env.db.current.models.User.updateOne({ _id: env.network.people.member._id }, { $set: { language: 'fr' } });
    expect((await ask(undefined, env.network.tokens.member)).data!.countries.find((c) => c.code === 'DE')?.name).toBe('Allemagne');
    expect((await ask()).data!.countries.find((c) => c.code === 'DE')?.name).toBe('Germany');
  });

  it('refuses a tag that is not a language', async () => {
    for (const bad of ['', 'x'.repeat(200), 'und', '12']) expect(errorCodes(await ask(bad))).toEqual(['BAD_USER_INPUT']);
  });
});
