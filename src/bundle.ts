// The single-file bundle for a plain <script type="module">: the wizard and every form,
// registered on load.
export * from './index.js';
export * from './define-forms.js';
