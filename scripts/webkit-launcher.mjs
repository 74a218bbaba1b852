// @web/test-runner's own WebDriver launcher, pointed at WebKitGTK: it starts Xvfb and
// WebKitWebDriver when the run starts and stops them with the run, so a plain
// `npx web-test-runner` works on a developer's machine as it does in `npm test`.
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { startWebKitDriver, webkitCapabilities } from './webkit-driver.mjs';

class WebKitLauncher extends WebdriverLauncher {
  #options;
  #driver;

  constructor(options) {
    super(options);
    // The base class reads these options (the port) when its first session starts.
    this.#options = options;
  }

  async initialize(config) {
    this.#driver = await startWebKitDriver();
    Object.assign(this.#options, { hostname: this.#driver.hostname, port: this.#driver.port });
    await super.initialize(config);
    // Without a browserName the base class would label it from the platform alone.
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.#driver?.stop();
  }
}

export function webkitLauncher() {
  return new WebKitLauncher({ capabilities: { ...webkitCapabilities }, logLevel: 'error' });
}
