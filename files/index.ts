export * from './types';
export { sniffType, isImageType } from './sniff';
export { extractText, type ExtractOptions } from './extract';
export { inspectBytes, inspectWithText, type InspectOptions } from './inspect';
export { readPhotoMetadata } from './image/exif';
export { stripMetadata } from './image/strip';
export { decodeText } from './text/plain';
