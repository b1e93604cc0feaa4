// Vitest global setup: says once, at the start of a run, which databases the database suites run on.
export default function announceBackends() {
  if (!process.env.TEST_DATABASE_URL)
    console.log(
      'PostgreSQL skipped: database suites run on PGlite only (set TEST_DATABASE_URL to run them on PostgreSQL too).',
    );
}
