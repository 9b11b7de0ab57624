/** Entry of `config.html`: the configuration page Teams shows when the channel tab is added. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HostRoot } from './components/HostRoot/HostRoot';
import { TabConfig } from './pages/TabConfig/TabConfig';

const container = document.getElementById('root');
if (!container) throw new Error('config.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <HostRoot>
      <TabConfig />
    </HostRoot>
  </StrictMode>,
);
