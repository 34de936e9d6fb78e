import http from 'node:http';
import { useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

// Bugs the fuzz runs found, one case each, so they stay fixed.
describe('hostile input regressions', () => {
  const env = useNetworkApp();

  /** Sends a body whose declared length is longer than what arrives, then ends the request. */
  function truncatedUpload(url: string, token: string, resourceId: string): Promise<number> {
    const { hostname, port } = new URL(url);
    const head = `--b\r\nContent-Disposition: form-data; name="resourceId"\r\n\r\n${resourceId}\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`;
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: hostname,
          port,
          method: 'POST',
          path: '/files',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=b' },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(head);
    });
  }

  it('answers a multipart body that ends inside the file with 400, and the process keeps running (it crashed: an unheard stream error)', async () => {
    const resource = await env.db.current.models.Resource.create({
      title: 'Truncated upload target',
      kind: 'TOOLKIT',
      visibility: 'NETWORK',
      languages: ['en'],
      organizationId: env.network.group._id,
      createdBy: env.network.people.coordinator._id,
    });
    for (let i = 0; i < 5; i += 1) {
      expect(await truncatedUpload(env.app.url, env.network.tokens.coordinator, String(resource._id))).toBe(400);
    }
    expect((await fetch(`${env.app.url}/healthz`)).status).toBe(200);
    expect(await env.db.current.models.ResourceVersion.countDocuments({ resourceId: resource._id })).toBe(0);
  });

  it('answers a body declared gzip that is not with 400, not 500', async () => {
    const response = await fetch(`${env.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: 'not gzip',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers updateWorkshop(scope: THIS_AND_FUTURE) with a malformed id by BAD_USER_INPUT, and a coordinator by FORBIDDEN (both were a 500)', async () => {
    const mutation = operation(`mutation RegressionsUpdateThisAndFuture($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }`);
    const input = { id: '"; db.dropDatabase(); "', scope: 'THIS_AND_FUTURE' as const, title: 'x' };
    expect(errorCodes(await graphql(env.app.url, mutation, { input }, { token: env.network.tokens.admin }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(env.app.url, mutation, { input }, { token: env.network.tokens.coordinator }))).toEqual(['FORBIDDEN']);
  });

  it('takes concurrent first choices of notification preferences without an error (a racing upsert was a 500 on FerretDB)', async () => {
    const mutation = operation(
      `mutation RegressionsFirstChoices($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { digests } } }`,
    );
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => graphql(env.app.url, mutation, { input: { digests: i % 2 === 0 } }, { token: env.network.tokens.member })),
    );
    expect(responses.flatMap((r) => errorCodes(r))).toEqual([]);
    expect(await env.db.current.models.NotificationPreference.countDocuments({})).toBe(1);
  });
});
