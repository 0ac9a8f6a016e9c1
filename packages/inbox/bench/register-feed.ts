/** Writes a feed (stdout) with the demo district's data and one event whose list the service keeps: `bench-event`, 30 places, waiting list open. */
import { readFileSync } from 'node:fs';

const doc = JSON.parse(
  readFileSync(new URL('../../../demo/feeds/kuznetsk.json', import.meta.url), 'utf8'),
);
doc.events.push({
  ...doc.events[0],
  id: 'bench-event',
  start: '2031-03-10T10:00:00+03:00',
  end: '2031-03-10T12:00:00+03:00',
  registration: {
    endpoint: 'https://rmc.example.ru/api/registrations',
    capacity: 30,
    waitlist: true,
  },
});
process.stdout.write(JSON.stringify(doc));
