import { PLATFORM_LABELS, type Influencer, type Platform, type RecordingFailureCode } from '../influencer';
import { recordingOf } from './recordingState';

/** The default words for each failure, when a provider gives none more precise. */
export function recordingFailureReason(code: RecordingFailureCode, platform: Platform | null = null): string {
  const where = platform === null ? 'the platform' : PLATFORM_LABELS[platform];
  switch (code) {
    case 'bad_link':
      return 'The link is not a YouTube, Instagram or TikTok profile. Correct the link and record again.';
    case 'not_found':
      return `No ${platform === 'youtube' ? 'YouTube channel' : platform === null ? 'profile' : `${PLATFORM_LABELS[platform]} account`} was found at this link. Check the link and record again.`;
    case 'provider_down':
      return `${where === 'the platform' ? 'The platform' : where} could not be reached. Try recording again later.`;
    case 'duplicate':
      return 'This profile is already in the CRM as another influencer.';
  }
}

/** What the app shows about the recording, or null when there is nothing to show. */
export function recordingStatusText(inf: Pick<Influencer, 'recording'>): string | null {
  const recording = recordingOf(inf);
  switch (recording?.state) {
    case undefined:
    case 'recorded':
      return null;
    case 'requested':
    case 'recording':
      return 'Recording…';
    case 'failed':
      return `Recording failed: ${recording.failureReason ?? recordingFailureReason(recording.failureCode ?? 'provider_down')}`;
  }
}
