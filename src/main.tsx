// Entry: one store, created from the URL, and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppStore } from './state/store';
import './app/fonts.css';
import './app/styles.css';

const store = createAppStore({ search: window.location.search });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
