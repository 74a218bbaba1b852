// Every string the wizard shows, in one place so that a translation replaces them all.
// Over 300 lines because it holds two whole catalogues, English and Spanish; each language
// becoming a module of its own is the byte work still to come (see BENCHMARKS.md).
import { own } from '../schema/records.js';

export const en = {
  steps: ['Basic Information', 'Merchant Information', 'Warehouse Setup', 'Store Setup'],
  progressLabel: 'Progress',
  stepOf: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
  stepCompleted: 'completed',
  continue: 'Continue',
  back: 'Back',
  cancel: 'Cancel',
  addConnection: 'Add connection',
  adding: 'Adding connection…',
  optional: 'optional',
  showSecret: 'Show',
  hideSecret: 'Hide',

  connectionName: 'Connection name',
  connectionNameHint: 'Make it descriptive, for example “Brand X — Shopify → ACME WMS”, not “Connection 4”.',

  merchantChoice: 'Merchant',
  useExistingMerchant: 'Use existing merchant',
  createNewMerchant: 'Create new merchant',
  chooseMerchant: 'Choose a merchant.',
  merchantList: 'Existing merchants',
  /** No longer shown (the merchant list is a combobox now); kept so that catalogues setting it still fit. */
  filterMerchants: 'Filter merchants',
  noMerchantMatches: 'No merchant matches. Check the spelling, or try the merchant’s number.',
  companyName: 'Company name',
  address1: 'Address line 1',
  address2: 'Address line 2',
  address3: 'Address line 3',
  city: 'City',
  state: 'State',
  zip: 'Zip code',
  country: 'Country',
  address: 'Address',

  warehouseList: 'Warehouse',
  warehouseListHint: 'Choose which of the merchant’s warehouses ships this store’s orders. When unsure, use the default.',
  chooseWarehouse: 'Choose a warehouse.',
  defaultWarehouse: 'This merchant’s default warehouse will be used: nothing else to enter here.',
  warehousePlatform: 'Warehouse platform',
  choosePlatform: 'Choose a platform.',
  choosePlatformOption: 'Choose…',
  noPlatformForm: 'No form is available for this platform.',
  searchPlatforms: 'Type to search…',
  suggestions: 'Suggestions',
  popularPlatforms: 'Popular',
  allPlatforms: 'All, A–Z',
  noPlatformMatches: 'No platform matches. Check the spelling, or try another name.',
  morePlatforms: (count: number) => `${count} more: keep typing to narrow the list.`,
  platformCount: (count: number) => (count === 1 ? '1 platform available.' : `${count} platforms available.`),
  shownOf: (shown: number, total: number) => `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} shown, type to narrow.`,
  searchMerchants: 'Type a name or number…',
  merchantCount: (count: number) => (count === 1 ? '1 merchant.' : `${count.toLocaleString('en')} merchants.`),
  moreMerchants: (count: number) => `${count.toLocaleString('en')} more: keep typing to narrow the list.`,
  typeToSearchMerchants: 'Type to search merchants.',
  searchingMerchants: 'Searching…',
  merchantSearchFailed: 'The search failed.',
  retrySearch: 'Try again',
  warehouseCount: (count: number) => (count === 1 ? '1 warehouse.' : `${count.toLocaleString('en')} warehouses.`),
  storeCount: (count: number) => (count === 1 ? '1 store.' : `${count.toLocaleString('en')} stores.`),
  noMatches: 'Nothing matches. Check the spelling, or try another name.',

  storeChoice: 'Store',
  createNewStore: 'Create new store',
  useExistingStore: 'Use existing store',
  chooseStore: 'Choose a store.',
  storeList: 'Existing stores',
  storeName: 'Name',
  storeNameHint: 'The store’s name as its customers see it.',
  platform: 'Platform',

  testConnection: 'Test connection',
  testing: 'Testing the connection…',
  testPassed: 'Connection test passed.',
  testFailed: 'Connection test failed.',
  testUnavailable: 'Testing is not available here: the credentials are checked when you add the connection.',
  fixBeforeTest: 'Correct the highlighted fields before testing.',

  createdHeading: 'Connection created',
  created: (name: string) => `“${name}” was created. It is disabled until you enable it.`,
  nextSteps: 'Next steps',
  nextEnable: 'Enable the connection when you are ready for orders to flow.',
  nextReview: 'Check that orders are flowing with Review Order Status.',
  addAnother: 'Add another connection',

  errorTitle: 'The connection was not added',
  errorValidation: 'Some values were not accepted. Correct the highlighted fields and try again.',
  errorConflict: 'A connection between this merchant, store and warehouse already exists. Choose a different store or warehouse, or use the existing connection.',
  errorServer: (status: number) => `The server could not add the connection (error ${status}). Your entries are kept: try again in a moment.`,
  errorUnexpected: 'The server answered without the new connection’s id, so it is unclear whether it was created. Check the list of connections before trying again.',
  errorNetwork: 'The server could not be reached. Check your internet connection; your entries are kept, so you can try again.',
  errorTimeout: 'The server took too long to answer. Your entries are kept: try again.',
  errorInsecure: 'This page is set to send the connection over an unencrypted (http) address, so it was not sent. Please tell the site’s owner.',
  errorEndpoint: 'This page is not set up to send the connection to a web address, so it was not sent. Please tell the site’s owner.',
  errorRedirect: 'The server answered with a redirect to another address, so your credentials were not sent on. Please tell the site’s owner.',
  retry: 'Try again',
  fixErrors: (count: number) => count === 1 ? 'Correct 1 field to continue.' : `Correct ${count} fields to continue.`,
  errorSummary: 'There is a problem',

  // The package's own platform forms.
  infusionsoft: {
    help: 'The Infusionsoft user must have Administration privileges, and keep them for the life of the integration.',
    appName: 'Application name',
    appNameHint: 'Your Infusionsoft subdomain: for mystore.infusionsoft.com, enter mystore.',
    username: 'Username',
    usernameHint: 'An Infusionsoft user with Administration privileges.',
    password: 'Password',
    trackingField: 'Tracking Number Field',
    trackingFieldHint: 'The Infusionsoft custom field where tracking numbers are stored.',
    shipmentDateField: 'Shipment Date Field',
    shipmentDateFieldHint: 'The Infusionsoft custom field where shipment dates are stored.',
    payStatus: 'Pay Status',
    payStatusHint: 'Orders with this pay status are imported. To import orders with another status, enable custom fields in Infusionsoft.',
    paid: 'Paid',
    notRequired: 'Not Required',
  },
  fileExchange: {
    help: 'The warehouse exchanges order and shipment files with DropStream on an FTP server it can reach. The server needs /in and /out folders.',
    connectionString: 'Connection string',
    connectionStringHint: 'For example sftp://user:password@ftp.example.com:22. SFTP is preferred; FTPS and FTP also work. The port may be left out. Percent-encode characters other than letters and digits in the user name and password.',
  },
  whereToFind: 'Where to find these details',

  /**
   * Validation messages come from the shared zod schemas in English (a Node backend gets
   * them as they are); a translation maps them here, by their English text as gettext does,
   * with patterns for the ones that carry a value.
   */
  validation: {} as Record<string, string>,
  validationPatterns: [] as [RegExp, (...groups: string[]) => string][],
};

export type Messages = typeof en;

export const es: Messages = {
  steps: ['Información básica', 'Información del comerciante', 'Configuración del almacén', 'Configuración de la tienda'],
  progressLabel: 'Progreso',
  stepOf: (n, total, title) => `Paso ${n} de ${total}: ${title}`,
  stepCompleted: 'completado',
  continue: 'Continuar',
  back: 'Atrás',
  cancel: 'Cancelar',
  addConnection: 'Añadir conexión',
  adding: 'Añadiendo la conexión…',
  optional: 'opcional',
  showSecret: 'Mostrar',
  hideSecret: 'Ocultar',

  connectionName: 'Nombre de la conexión',
  connectionNameHint: 'Que sea descriptivo, por ejemplo «Marca X — Shopify → ACME WMS», no «Conexión 4».',

  merchantChoice: 'Comerciante',
  useExistingMerchant: 'Usar un comerciante existente',
  createNewMerchant: 'Crear un comerciante nuevo',
  chooseMerchant: 'Elija un comerciante.',
  merchantList: 'Comerciantes existentes',
  filterMerchants: 'Filtrar comerciantes',
  noMerchantMatches: 'Ningún comerciante coincide. Revise la ortografía o pruebe con el número del comerciante.',
  companyName: 'Nombre de la empresa',
  address1: 'Dirección, línea 1',
  address2: 'Dirección, línea 2',
  address3: 'Dirección, línea 3',
  city: 'Ciudad',
  state: 'Estado o provincia',
  zip: 'Código postal',
  country: 'País',
  address: 'Dirección',

  warehouseList: 'Almacén',
  warehouseListHint: 'Elija cuál de los almacenes del comerciante envía los pedidos de esta tienda. Si duda, use el predeterminado.',
  chooseWarehouse: 'Elija un almacén.',
  defaultWarehouse: 'Se usará el almacén predeterminado de este comerciante: no hay nada más que rellenar aquí.',
  warehousePlatform: 'Plataforma del almacén',
  choosePlatform: 'Elija una plataforma.',
  choosePlatformOption: 'Elija…',
  noPlatformForm: 'No hay formulario para esta plataforma.',
  searchPlatforms: 'Escriba para buscar…',
  suggestions: 'Sugerencias',
  popularPlatforms: 'Populares',
  allPlatforms: 'Todas, A–Z',
  noPlatformMatches: 'Ninguna plataforma coincide. Revise la ortografía o pruebe otro nombre.',
  morePlatforms: (count) => `${count} más: siga escribiendo para acotar la lista.`,
  platformCount: (count) => (count === 1 ? '1 plataforma disponible.' : `${count} plataformas disponibles.`),
  shownOf: (shown, total) => `Se muestran ${shown.toLocaleString('es')} de ${total.toLocaleString('es')}; escriba para acotar.`,
  searchMerchants: 'Escriba un nombre o un número…',
  merchantCount: (count) => (count === 1 ? '1 comerciante.' : `${count.toLocaleString('es')} comerciantes.`),
  moreMerchants: (count) => `${count.toLocaleString('es')} más: siga escribiendo para acotar la lista.`,
  typeToSearchMerchants: 'Escriba para buscar comerciantes.',
  searchingMerchants: 'Buscando…',
  merchantSearchFailed: 'La búsqueda ha fallado.',
  retrySearch: 'Volver a intentarlo',
  warehouseCount: (count) => (count === 1 ? '1 almacén.' : `${count.toLocaleString('es')} almacenes.`),
  storeCount: (count) => (count === 1 ? '1 tienda.' : `${count.toLocaleString('es')} tiendas.`),
  noMatches: 'No hay coincidencias. Revise la ortografía o pruebe otro nombre.',

  storeChoice: 'Tienda',
  createNewStore: 'Crear una tienda nueva',
  useExistingStore: 'Usar una tienda existente',
  chooseStore: 'Elija una tienda.',
  storeList: 'Tiendas existentes',
  storeName: 'Nombre',
  storeNameHint: 'El nombre de la tienda tal como lo ven sus clientes.',
  platform: 'Plataforma',

  testConnection: 'Probar la conexión',
  testing: 'Probando la conexión…',
  testPassed: 'La prueba de conexión ha funcionado.',
  testFailed: 'La prueba de conexión ha fallado.',
  testUnavailable: 'Aquí no se puede probar: las credenciales se comprueban al añadir la conexión.',
  fixBeforeTest: 'Corrija los campos marcados antes de probar.',

  createdHeading: 'Conexión creada',
  created: (name) => `«${name}» se ha creado. Está desactivada hasta que la active.`,
  nextSteps: 'Próximos pasos',
  nextEnable: 'Active la conexión cuando quiera que empiecen a llegar los pedidos.',
  nextReview: 'Compruebe que los pedidos llegan con Review Order Status.',
  addAnother: 'Añadir otra conexión',

  errorTitle: 'No se ha añadido la conexión',
  errorValidation: 'Algunos valores no se han aceptado. Corrija los campos marcados y vuelva a intentarlo.',
  errorConflict: 'Ya existe una conexión entre este comerciante, esta tienda y este almacén. Elija otra tienda u otro almacén, o use la conexión existente.',
  errorServer: (status) => `El servidor no ha podido añadir la conexión (error ${status}). Sus datos se conservan: vuelva a intentarlo en un momento.`,
  errorUnexpected: 'El servidor ha respondido sin el identificador de la conexión nueva, así que no se sabe si se ha creado. Revise la lista de conexiones antes de volver a intentarlo.',
  errorNetwork: 'No se ha podido contactar con el servidor. Compruebe su conexión a internet; sus datos se conservan y puede volver a intentarlo.',
  errorTimeout: 'El servidor ha tardado demasiado en responder. Sus datos se conservan: vuelva a intentarlo.',
  errorInsecure: 'Esta página envía la conexión a una dirección sin cifrar (http), así que no se ha enviado. Avise al responsable del sitio.',
  errorEndpoint: 'Esta página no está configurada para enviar la conexión a una dirección web, así que no se ha enviado. Avise al responsable del sitio.',
  errorRedirect: 'El servidor ha respondido con una redirección a otra dirección, así que sus credenciales no se han reenviado. Avise al responsable del sitio.',
  retry: 'Volver a intentarlo',
  fixErrors: (count) => (count === 1 ? 'Corrija 1 campo para continuar.' : `Corrija ${count} campos para continuar.`),
  errorSummary: 'Hay un problema',

  infusionsoft: {
    help: 'El usuario de Infusionsoft debe tener privilegios de administración y conservarlos mientras dure la integración.',
    appName: 'Nombre de la aplicación',
    appNameHint: 'Su subdominio de Infusionsoft: para mitienda.infusionsoft.com, escriba mitienda.',
    username: 'Usuario',
    usernameHint: 'Un usuario de Infusionsoft con privilegios de administración.',
    password: 'Contraseña',
    trackingField: 'Campo del número de seguimiento',
    trackingFieldHint: 'El campo personalizado de Infusionsoft donde se guardan los números de seguimiento.',
    shipmentDateField: 'Campo de la fecha de envío',
    shipmentDateFieldHint: 'El campo personalizado de Infusionsoft donde se guardan las fechas de envío.',
    payStatus: 'Estado de pago',
    payStatusHint: 'Se importan los pedidos con este estado de pago. Para importar pedidos con otro estado, active los campos personalizados en Infusionsoft.',
    paid: 'Pagado',
    notRequired: 'No necesario',
  },
  fileExchange: {
    help: 'El almacén intercambia archivos de pedidos y envíos con DropStream en un servidor FTP al que tiene acceso. El servidor necesita las carpetas /in y /out.',
    connectionString: 'Cadena de conexión',
    connectionStringHint: 'Por ejemplo sftp://usuario:contraseña@ftp.example.com:22. Se prefiere SFTP; FTPS y FTP también funcionan. El puerto puede omitirse. Codifique con % los caracteres que no sean letras ni dígitos del usuario y la contraseña.',
  },
  whereToFind: 'Dónde encontrar estos datos',

  validation: {
    'Enter a name for the connection.': 'Escriba un nombre para la conexión.',
    'Enter the company name of the merchant.': 'Escriba el nombre de la empresa del comerciante.',
    'Choose a platform.': 'Elija una plataforma.',
    'Enter the store’s name as customers see it.': 'Escriba el nombre de la tienda tal como lo ven los clientes.',
    'Enter the application name (your Infusionsoft subdomain).': 'Escriba el nombre de la aplicación (su subdominio de Infusionsoft).',
    'Enter only the subdomain, without “.”, “:” or “/”: for mystore.infusionsoft.com, enter mystore.':
      'Escriba solo el subdominio, sin «.», «:» ni «/»: para mitienda.infusionsoft.com, escriba mitienda.',
    'Enter the username of an Infusionsoft administrator.': 'Escriba el usuario de un administrador de Infusionsoft.',
    'Enter the password of that administrator.': 'Escriba la contraseña de ese administrador.',
    'Choose Paid or Not Required.': 'Elija Pagado o No necesario.',
    'Enter the connection string, for example sftp://user:password@ftp.example.com.': 'Escriba la cadena de conexión, por ejemplo sftp://usuario:contraseña@ftp.example.com.',
    'Remove the spaces: a connection string has none (encode a space in a password as %20).': 'Quite los espacios: una cadena de conexión no los lleva (codifique un espacio de la contraseña como %20).',
    'Write it as sftp://user:password@host, with ftps:// or ftp:// where SFTP is not available.': 'Escríbala como sftp://usuario:contraseña@servidor, con ftps:// o ftp:// si no hay SFTP.',
    'Add the user name and password before the host: sftp://user:password@host.': 'Añada el usuario y la contraseña antes del servidor: sftp://usuario:contraseña@servidor.',
    'Add the user name before the password: sftp://user:password@host.': 'Añada el usuario antes de la contraseña: sftp://usuario:contraseña@servidor.',
    'Add the password after the user name: sftp://user:password@host.': 'Añada la contraseña después del usuario: sftp://usuario:contraseña@servidor.',
    'Percent-encode characters other than letters and digits in the user name and password (for example “@” as %40, “:” as %3A).':
      'Codifique con % los caracteres que no sean letras ni dígitos del usuario y la contraseña (por ejemplo «@» como %40 y «:» como %3A).',
    'Add the server’s host name after the “@”, for example ftp.example.com.': 'Añada el nombre del servidor después de la «@», por ejemplo ftp.example.com.',
    'Check the host name after the “@”: letters, digits, dots and hyphens only. Write an “@” in the password as %40.':
      'Revise el nombre del servidor después de la «@»: solo letras, dígitos, puntos y guiones. Escriba una «@» de la contraseña como %40.',
    'The port must be a number from 1 to 65535, or left out.': 'El puerto debe ser un número del 1 al 65535, o no ponerse.',
    'Enter a full address, for example https://shop.example.com.': 'Escriba una dirección completa, por ejemplo https://shop.example.com.',
    'Enter an email address, for example name@example.com.': 'Escriba una dirección de correo, por ejemplo nombre@example.com.',
    'Enter a number.': 'Escriba un número.',
    'Added “https://” to the address.': 'Se ha añadido «https://» a la dirección.',
    'Give the adapter as an object of strings, numbers, booleans or nulls.': 'Indique el adaptador como un objeto de textos, números, booleanos o nulos.',
    'Give a string, number, true, false or null.': 'Indique un texto, un número, true, false o null.',
  },
  validationPatterns: [
    [/^Use at most (\d+) characters\.$/, (max) => `Use como máximo ${max} caracteres.`],
    [/^“(.+)” is not supported: start with sftp:\/\/, ftps:\/\/ or ftp:\/\/\.$/, (scheme) => `«${scheme}» no es compatible: empiece por sftp://, ftps:// o ftp://.`],
    [/^Kept only “(.+)” from the address you entered\.$/, (kept) => `Se ha conservado solo «${kept}» de la dirección escrita.`],
    [/^Enter the (.+)\.$/, (label) => `Rellene el campo «${label}».`],
    [/^Choose one of the (.+) options\.$/, (label) => `Elija una de las opciones de «${label}».`],
    [/^Check the (.+)\.$/, (label) => `Revise el campo «${label}».`],
    [/^Give at most (\d+) adapter values\.$/, (max) => `Indique como máximo ${max} valores del adaptador.`],
    [/^An adapter key has 1 to (\d+) characters\.$/, (max) => `Una clave del adaptador tiene de 1 a ${max} caracteres.`],
  ],
};

const catalogues: Record<string, Messages> = { en, es };

/**
 * The messages for a language (`es-MX` falls back to `es`, anything unknown to English),
 * with a host's overrides on top.
 */
export function messagesFor(lang: string | undefined, overrides?: Partial<Messages>): Messages {
  const tag = (lang ?? '').toLowerCase();
  // Own keys only: `lang="constructor"` is an unknown language, not `Object`.
  const base = own(catalogues, tag) ?? own(catalogues, tag.split('-')[0]) ?? en;
  return overrides ? { ...base, ...overrides } : base;
}

/** A validation message from the schemas, in the wizard's language. */
export function translate(message: string, m: Messages): string {
  const exact = own(m.validation, message);
  if (typeof exact === 'string' && exact) return exact;
  for (const [pattern, render] of m.validationPatterns) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}
