import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/**
 * A feed's address as a QR code, to subscribe on a phone by pointing its camera at the screen: the
 * `webcal:` address, which phones' calendars subscribe to (they then follow every change). Drawn
 * as one SVG path of the dark modules, with a quiet zone of four modules around it.
 */
export default function FeedQr({ address, label }: { address: string; label: string }) {
  const { size, path } = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(address);
    code.make();
    const count = code.getModuleCount();
    let d = '';
    for (let row = 0; row < count; row++) for (let col = 0; col < count; col++) if (code.isDark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
    return { size: count + 8, path: d };
  }, [address]);
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
