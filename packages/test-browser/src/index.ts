export { type FindBrowserOptions, type FoundBrowser, findBrowser, NO_BROWSER_MESSAGE } from './find-browser.js';
export { launchBrowser } from './launch-browser.js';
