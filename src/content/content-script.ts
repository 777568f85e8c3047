/**
 * Content script entry, injected on demand by the background (scripting.executeScript) into the
 * current tab's top frame. Built as one self-contained IIFE (crxjs `standaloneFiles`), so no
 * chunk of it has to be exposed to web pages through web_accessible_resources.
 *
 * Every injection runs this file again; `installContentScript` keeps its state on the isolated
 * world's global, so the second run reuses the first one's listener, outline and panel.
 *
 * The script is injected just before a request for the page's analysis (a toolbar click, the
 * panel, the reader view): it starts that analysis at once, and the request joins it (one round
 * trip popup → page fewer on a first click).
 */
import { installContentScript } from './main';

installContentScript().prepare();
