import { TextIndex } from '../../../src/shared/search/text-index';

describe('TextIndex', () => {
  const index = () => {
    const text = new TextIndex({ title: 3, description: 1 });
    text.set('a', { title: 'Protecting children online', description: null });
    text.set('b', { title: 'Annual report', description: 'Child protection in the region' });
    return text;
  };

  it('answers a repeated search with the same matches, and a changed index afresh', () => {
    const text = index();
    const first = text.find('child');
    expect([...(first?.keys() ?? [])].sort()).toEqual(['a', 'b']);
    expect(text.find('child')).toEqual(first);
    text.set('c', { title: 'Guide for child helplines' });
    expect([...(text.find('child')?.keys() ?? [])].sort()).toEqual(['a', 'b', 'c']);
    text.remove('a');
    expect([...(text.find('child')?.keys() ?? [])].sort()).toEqual(['b', 'c']);
    text.set('b', { title: 'Annual report', description: 'Finances' });
    expect([...(text.find('child')?.keys() ?? [])]).toEqual(['c']);
  });

  it('keeps recent searches apart, and finds the same for the same words in another order or case', () => {
    const text = index();
    for (let n = 0; n < 40; n++) text.find(`word${n}`);
    expect([...(text.find('CHILD online')?.keys() ?? [])]).toEqual(['a']);
    expect(text.find('online child')).toEqual(text.find('CHILD online'));
    expect(text.find('!!!')).toBeNull();
  });
});
