export default async function globalTeardown() {
  await globalThis.__HOMEWARD_TEST_PG__?.stop();
}
