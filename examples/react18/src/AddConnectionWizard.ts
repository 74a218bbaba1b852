// A React component for <add-connection-wizard>, made by @lit/react: it sets props the
// element has as properties (merchants, headers, …) and maps the on… props below to the
// element's events. Importing the package registers the element.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  AddConnectionWizard as WizardElement,
  type ConnectionErrorEvent,
  type ConnectionSubmitEvent,
  type ConnectionSuccessEvent,
  type StepChangeEvent,
  type TestConnectionEvent,
  type WizardCancelEvent,
} from 'add-connection-wizard';

export const AddConnectionWizard = createComponent({
  tagName: 'add-connection-wizard',
  elementClass: WizardElement,
  react: React,
  events: {
    onStepChange: 'acw-step-change' as EventName<StepChangeEvent>,
    onSubmit: 'acw-submit' as EventName<ConnectionSubmitEvent>,
    onSuccess: 'acw-success' as EventName<ConnectionSuccessEvent>,
    onError: 'acw-error' as EventName<ConnectionErrorEvent>,
    onCancel: 'acw-cancel' as EventName<WizardCancelEvent>,
    onTestConnection: 'acw-test-connection' as EventName<TestConnectionEvent>,
  },
});
