import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CssBaseline from '@mui/material/CssBaseline';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { InfluencerDetailsPage } from '../modules/details/InfluencerDetailsPage';
import { InfluencerListPage } from '../modules/influencers/components/InfluencerListPage';
import { useRoute } from './navigation';

const theme = createTheme({
  palette: { primary: { main: '#3949ab' }, background: { default: '#f6f7fb' } },
  shape: { borderRadius: 8 },
});

export function App() {
  const route = useRoute();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
        <AppBar position="static" elevation={0}>
          <Toolbar variant="dense" component="nav" aria-label="Main">
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mr: 3 }}>Influencer CRM</Typography>
            <Button color="inherit" href="#/" aria-current={route.name === 'list' ? 'page' : undefined}>
              All influencers
            </Button>
          </Toolbar>
        </AppBar>
        <Box component="main" sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, bgcolor: 'background.paper' }}>
          {route.name === 'details' ? <InfluencerDetailsPage influencerId={route.influencerId} /> : <InfluencerListPage />}
        </Box>
      </Box>
    </ThemeProvider>
  );
}
