// Dates must not depend on where the tests run. The default run is pinned to UTC;
// `npm run test:tz` runs the whole suite again west of UTC.
if (!process.env.TZ) process.env.TZ = 'UTC';
