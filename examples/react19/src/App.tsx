import { useState } from 'react';
// Registers <add-connection-wizard>; its types add the element to React's JSX.
import 'add-connection-wizard';
import type { EditableConnection, Merchant } from 'add-connection-wizard';

// Data from your backend, for example fetch('/api/merchants').
const merchants: Merchant[] = [{ id: 7, company_name: 'Acme Outdoor', warehouses: [{ id: 11, name: 'ACME WMS — Newark' }] }];

export function App() {
  const [createdId, setCreatedId] = useState<string | number>();
  // The connection being edited, as the server answers it: without secrets.
  const [editing, setEditing] = useState<EditableConnection>();
  const [savedId, setSavedId] = useState<string | number>();
  const [loadError, setLoadError] = useState<string>();

  async function reconnect() {
    setSavedId(undefined);
    setLoadError(undefined);
    const response = await fetch(`/api/connections/${encodeURIComponent(String(createdId))}`);
    if (!response.ok) return setLoadError(`Could not load connection ${createdId} (${response.status}).`);
    setEditing((await response.json()) as EditableConnection);
  }

  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem auto', maxWidth: '52rem', padding: '0 1rem' }}>
      <h1>Connect a store</h1>
      {createdId !== undefined && (
        <p role="status">
          Connection <strong id="created-id">{createdId}</strong> created.
        </p>
      )}
      {createdId !== undefined && !editing && (
        <button type="button" onClick={reconnect}>
          Reconnect
        </button>
      )}
      {loadError && <p role="alert">{loadError}</p>}
      <p role="status" id="saved-status">
        {savedId !== undefined && `Changes saved to connection ${savedId}`}
      </p>
      {editing ? (
        // Edit mode: React 19 sets `connection` as a property; the wizard opens on Store
        // Setup and sends a PATCH of what changed to /api/connections/{id}.
        <add-connection-wizard
          key={`edit-${editing.id}`}
          mode="edit"
          edit-step="store"
          endpoint="/api/connections"
          connection={editing}
          onacw-success={(event) => {
            if (event.detail.mode === 'edit') setSavedId(event.detail.id);
          }}
          onacw-cancel={() => setEditing(undefined)}
        />
      ) : (
        // React 19 sets `merchants` as a property and listens to `acw-success` itself.
        <add-connection-wizard
          key="create"
          endpoint="/api/connections"
          merchants={merchants}
          onacw-success={(event) => setCreatedId(event.detail.id)}
        />
      )}
    </main>
  );
}
