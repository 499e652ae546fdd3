export type { Lang } from './lang.ts';
export { renderMarkedPdf, layoutCapacity } from './pdf-renderer.ts';
export { extractPdfText } from './pdf-text.ts';
export { rasterizePdf } from './pdf-raster.ts';
export { photographPage, type PhotoSeverity } from './photo-simulator.ts';
export { ocrImage } from './ocr.ts';
export { readLayoutBits } from './layout-reader.ts';
