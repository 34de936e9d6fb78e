import { startTestApp, type TestApp } from '../../helpers/app';
import { givenNetwork } from '../../helpers/fixtures';
import { useTestDatabase } from '../../helpers/database';
import { graphql } from '../../helpers/graphql';

const BY_VARIABLE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { emailed } }';
const BY_LITERAL = 'mutation { inviteUser(input: { email: "x@example.org", role: MEMBR }) { emailed } }';
const BY_FIELD = '{ me { emial } }';

describe('enum values and field names are not suggested in production errors', () => {
  const db = useTestDatabase();
  let production: TestApp;
  let development: TestApp;
  let token: string;
  beforeAll(async () => {
    production = await startTestApp(db.current, { env: 'production', graphql: { explorer: false, introspection: false } });
    development = await startTestApp(db.current);
    token = (await givenNetwork(db.current, production.url)).tokens.coordinator;
  });
  afterAll(async () => {
    await production?.close();
    await development?.close();
  });

  const messages = async (app: TestApp) =>
    [
      await graphql(app.url, BY_VARIABLE, { input: { email: 'x@example.org', role: 'MEMBR' } }, { token }),
      await graphql(app.url, BY_LITERAL, {}, { token }),
      await graphql(app.url, BY_FIELD, {}, { token }),
    ].map((answer) => {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return answer.errors![0]!.message;
    });

  it('keeps the hint in development and cuts it in production', async () => {
    const hinted = await messages(development);
    expect(hinted.filter((m) => /Did you mean/.test(m)).length).toBeGreaterThanOrEqual(2);
    const masked = await messages(production);
    for (const message of masked) {
      expect(message).not.toMatch(/Did you mean|"MEMBER"|"email"/);
      expect(message.length).toBeGreaterThan(10);
    }
  });
});
