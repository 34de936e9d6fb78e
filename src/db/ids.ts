import { Types } from 'mongoose';
import { BadUserInputError } from '../errors';

/** Parses a client-supplied id; a malformed one is the client's error, never a database error. */
export function parseId(id: unknown, field = 'id'): Types.ObjectId {
  if (typeof id !== 'string' || !/^[0-9a-f]{24}$/i.test(id)) {
    throw new BadUserInputError(`${field} is not a valid id.`, field);
  }
  return new Types.ObjectId(id);
}
