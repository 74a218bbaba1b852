import { useState } from 'react';
import type { Merchant } from 'add-connection-wizard';
import { AddConnectionWizard } from './AddConnectionWizard';

// Data from your backend, for example fetch('/api/merchants').
const merchants: Merchant[] = [{ id: 7, company_name: 'Acme Outdoor', warehouses: [{ id: 11, name: 'ACME WMS — Newark' }] }];

export function App() {
  const [createdId, setCreatedId] = useState<string | number>();
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem auto', maxWidth: '52rem', padding: '0 1rem' }}>
      <h1>Connect a store</h1>
      {createdId !== undefined && (
        <p role="status">
          Connection <strong id="created-id">{createdId}</strong> created.
        </p>
      )}
      <AddConnectionWizard
        endpoint="/api/connections"
        merchants={merchants}
        onSuccess={(event) => setCreatedId(event.detail.id)}
      />
    </main>
  );
}
