/** The part of svgcanvas (a maintained fork of canvas2svg) the chart export uses; the package ships no types. */
declare module 'svgcanvas' {
  /** A stand-in canvas element whose 2D context builds an SVG scene instead of pixels. */
  export class Element {
    constructor(options: { readonly width: number; readonly height: number });
    readonly svg: SVGSVGElement;
    getContext(type: '2d'): CanvasRenderingContext2D;
  }
}
