import QRCode from 'qrcode';
import { qrPath } from '@/lib/report-link/qr-path';

/**
 * The report link as a QR code, for people reading on paper: drawn on the server as one SVG path
 * (no network, no canvas) and shown in print only.
 */
export function ReportQr({
  url,
  label,
  title,
  body,
}: {
  url: string;
  label: string;
  title: string;
  body: string;
}) {
  const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  const { size } = modules;
  // Four modules of quiet zone on each side, as scanners expect.
  const box = size + 8;
  return (
    <div className="print-avoid-break hidden items-center gap-5 rounded-lg border border-slate-300 p-4 print:flex">
      <svg
        role="img"
        aria-label={label}
        viewBox={`-4 -4 ${box} ${box}`}
        className="size-[34mm] shrink-0"
        shapeRendering="crispEdges"
        data-qr-url={url}
      >
        <rect x={-4} y={-4} width={box} height={box} fill="#fff" />
        <path d={qrPath(modules)} fill="#000" />
      </svg>
      <div className="min-w-0">
        <p className="font-bold text-slate-900">{title}</p>
        <p className="mt-1 text-sm text-slate-700">{body}</p>
        <p className="mt-2 font-mono text-xs break-all text-slate-900">{url}</p>
      </div>
    </div>
  );
}
