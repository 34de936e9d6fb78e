import { DEFAULT_TOPICS, topicLabel } from '../../../src/modules/organizations/reference/topics';

describe('focus topics', () => {
  it('default to ten distinct codes', () => {
    expect(DEFAULT_TOPICS).toHaveLength(10);
    expect(new Set(DEFAULT_TOPICS).size).toBe(10);
    for (const topic of DEFAULT_TOPICS) expect(topic).toMatch(/^[A-Z0-9_]{2,40}$/);
  });

  it('have English, French and Spanish labels', () => {
    expect(topicLabel('TRAFFICKING_FOR_SEXUAL_PURPOSES')).toBe('Trafficking of children for sexual purposes');
    expect(topicLabel('TRAFFICKING_FOR_SEXUAL_PURPOSES', 'fr')).toBe('Traite des enfants à des fins sexuelles');
    expect(topicLabel('ONLINE_SEXUAL_EXPLOITATION', 'es')).toBe('Explotación sexual infantil en línea');
  });

  it('label every default topic differently in each language', () => {
    for (const language of ['en', 'fr', 'es'] as const) {
      const labels = DEFAULT_TOPICS.map((topic) => topicLabel(topic, language));
      expect(new Set(labels).size).toBe(DEFAULT_TOPICS.length);
      for (const label of labels) expect(label).toMatch(/^\p{Lu}/u);
    }
    for (const topic of DEFAULT_TOPICS) {
      expect(topicLabel(topic, 'fr')).not.toBe(topicLabel(topic, 'en'));
      expect(topicLabel(topic, 'es')).not.toBe(topicLabel(topic, 'en'));
    }
  });

  it('show a configured topic without translation as its code in sentence case', () => {
    expect(topicLabel('YOUTH_MENTORING')).toBe('Youth mentoring');
    expect(topicLabel('YOUTH_MENTORING', 'fr')).toBe('Youth mentoring');
    expect(topicLabel('toString')).toBe('Tostring');
  });
});
