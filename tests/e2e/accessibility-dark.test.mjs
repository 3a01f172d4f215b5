// Accessibility on the release build, dark theme: axe-core on every page of tests/e2e/pages.mjs in every locale,
// one h1 and the landmarks on each.
import { sweepEveryPage } from './axe.mjs';

sweepEveryPage('dark');
