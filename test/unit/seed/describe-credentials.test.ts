import { describeCredentials } from '../../../src/seed/demo-seed';

describe('describeCredentials', () => {
  const credentials = [{ email: 'admin@demo.example.org', password: 'Zq3-secret-demo', role: 'SECRETARIAT_ADMIN' as const }];

  it('prints the demo sign-ins in development', () => {
    expect(describeCredentials(credentials)).toContain('Zq3-secret-demo');
  });

  it('does not print passwords with NODE_ENV=production', () => {
    const text = describeCredentials(credentials, { production: true });
    expect(text).not.toContain('Zq3-secret-demo');
    expect(text).toContain('demo-credentials.json');
  });
});
