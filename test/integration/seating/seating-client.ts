import type { useNetworkApp } from '../../helpers/fixtures';
import { graphql } from '../../helpers/graphql';

export const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }';

export type Reg = { id: string; status: string; waitlistPosition: number | null };

/** What the seat-engine tests ask through the API: a caller's token, and a group's coordinator registering people by email. */
export function seatingClient(env: ReturnType<typeof useNetworkApp>) {
  const as = (token: string) => ({ token });
  const register = async (workshopId: string, emails: string[]) => {
    const answer = await graphql<{ register: { registrations: Reg[] } }>(
      env.app.url,
      REGISTER,
      { input: { workshopId, participants: emails.map((email) => ({ name: email, email })) } },
      as(env.network.tokens.coordinator),
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.register.registrations;
  };
  return { as, register };
}
