/**
 * Does a PDF page draw a picture? Asked only of pages with (almost) no text, to tell a scan
 * (an image of text: OCR it) from a blank page (nothing to read, nothing to say).
 *
 * packtool opens PDFs with `maxImageSize: 0` so that pdf.js never decodes images (most of a
 * scan's cost). pdf.js then drops each image from the operator list unread (evaluator.js,
 * buildPaintImageXObject: "Image exceeded maximum allowed size and was removed"), but keeps the
 * operators around it: an image is placed by `q <matrix> cm /Im0 Do Q` (PDF 32000-1:2008,
 * 8.9.5 and 8.3.4), so what remains is a `transform` followed directly by the `restore`, with
 * nothing drawn between them. Such a placement with nothing in it is an image that was there;
 * so is any image operator that does survive (an image mask, or a reader opened without the limit).
 */

/** The pdf.js operator ids this test needs (pdfjs.OPS), passed in so that this stays a pure function. */
export interface ImageOps {
  transform: number;
  restore: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintInlineImageXObjectGroup: number;
  paintImageMaskXObject: number;
  paintImageMaskXObjectGroup: number;
  paintImageXObjectRepeat: number;
  paintImageMaskXObjectRepeat: number;
  paintSolidColorImageMask: number;
}

const IMAGE_OPS: Array<keyof ImageOps> = [
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObject',
  'paintImageMaskXObjectGroup',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintSolidColorImageMask',
];

/** True when the operator list (pdf.js `fnArray`) draws an image or keeps the placement of one it dropped. */
export function drawsImage(fnArray: ArrayLike<number>, ops: ImageOps): boolean {
  const images = new Set(IMAGE_OPS.map((name) => ops[name]));
  for (let i = 0; i < fnArray.length; i++) {
    if (images.has(fnArray[i])) return true;
    if (fnArray[i] === ops.transform && fnArray[i + 1] === ops.restore) return true;
  }
  return false;
}
