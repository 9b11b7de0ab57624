/**
 * Renders the app icons from their SVG sources to the PNGs the app package needs:
 * `manifest/icons/color.svg` → `manifest/color.png` (192×192) and
 * `manifest/icons/outline.svg` → `manifest/outline.png` (32×32, transparent background).
 *
 * Run after changing an SVG: `npx tsx manifest/icons/render-icons.ts`.
 * Uses playwright-core with the system Chromium (`/usr/bin/chromium`, see scripts/chromium.ts);
 * it never downloads a browser.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../scripts/chromium';

/** One icon to render: its SVG source, its PNG target and the square size in pixels. */
interface IconJob {
  source: string;
  target: string;
  size: number;
}

const ICONS_DIR = __dirname;
const MANIFEST_DIR = path.resolve(__dirname, '..');

const JOBS: readonly IconJob[] = [
  { source: 'color.svg', target: 'color.png', size: 192 },
  { source: 'outline.svg', target: 'outline.png', size: 32 },
];

/** Wraps an SVG in a page with no margin and a transparent background. */
function pageFor(svg: string, size: number): string {
  return [
    '<!doctype html><html><head><style>',
    `html,body{margin:0;padding:0;background:transparent;width:${size}px;height:${size}px;overflow:hidden}`,
    `svg{display:block;width:${size}px;height:${size}px}`,
    '</style></head><body>',
    svg,
    '</body></html>',
  ].join('');
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const job of JOBS) {
      const svg = await fs.readFile(path.join(ICONS_DIR, job.source), 'utf8');
      const page = await browser.newPage({
        viewport: { width: job.size, height: job.size },
        deviceScaleFactor: 1,
      });
      await page.setContent(pageFor(svg, job.size));
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: job.size, height: job.size },
      });
      await page.close();
      const target = path.join(MANIFEST_DIR, job.target);
      await fs.writeFile(target, png);
      console.log(`${path.relative(process.cwd(), target)} (${job.size}×${job.size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
