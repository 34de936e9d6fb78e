import { parsePastedPeople } from '../../../portal/src/pages/pasted-people';

describe('people pasted as a list', () => {
  it('reads the shapes an email or a spreadsheet gives, and keeps their order', () => {
    const text = [
      'Amina Njoroge <Amina@Example.org>',
      'Brian Otieno, brian@example.org',
      'chloe@example.org\tChloé Wanjiru',
      '"Dao Minh"; dao@example.org',
      '',
      'eve@example.org',
    ].join('\n');
    expect(parsePastedPeople(text)).toEqual({
      people: [
        { name: 'Amina Njoroge', email: 'amina@example.org' },
        { name: 'Brian Otieno', email: 'brian@example.org' },
        { name: 'Chloé Wanjiru', email: 'chloe@example.org' },
        { name: 'Dao Minh', email: 'dao@example.org' },
        { name: '', email: 'eve@example.org' },
      ],
      notUnderstood: [],
    });
  });

  it('gives back, by line number, what it cannot read rather than dropping it', () => {
    const text = 'Only a name\nTwo, a@example.org, b@example.org\nFine Person <fine@example.org>\nFirst, Last, c@example.org\r\nnot-an-address';
    expect(parsePastedPeople(text)).toEqual({ people: [{ name: 'Fine Person', email: 'fine@example.org' }], notUnderstood: [1, 2, 4, 5] });
  });
});
