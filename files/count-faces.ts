import type { FileReport } from './types';

/**
 * Faces in a checked file: a photo's own, plus those in the photos attached to an e-mail (at any
 * depth). The guard counts both the same way for the policy's photo rules and the child questions.
 */
export function countFaces(report: Pick<FileReport, 'photo' | 'attachedPhotos'> | undefined): number {
  if (!report) return 0;
  return (report.photo?.faces?.length ?? 0) + (report.attachedPhotos ?? []).reduce((n, a) => n + (a.photo.faces?.length ?? 0), 0);
}
