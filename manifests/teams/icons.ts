/**
 * Draws the Teams app icons with pngjs, so they can be regenerated without an image editor:
 * `npx tsx manifests/teams/icons.ts`. Teams wants a 192×192 full-colour icon and a 32×32 outline
 * icon that is white on a transparent background (nothing else). The glyph is a house (the wijk)
 * with a speech-bubble door.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

type Rgba = [number, number, number, number];
const ACCENT: Rgba = [0x1f, 0x6f, 0x8b, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Is (x, y), in a unit square, part of the glyph? A house outline with a door. */
function inGlyph(x: number, y: number): boolean {
  const stroke = 0.08;
  const inRoof = y >= 0.18 && y <= 0.5 && Math.abs(Math.abs(x - 0.5) - (y - 0.18) * 1.0) < stroke / 1.2;
  const inWalls =
    y >= 0.48 && y <= 0.82 && (Math.abs(x - 0.25) < stroke / 2 || Math.abs(x - 0.75) < stroke / 2);
  const inFloor = x >= 0.21 && x <= 0.79 && Math.abs(y - 0.82) < stroke / 2;
  const inDoor = x >= 0.43 && x <= 0.57 && y >= 0.62 && y <= 0.82;
  return inRoof || inWalls || inFloor || inDoor;
}

export function drawIcon(size: number, background: Rgba, foreground: Rgba): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const colour = inGlyph((px + 0.5) / size, (py + 0.5) / size) ? foreground : background;
      png.data.set(colour, (py * size + px) * 4);
    }
  }
  return png;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(here, "color.png"), PNG.sync.write(drawIcon(192, ACCENT, WHITE)));
  writeFileSync(join(here, "outline.png"), PNG.sync.write(drawIcon(32, CLEAR, WHITE)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
