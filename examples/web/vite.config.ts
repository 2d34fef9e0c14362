import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The gateway allows any http://localhost:<port> origin outside production (CORS).
  server: { port: 5173 },
  preview: { port: 4173 },
});
