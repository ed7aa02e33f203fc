// Run by test/unit/calendar-time-zone.test.ts in a child process with another TZ: prints the process's own UTC
// offset (to prove the zone took effect) and the reference reckonings.
import { referenceReckonings } from './calendar-fixtures';

process.stdout.write(JSON.stringify({ offsetMinutes: new Date(Date.UTC(2026, 8, 18)).getTimezoneOffset(), lines: referenceReckonings() }));
