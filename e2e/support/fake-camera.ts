/**
 * A camera that shows a QR code: Chromium's fake capture device plays a Y4M file, and
 * `showToCamera(text)` writes that file as one frame holding `text`'s QR code, drawn from the
 * module matrix of the `qrcode` package the app uses. Tests that scan use `cameraTest` in place
 * of `test`; it keeps the project's browser and flags and adds the fake-device ones.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const QUIET_ZONE = 4;
const FRAME_FILE = join(tmpdir(), `bole-e2e-camera-${process.env.E2E_PORT ?? 'default'}-${process.pid}.y4m`);

/** One 4:2:0 frame: the luma plane given, the chroma planes neutral. */
function y4m(luma: Uint8Array): Buffer {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma, chroma]);
}

/** The luma plane of `text`'s QR code, centred, black on white. */
function qrLuma(text: string): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 2 * QUIET_ZONE));
  const left = Math.floor((WIDTH - modules.size * scale) / 2);
  const top = Math.floor((HEIGHT - modules.size * scale) / 2);
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(235);
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1)
        luma.fill(16, (top + row * scale + y) * WIDTH + left + col * scale, (top + row * scale + y) * WIDTH + left + (col + 1) * scale);
    }
  }
  return luma;
}

/** Makes the fake camera show `text` as a QR code, from the next time a page opens the camera. */
export function showToCamera(text: string): void {
  writeFileSync(FRAME_FILE, y4m(qrLuma(text)));
}

// The device reads the file when the browser starts: give it a blank frame until a test shows a code.
writeFileSync(FRAME_FILE, y4m(new Uint8Array(WIDTH * HEIGHT).fill(235)));

/** `test` with a browser whose camera is the fake device. */
export const cameraTest = test.extend({
  launchOptions: [
    async ({ launchOptions }, use) => {
      const fakeCamera = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${FRAME_FILE}`];
      await use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...fakeCamera] });
    },
    { scope: 'worker' },
  ],
});
