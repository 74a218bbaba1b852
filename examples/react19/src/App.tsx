import { useState } from 'react';
// Registers <add-connection-wizard>; its types add the element to React's JSX.
import 'add-connection-wizard';
import type { Merchant } from 'add-connection-wizard';

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
      {/* React 19 sets `merchants` as a property and listens to `acw-success` itself. */}
      <add-connection-wizard
        endpoint="/api/connections"
        merchants={merchants}
        onacw-success={(event) => setCreatedId(event.detail.id)}
      />
    </main>
  );
}
