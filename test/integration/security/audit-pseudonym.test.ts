import { createHash, createHmac } from 'node:crypto';
import { givenUser, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const REGISTER = operation(`mutation AuditPseudonymRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
const ERASE = operation(`mutation AuditPseudonymErase($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }`);

const unkeyed = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 32);

/**
 * Whoever can guess an erased person's address must not find them again in what is kept: the
 * audit log's pseudonym is an HMAC under PSEUDONYM_SECRET, not a plain hash of the email.
 */
describe('the pseudonym an erasure leaves in the audit log', () => {
  const secret = 'a test pseudonym secret of at least 32 characters';
  const env = useNetworkApp({ pseudonymSecret: secret });

  it('is keyed: hashing a guessed address finds nothing that was kept', async () => {
    const email = 'guessable.person@example.org';
    const person = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id, email });
    const workshop = await givenWorkshop(env.db.current);
    const registered = await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId: String(workshop._id), participants: [{ userId: String(person._id) }] } },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.errors).toBeUndefined();

    const erased = await graphql(env.app.url, ERASE, { email }, { token: env.network.tokens.admin });
    expect(erased.errors).toBeUndefined();
    const keyed = createHmac('sha256', secret).update(email).digest('hex').slice(0, 32);
    expect(erased.data!.erasePerson.pseudonym).toBe(keyed);
    const audit = await env.db.current.models.AuditEntry.findOne({ action: 'erase.person' }).lean();
    expect(audit?.subject).toBe(`person:${keyed}`);

    // The guesser's hash is in none of the audit log.
    const kept = JSON.stringify(await env.db.current.db.collection('auditLog').find({}).toArray());
    expect(kept).not.toContain(unkeyed(email));
  });
});
