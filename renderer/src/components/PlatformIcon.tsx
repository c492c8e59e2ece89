import YouTubeIcon from '@mui/icons-material/YouTube';
import InstagramIcon from '@mui/icons-material/Instagram';
import PersonOutlinedIcon from '@mui/icons-material/PersonOutlined';
import MusicNoteIcon from '@mui/icons-material/MusicNote';
import type { Platform } from '../../../shared/influencer';
import { PLATFORM_LABELS } from '../../../shared/influencer';

/** The platform's mark; TikTok has no MUI icon, so a note stands in for it. */
export function PlatformIcon({ platform, fontSize = 'small' }: { platform: Platform | null; fontSize?: 'small' | 'medium' }) {
  const label = platform === null ? 'Self-created' : PLATFORM_LABELS[platform];
  switch (platform) {
    case 'youtube':
      return <YouTubeIcon fontSize={fontSize} sx={{ color: '#ff0000' }} titleAccess={label} />;
    case 'instagram':
      return <InstagramIcon fontSize={fontSize} sx={{ color: '#c13584' }} titleAccess={label} />;
    case 'tiktok':
      return <MusicNoteIcon fontSize={fontSize} sx={{ color: '#111' }} titleAccess={label} />;
    default:
      return <PersonOutlinedIcon fontSize={fontSize} sx={{ color: 'text.secondary' }} titleAccess={label} />;
  }
}
