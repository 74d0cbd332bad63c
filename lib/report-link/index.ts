export {
  CURRENT_VERSION,
  MAX_CODE_LENGTH,
  decodeReport,
  encodeReport,
  type CodecOptions,
  type DecodeFailure,
  type DecodeResult,
} from './codec';
