// Accessibility on the release build, light theme: axe-core on every page of tests/e2e/pages.mjs in every locale,
// one h1 and the landmarks on each, and no sideways scrolling at 320 CSS px (= 1280 px at 400 % zoom).
import { sweepEveryPage } from './axe.mjs';

sweepEveryPage('light');
