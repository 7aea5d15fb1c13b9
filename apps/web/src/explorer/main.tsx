// The GraphQL explorer for developers (GraphiQL), bundled with the app so it works without internet.
// The api serves it at /graphiql outside production only; it speaks as whoever is logged in to the app.
import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { accessToken } from '@/lib/api';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: async (input, init) => {
    const token = await accessToken();
    const headers = new Headers(init?.headers);
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={'# Logged in to the app? Queries run as you.\n{\n  me {\n    fullName\n    role\n  }\n}\n'} />
  </StrictMode>,
);
