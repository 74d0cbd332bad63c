import 'server-only';
import { getBrand } from '@/lib/brand/load';
import { memoByCode } from './memo';
import { openReport } from './open';

/**
 * The one way the server reads a report link: decoded and computed once per code (the page, its
 * metadata, its share bar and its social image all ask), with the MSP's price book. The memo
 * spans requests, so it also covers React's per-request dedupe.
 */
export const loadReport = memoByCode((code: string) => openReport(code, getBrand().suite));
