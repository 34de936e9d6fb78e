import * as documents from '../../../portal/src/gql/graphql';
import { useNetworkApp } from '../../helpers/fixtures';
import { graphql } from '../../helpers/graphql';

/**
 * Every document the portal sends is valid against the schema and within the server's limits
 * (depth, aliases, cost): a page whose query the server would refuse fails here, not in a browser.
 * Sent anonymously and without variables, so nothing runs that changes anything: a valid document
 * stops at its missing variables or at sign-in.
 */
describe('the portal’s documents', () => {
  const env = useNetworkApp();
  const sent = Object.entries(documents).filter(([name, value]) => name.endsWith('Document') && value instanceof documents.TypedDocumentString);

  it('are many, as the pages have', () => {
    expect(sent.length).toBeGreaterThan(30);
  });

  it.each(sent.map(([name, document]) => [name, String(document)]))('%s passes validation and the limits', async (_name, query) => {
    const response = await graphql(env.app.url, query, {});
    const refused = (response.errors ?? []).filter((e) => e.extensions?.reason === 'GRAPHQL_VALIDATION_FAILED' || /limit|Cannot query|Unknown/.test(e.message));
    expect(refused.map((e) => e.message)).toEqual([]);
  });
});
