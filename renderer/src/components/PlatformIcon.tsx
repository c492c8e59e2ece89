import YouTubeIcon from '@mui/icons-material/YouTube';
import InstagramIcon from '@mui/icons-material/Instagram';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import MusicNoteIcon from '@mui/icons-material/MusicNote';
import type { Platform } from '../../../shared/influencer';
import { PLATFORM_LABELS } from '../../../shared/influencer';

/**
 * The platform's mark; TikTok has no MUI icon, so a note stands in for it. Colours go through
 * htmlColor, not sx: this renders in every list row, and sx costs a style pass per render.
 */
export function PlatformIcon({ platform, fontSize = 'small' }: { platform: Platform | null; fontSize?: 'small' | 'medium' }) {
  const label = platform === null ? 'Self-created' : PLATFORM_LABELS[platform];
  switch (platform) {
    case 'youtube':
      return <YouTubeIcon fontSize={fontSize} htmlColor="#ff0000" titleAccess={label} />;
    case 'instagram':
      return <InstagramIcon fontSize={fontSize} htmlColor="#c13584" titleAccess={label} />;
    case 'tiktok':
      return <MusicNoteIcon fontSize={fontSize} htmlColor="#111" titleAccess={label} />;
    default:
      return <PersonOutlinedIcon fontSize={fontSize} htmlColor="#757575" titleAccess={label} />;
  }
}
