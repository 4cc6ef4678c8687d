// Unit specs of the web app's plain TypeScript (money, checks, form mapping); screens are covered by
// the browser tests in apps/web-e2e.
module.exports = {
  displayName: 'web',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
