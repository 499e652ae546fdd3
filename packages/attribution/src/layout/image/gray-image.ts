import sharp from 'sharp';
import { inputError } from '@vigil/core';

/** An 8-bit grey-scale raster, row-major, one byte per pixel. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export const decodeGray = async (bytes: Uint8Array): Promise<GrayImage> => {
  try {
    const { data, info } = await sharp(bytes)
      .rotate()
      .greyscale()
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      width: info.width,
      height: info.height,
      data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height),
    };
  } catch (error) {
    throw inputError(
      'trace.bad_image',
      `The image could not be decoded (PNG, JPEG, WebP or TIFF expected): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};

const rawInput = (image: GrayImage) => ({
  raw: { width: image.width, height: image.height, channels: 1 as const },
});

export const encodePng = async (image: GrayImage): Promise<Uint8Array> =>
  new Uint8Array(await sharp(image.data, rawInput(image)).png({ compressionLevel: 6 }).toBuffer());

/** JPEG of a grey image tinted like paper under warm light (three channels, as a phone writes). */
export const encodeTintedJpeg = async (image: GrayImage, quality: number): Promise<Uint8Array> => {
  const rgb = new Uint8Array(image.width * image.height * 3);
  for (let i = 0; i < image.data.length; i += 1) {
    const v = image.data[i] as number;
    rgb[3 * i] = v;
    rgb[3 * i + 1] = Math.round(v * 0.97);
    rgb[3 * i + 2] = Math.round(v * 0.9);
  }
  return new Uint8Array(
    await sharp(rgb, { raw: { width: image.width, height: image.height, channels: 3 } })
      .jpeg({ quality })
      .toBuffer(),
  );
};

export const gaussianBlur = async (image: GrayImage, sigma: number): Promise<GrayImage> => {
  if (sigma < 0.3) return image;
  const data = await sharp(image.data, rawInput(image))
    .blur(sigma)
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return {
    width: image.width,
    height: image.height,
    data: new Uint8Array(data.buffer, data.byteOffset, image.width * image.height),
  };
};

export const resizeGray = async (
  image: GrayImage,
  width: number,
  height: number,
): Promise<GrayImage> => {
  const data = await sharp(image.data, rawInput(image))
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, width * height) };
};
