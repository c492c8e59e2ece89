import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { createTeam, normalizeServerUrl, signIn, type AuthResult } from '../authApi';
import { defaultServerUrl } from '../platformSessionStore';
import type { Session } from '../session';
import type { SignedOutReason } from '../sessionState';
import { readSignInHint } from '../signInHint';

type Mode = 'signIn' | 'createTeam';

const MIN_PASSWORD = 8;

/**
 * The first screen without a session: sign in to the team's sync server, or create a team
 * (its first member becomes its Administrator). After one successful sign-in the app opens
 * offline with the saved session.
 */
export function SignInScreen({ reason, onSignedIn }: { reason: SignedOutReason; onSignedIn: (session: Session) => Promise<void> }) {
  const [hint] = useState(readSignInHint);
  const [mode, setMode] = useState<Mode>('signIn');
  const [serverUrl, setServerUrl] = useState(hint?.serverUrl ?? defaultServerUrl());
  const [teamName, setTeamName] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState(hint?.email ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const server = normalizeServerUrl(serverUrl);
    if (!server.ok) {
      setError(server.reason);
      return;
    }
    if (mode === 'createTeam') {
      if (teamName.trim() === '' || name.trim() === '') {
        setError('Enter the team’s name and your name.');
        return;
      }
      if (password.length < MIN_PASSWORD) {
        setError(`Choose a password of at least ${MIN_PASSWORD} characters.`);
        return;
      }
    }
    if (email.trim() === '' || password === '') {
      setError('Enter your email and password.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result: AuthResult =
        mode === 'signIn' ? await signIn(server.url, email, password) : await createTeam(server.url, { teamName, name, email, password });
      if (result.ok) await onSignedIn(result.session);
      else setError(result.message);
    } catch (e) {
      setError(`The session could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const action = mode === 'signIn' ? 'Sign in' : 'Create team';
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'background.default', p: 2 }}>
      <Paper variant="outlined" sx={{ p: 4, width: '100%', maxWidth: 440 }}>
        <Stack spacing={2} component="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
          <Typography variant="h5" component="h1" id="sign-in-title">Influencer CRM</Typography>
          {reason === 'expired' && (
            <Alert severity="warning">
              The server no longer accepts your sign-in. Sign in again: your local data and unsent changes are kept.
            </Alert>
          )}
          <Tabs
            value={mode}
            onChange={(_e, value: Mode) => {
              setMode(value);
              setError(null);
            }}
            variant="fullWidth"
          >
            <Tab value="signIn" label="Sign in" />
            <Tab value="createTeam" label="Create team" />
          </Tabs>
          <TextField
            label="Server address"
            value={serverUrl}
            onChange={(e) => setServerUrl(e.target.value)}
            autoComplete="url"
            helperText="Your team’s sync server"
          />
          {mode === 'createTeam' && (
            <>
              <TextField label="Team name" value={teamName} onChange={(e) => setTeamName(e.target.value)} autoComplete="organization" />
              <TextField label="Your name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
            </>
          )}
          <TextField label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="username" />
          <TextField
            label="Password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete={mode === 'signIn' ? 'current-password' : 'new-password'}
            helperText={mode === 'createTeam' ? `At least ${MIN_PASSWORD} characters` : undefined}
          />
          {error !== null && <Alert severity="error">{error}</Alert>}
          <Button type="submit" variant="contained" size="large" disabled={busy}>{action}</Button>
        </Stack>
      </Paper>
    </Box>
  );
}
