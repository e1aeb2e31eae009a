/**
 * Reads QR codes from a video frame. The browser's own `BarcodeDetector` when it reads QR codes;
 * otherwise the same API from `barcode-detector` (ZXing-C++ compiled to WebAssembly), with the
 * .wasm file bundled into the build and loaded from this server — never from a CDN, so scanning
 * works offline and under the site's CSP. This module is imported lazily, on the first scan.
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** Reads the text of the QR codes in one frame. */
export interface QrDecoder {
  decode(frame: HTMLVideoElement): Promise<string | null>;
}

interface Detector {
  detect(source: HTMLVideoElement): Promise<ReadonlyArray<{ rawValue: string }>>;
}

interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    return (await Native.getSupportedFormats()).includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

async function bundledDetector(): Promise<Detector> {
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill');
  await prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}

/** The best decoder this browser offers. */
export async function createQrDecoder(): Promise<QrDecoder> {
  const detector = (await nativeDetector()) ?? (await bundledDetector());
  return {
    async decode(frame) {
      const found = await detector.detect(frame);
      return found.find((code) => code.rawValue.length > 0)?.rawValue ?? null;
    },
  };
}
