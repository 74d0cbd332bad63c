export {
  CURRENT_VERSION,
  MAX_CODE_LENGTH,
  decodeReport,
  encodeReport,
  type CodecOptions,
  type DecodeFailure,
  type DecodeResult,
  decodeFailures,
} from './codec';
