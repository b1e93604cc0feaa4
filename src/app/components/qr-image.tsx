/**
 * A QR code the service drew (SVG). Shown as an image, never injected as markup: the SVG cannot run anything, and
 * a long press saves or shares it like any picture.
 */
export function QrImage({ svg, alt }: { svg: string; alt: string }) {
  return (
    <img
      className="hvs-qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={alt}
      width={240}
      height={240}
    />
  );
}
