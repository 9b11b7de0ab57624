import { benchAnnouncements } from './announcements';
import { benchDigiCheck } from './digicheck';
import { benchPulseSubmit } from './pulse-submit';
import { benchRoadmap } from './roadmap';

/**
 * `npm run bench`: every figure is printed as a ratio against a floor measured in the same run on
 * the same machine, so results compare across noisy machines. Nothing here is asserted in tests.
 * BENCH_QUICK=1 runs smaller samples (a smoke run).
 */
async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  console.log(`DigiPuls bench (${quick ? 'quick' : 'full'}), node ${process.version}`);
  for (const line of await benchPulseSubmit({ samples: quick ? 50 : 400, users: quick ? 100 : 500, roundsPerUser: 4 })) console.log(line);
  for (const line of await benchRoadmap({ items: 1000, samples: quick ? 15 : 100, tabRuns: quick ? 2 : 5 })) console.log(line);
  for (const line of await benchAnnouncements({ recipients: quick ? 1000 : 10_000 })) console.log(line);
  for (const line of await benchDigiCheck({ checks: quick ? 1000 : 10_000, samples: quick ? 50 : 200 })) console.log(line);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
