import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import CssBaseline from '@mui/material/CssBaseline';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { TeamActivityPage } from '../modules/activity/TeamActivityPage';
import { InfluencerDetailsPage } from '../modules/details/InfluencerDetailsPage';
import { InfluencerListPage } from '../modules/influencers/components/InfluencerListPage';
import { EmailProjectsPage } from '../modules/projects/components/EmailProjectsPage';
import { RejectedChangesBanner } from '../modules/rejections/RejectedChangesBanner';
import { TeamSettingsPage } from '../modules/team/components/TeamSettingsPage';
import { ChangePasswordDialog } from '../session/components/ChangePasswordDialog';
import { SignInScreen } from '../session/components/SignInScreen';
import type { Session } from '../session/session';
import { useSessionState } from '../session/sessionState';
import { SyncIndicator } from '../sync/components/SyncIndicator';
import { activityHref, emailProjectsHref, teamSettingsHref, useRoute } from './navigation';
import { completeSignIn, signOut } from './sessionLifecycle';

const theme = createTheme({
  palette: { primary: { main: '#3949ab' }, background: { default: '#f6f7fb' } },
  shape: { borderRadius: 8 },
});

export function App() {
  const state = useSessionState();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {state.status === 'loading' ? (
        <Box sx={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
          <CircularProgress aria-label="Opening Influencer CRM" />
        </Box>
      ) : state.status === 'signedOut' ? (
        <SignInScreen reason={state.reason} onSignedIn={completeSignIn} />
      ) : (
        <SignedInApp session={state.session} />
      )}
    </ThemeProvider>
  );
}

function SignedInApp({ session }: { session: Session }) {
  const route = useRoute();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Box component="nav" aria-label="Main" sx={{ display: 'flex', alignItems: 'center' }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mr: 3 }}>Influencer CRM</Typography>
            <Button color="inherit" href="#/" aria-current={route.name === 'list' ? 'page' : undefined}>
              All influencers
            </Button>
            <Button color="inherit" href={activityHref()} aria-current={route.name === 'activity' ? 'page' : undefined}>
              Activity
            </Button>
            <Button color="inherit" href={emailProjectsHref()} aria-current={route.name === 'emailProjects' ? 'page' : undefined}>
              Email projects
            </Button>
            <Button color="inherit" href={teamSettingsHref()} aria-current={route.name === 'teamSettings' ? 'page' : undefined}>
              Team settings
            </Button>
          </Box>
          <Box sx={{ flex: 1 }} />
          <SyncIndicator />
          <Typography variant="body2" noWrap sx={{ maxWidth: 280 }} title={`${session.member.email} · ${session.team.name}`}>
            {session.member.name} · {session.team.name}
          </Typography>
          <Button color="inherit" onClick={() => void signOut()}>Sign out</Button>
        </Toolbar>
      </AppBar>
      <RejectedChangesBanner />
      {session.mustChangePassword === true && <ChangePasswordDialog session={session} />}
      <Box component="main" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, bgcolor: 'background.paper' }}>
        {route.name === 'details' ? (
          <InfluencerDetailsPage influencerId={route.influencerId} />
        ) : route.name === 'activity' ? (
          <TeamActivityPage batch={route.batch} />
        ) : route.name === 'emailProjects' ? (
          <EmailProjectsPage />
        ) : route.name === 'teamSettings' ? (
          <TeamSettingsPage tab={route.tab} />
        ) : (
          <InfluencerListPage />
        )}
      </Box>
    </Box>
  );
}
