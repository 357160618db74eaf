/** --cloud none: the pipeline builds the image and stops; the README says how to add a target. */
import { cloudSuite } from './suite.js';

cloudSuite('none');
