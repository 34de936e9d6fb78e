import { hasJoiningDetails, withoutJoiningDetails } from '../../../src/modules/workshops/joining-details';

describe('joining details in free text', () => {
  it.each([
    ['Join: jitsi.example.org', 'jitsi'],
    ['Online at meet.example.co.ke, or Room 2', 'example'],
    ['Dial in, access code 5678 9012', '5678'],
    ['Code: 1234', '1234'],
    ['Meeting ID 123 456 789', '456'],
    ['PIN: 98-76', '98'],
  ])('finds and takes out the joining details of %j', (text, secret) => {
    expect(hasJoiningDetails(text)).toBe(true);
    expect(withoutJoiningDetails(text) ?? '').not.toContain(secret);
  });

  it('keeps what else the text says', () => {
    expect(withoutJoiningDetails('Online at meet.example.co.ke, or Room 2')).toContain('Room 2');
  });

  it.each(['Room 4, second floor', 'Code of conduct applies', 'Ph.D. students, e.g. from U.S. programmes', 'Hall B, 2nd floor, 9 a.m.'])(
    'leaves %j alone',
    (text) => {
      expect(hasJoiningDetails(text)).toBe(false);
      expect(withoutJoiningDetails(text)).toBe(text);
    },
  );
});
