export {
  CURRENT_VERSION,
  MAX_CODE_LENGTH,
  decodeReport,
  encodeReport,
  type DecodeFailure,
  type DecodeResult,
} from './codec';
