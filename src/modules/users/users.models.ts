import type { Connection } from 'mongoose';
import { userModel } from './user.model';
import { credentialModel } from './credential.model';
import { sessionModel } from './session.model';
import { invitationModel } from './invitation.model';

/** The collections this module owns, bound to one connection. */
export const usersModels = (connection: Connection) => ({
  User: userModel(connection),
  Credential: credentialModel(connection),
  Session: sessionModel(connection),
  Invitation: invitationModel(connection),
});
