/**
 * Entry of `index.html`: the DigiPuls app (personal static tab, channel tab content, and the
 * same view in a plain browser).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppFrame } from './components/AppFrame/AppFrame';
import { HostRoot } from './components/HostRoot/HostRoot';
import { PAGES } from './pages';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <HostRoot>
      <AppFrame pages={PAGES} />
    </HostRoot>
  </StrictMode>,
);
