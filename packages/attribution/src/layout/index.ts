export type { Lang } from './lang.ts';
export {
  renderMarkedPdf,
  layoutCapacity,
  createCopyPrinter,
  type CopyPrinter,
} from './pdf-renderer.ts';
export type { VariantText } from './copy-layout.ts';
export { extractPdfText } from './pdf-text.ts';
export { rasterizePdf } from './pdf-raster.ts';
export { photographPage, type PhotoSeverity } from './photo-simulator.ts';
export { ocrImage } from './ocr.ts';
export { readLayoutBits } from './layout-reader.ts';
