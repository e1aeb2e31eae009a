/**
 * PDF rendering for the evidence viewer: PDF.js, loaded only when a reviewer first opens a PDF
 * (its code and worker stay out of every other page's JavaScript).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** Opens a PDF from its bytes. */
export async function openPdf(data: ArrayBuffer): Promise<PDFDocumentProxy> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs.getDocument({ data }).promise;
}

/** Draws page `n` (from 1) of `pdf` on `canvas` at `scale` (1 = the page's own size), sharp on high-density screens. */
export async function drawPage(pdf: PDFDocumentProxy, n: number, canvas: HTMLCanvasElement, scale: number): Promise<void> {
  const page = await pdf.getPage(n);
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}
