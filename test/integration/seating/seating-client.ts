import type { useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { SeatingRegFragment } from '../../gql/graphql';
import { graphql } from '../../helpers/graphql';

/** A registration as the seat-engine tests read it: where it stands, and its place on the waiting list. */
operation(`fragment SeatingReg on Registration { id status waitlistPosition }`);

export const REGISTER = operation(`mutation SeatingRegister($input: RegisterInput!) { register(input: $input) { registrations { ...SeatingReg } } }`);

export type Reg = SeatingRegFragment;

/** What the seat-engine tests ask through the API: a caller's token, and a group's coordinator registering people by email. */
export function seatingClient(env: ReturnType<typeof useNetworkApp>) {
  const as = (token: string) => ({ token });
  const register = async (workshopId: string, emails: string[]) => {
    const answer = await graphql(
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
